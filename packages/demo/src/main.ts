import '@remit/widgets/define';
import '@remit/widgets/compare';
import './styles/dashboard.css';
import './styles/presentation.css';
import './styles/print.css';
import { Dashboard } from './app/dashboard.js';

const root = document.getElementById('app');
if (root) new Dashboard(root).start();

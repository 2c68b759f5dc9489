// Registers every <remit-*> element before Vue creates one.
import '@remit/widgets/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');

// Registers every <remit-*> element before React creates one, so that React 19 sets
// `data={plan}` as a property (an element not yet defined would get an attribute).
import '@remit/widgets/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

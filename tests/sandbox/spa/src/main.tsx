import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/sandbox.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('Sandbox SPA: #root ontbreekt in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base styles first: feature styles (imported by their components) refine them.
import './styles.css';
import { App } from './app/app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './ui/app/theme.css';
import './ui/app/layout.css';
import './ui/reader/reader.css';
import './ui/annotations/annotations.css';
import { createQueryClient } from './state/query-client';
import { createAppServices } from './state/services';
import { App } from './ui/app/App';
import { AppProviders } from './ui/app/AppProviders';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
const services = await createAppServices();
createRoot(root).render(
  <StrictMode>
    <AppProviders services={services} queryClient={createQueryClient()}>
      <App />
    </AppProviders>
  </StrictMode>,
);

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
import { StartupFailure } from './ui/app/StartupFailure';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
const reactRoot = createRoot(root);
try {
  const services = await createAppServices();
  reactRoot.render(
    <StrictMode>
      <AppProviders services={services} queryClient={createQueryClient()}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
} catch (error) {
  // Not even the in-memory store could start: say so rather than leave a blank page.
  reactRoot.render(<StartupFailure error={error} />);
}

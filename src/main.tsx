import { createRoot, hydrateRoot } from 'react-dom/client';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './ui/app/fonts.css';
import './ui/app/theme.css';
import './ui/app/layout.css';
import './ui/reader/reader.css';
import './ui/annotations/annotations.css';
import { parseArticle } from './core/model/parse-article';
import type { Article } from './core/model/article';
import { createQueryClient } from './state/query-client';
import { createAppServices, fetchShippedArticle } from './state/services';
import { appTree } from './ui/app/first-page-tree';
// Static, though rarely shown: an import() awaited under this module's top-level await would
// wait for this very module (every chunk imports the entry back) and never resolve.
import { FramedRefusal, StartupFailure } from './ui/app/StartupFailure';
import { parseRoute } from './ui/shell/use-hash-route';
import { registerServiceWorker } from './ui/shell/service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The build rendered the shipped article into #root (config/first-paint.ts). At its address
// React hydrates that markup; anywhere else it goes at once, so no other page shows it.
const prerendered = root.dataset.prerendered;
const route = parseRoute(window.location.hash, prerendered ?? '');
const hydrate = prerendered !== undefined && route.view === 'reader' && route.articleId === prerendered;
if (!hydrate) root.replaceChildren();

/** The prerendered article, read as the reader would read it (preloaded by index.html); undefined if it cannot be. */
async function shippedArticle(id: string): Promise<Article | undefined> {
  try {
    const result = parseArticle(await fetchShippedArticle(id));
    return result.ok ? result.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Said above the page while another tab (of an older Marginalia, which does not let go) keeps
 * the database from opening; gone once it opens. Plain DOM: React has not started yet.
 */
function showBlocked(): () => void {
  const notice = document.createElement('div');
  notice.className = 'notice notice-warning notice-blocked';
  notice.setAttribute('role', 'alert');
  notice.textContent = 'Marginalia is open in another tab of an older version, which keeps hold of your articles and annotations. Close or reload that tab, and this one opens.';
  document.body.prepend(notice);
  return () => notice.remove();
}

/**
 * Inside another site's frame the app does not start: a page could lay itself over the buttons
 * (clickjacking), and a meta CSP cannot say `frame-ancestors`. It says how to open it instead.
 */
function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const blocked: { clear: (() => void) | null } = { clear: null };
  try {
    const [services, article] = await Promise.all([createAppServices(() => (blocked.clear ??= showBlocked())), hydrate ? shippedArticle(prerendered) : undefined]);
    blocked.clear?.();
    const tree = appTree(services, createQueryClient(), article);
    if (article) hydrateRoot(root, tree);
    else {
      root.replaceChildren();
      createRoot(root).render(tree);
    }
  } catch (error) {
    blocked.clear?.();
    // Not even the in-memory store could start: say so rather than leave a blank page.
    root.replaceChildren();
    createRoot(root).render(<StartupFailure error={error} />);
  }
  registerServiceWorker();
}

if (isFramed()) {
  root.replaceChildren();
  createRoot(root).render(<FramedRefusal />);
} else {
  await start(root);
}

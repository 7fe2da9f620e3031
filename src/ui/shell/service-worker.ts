import { useUpdateStore } from '../../state/update-store';

/**
 * Registers the service worker that the build generates (config/pwa.ts: the app shell and the
 * shipped article precached, so the app opens offline). Its helper (workbox-window) loads after
 * the page has, so the first page carries none of it. When a new version waits, the reader is
 * offered `Reload to update`; the page never reloads by itself.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () => {
    void import('workbox-window').then(({ Workbox }) => {
      const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      workbox.addEventListener('waiting', () => {
        useUpdateStore.getState().offer(() => {
          workbox.addEventListener('controlling', () => window.location.reload());
          workbox.messageSkipWaiting();
        });
      });
      void workbox.register().catch(() => {
        // No service worker (a private mode, a blocked origin): the app still works online.
      });
    });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

import { VitePWA } from 'vite-plugin-pwa';

/**
 * Offline and installable (vite-plugin-pwa, which generates a Workbox service worker: the
 * maintained way to precache a Vite build with revisioned URLs). Precached: the app shell
 * (index.html with the prerendered article), every script and stylesheet (the library and the
 * editor load on demand, offline too), the fonts' woff2 files, the icons and the shipped
 * articles. Any in-app address falls back to index.html. `prompt`: a new version waits until the
 * reader presses `Reload to update` (src/ui/app/service-worker.ts registers it).
 */
export function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/*.png', 'articles/*.json'],
    manifest: {
      name: 'Marginalia',
      short_name: 'Marginalia',
      description: 'Read, highlight, annotate and fact-check articles.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1f1d1a',
      background_color: '#fbf9f4',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,svg,png,json,webmanifest}'],
      navigateFallback: '/index.html',
      cleanupOutdatedCaches: true,
      sourcemap: false,
      // The import parser is the largest lazy chunk; 4 MB leaves room without precaching source maps.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { firstPaint } from './config/first-paint.ts';
import { offlineApp } from './config/pwa.ts';

/**
 * The Content Security Policy of the built app: no inline or remote script, no plugins, no
 * <base> tricks. Added at build time only, because Vite's dev server injects inline scripts and
 * styles for hot reload. The one inline stylesheet (the first page's CSS, config/first-paint.ts)
 * is added to style-src by its hash, never as 'unsafe-inline'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // An article's pictures load only once the reader allows their host (ArticleNotices); hosts are
  // any site, so https: is as narrow as a static policy can be (no http:, nothing else widened).
  "img-src 'self' data: https:",
  "font-src 'self'",
  // Sync opens a WebSocket to the server address the reader types in. A policy fixed at build
  // time cannot name that address, so WebSocket schemes are allowed here (they can load no script)
  // and the app itself only ever opens the one address entered, and only after `Connect`.
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'marginalia-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * One chunk for everything the first page runs: the modules the entry reaches by static imports,
 * found when the module graph is complete. Without it Rolldown splits every module that a lazily
 * loaded part also uses (Dexie, TanStack Query, the stores...) into common chunks of their own,
 * which the page then preloads one by one although it always needs them: more requests, and a
 * worse gzip than one file. (Rollup merges these into the entry; Rolldown does not yet:
 * rolldown/rolldown#10263.) What loads on demand keeps its own chunks.
 */
function firstPageChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const firstPage = new Set<string>();
  const plugin: Plugin = {
    name: 'marginalia-first-page-chunk',
    apply: 'build',
    buildStart() {
      firstPage.clear();
    },
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (firstPage.has(id)) continue;
        firstPage.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => firstPage.has(id) };
}

const firstPage = firstPageChunk();

/** No other site may frame the app (a meta CSP cannot say so; a header can, and the app also refuses to start framed). */
const NO_FRAMING = { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), firstPage.plugin, firstPaint(import.meta.dirname), offlineApp()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', test: firstPage.test }] } } },
  },
  server: { port: 5173, headers: NO_FRAMING },
  preview: { port: 4173, headers: NO_FRAMING },
});

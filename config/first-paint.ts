import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

/** What the build step needs from the app: its prerender entry and the article it opens on. */
interface PrerenderModule {
  prerenderShippedArticle: (json: unknown) => { ok: true; html: string } | { ok: false; error: string };
  DEFAULT_ARTICLE_ID: string;
}

/** The base64 SHA-256 of `text`, as a CSP source expression. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Renders the first page (shell and shipped article) in Node through Vite's SSR loader. */
async function prerender(root: string): Promise<{ html: string; articleId: string }> {
  const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
  try {
    const app = (await server.ssrLoadModule('/src/ui/app/prerender.tsx')) as PrerenderModule;
    const id = app.DEFAULT_ARTICLE_ID;
    const result = app.prerenderShippedArticle(JSON.parse(readFileSync(join(root, 'public/articles', `${id}.json`), 'utf8')));
    if (!result.ok) throw new Error(`The shipped article ${id} cannot be prerendered: ${result.error}`);
    return { html: result.html, articleId: id };
  } finally {
    await server.close();
  }
}

/** The page with `source` added to the style-src of its Content-Security-Policy meta element. */
function allowStyle(html: string, source: string): string {
  return html.replace(/(http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_whole, start: string, escaped: string) => {
    const policy = escaped.replaceAll('&#39;', "'").replace(/style-src [^;]*/, (directive) => `${directive} ${source}`);
    return `${start}${policy.replaceAll("'", '&#39;')}"`;
  });
}

/**
 * Paint before JavaScript, at build time: the app shell and the shipped article are rendered to
 * HTML inside #root (the client hydrates it), the first page's CSS is inlined (no render-blocking
 * request; the CSP allows exactly that text by its hash, never 'unsafe-inline'), and the regular
 * serif and the shipped article's JSON are preloaded.
 */
export function firstPaint(root: string): Plugin {
  let rendered: Promise<{ html: string; articleId: string }> | null = null;
  return {
    name: 'marginalia-first-paint',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      // Started early, it renders while Rolldown bundles.
      rendered = prerender(root);
    },
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || !rendered) return;
      const { html: app, articleId } = await rendered;
      let html = String(page.source);

      // The entry's stylesheet, inlined: nothing blocks the first paint but the HTML itself.
      const link = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/.exec(html);
      const sheet = link && bundle[link[1] as string];
      if (link && sheet?.type === 'asset') {
        const css = String(sheet.source);
        html = allowStyle(html.replace(link[0], () => `<style>${css}</style>`), cspHash(css));
      }
      const font = Object.keys(bundle).find((name) => /source-serif-4-latin-400-normal-[^/]*\.woff2$/.test(name));
      const preloads = [
        font && `<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin>`,
        `<link rel="preload" href="/articles/${encodeURIComponent(articleId)}.json" as="fetch" crossorigin>`,
      ].filter(Boolean);
      html = html.replace('</title>', () => `</title>\n    ${preloads.join('\n    ')}`);
      html = html.replace('<div id="root"></div>', () => `<div id="root" data-prerendered="${articleId}">${app}</div>`);
      page.source = html;
    },
  };
}

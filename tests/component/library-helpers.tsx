import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import manifest from '../../public/articles/index.json';
import { articleFromDraft } from '../../src/core/library/article-draft';
import { parseTextSource } from '../../src/core/library/parse-text';
import type { Annotation } from '../../src/core/model/annotation';
import { articleText, type Article } from '../../src/core/model/article';
import { EMPTY_CONTENT, newAnnotation, type AnnotationContent } from '../../src/core/model/new-annotation';
import type { Services } from '../../src/state/services';
import { putAnnotation } from '../../src/storage/annotations';
import { addArticle } from '../../src/storage/articles';
import { App } from '../../src/ui/app/App';
import { renderWithProviders, testServices } from './render';
import { annotatableText } from '../../src/core/model/annotatable-text';

/** Services as the app has them: the shipped manifest, and only shipped ids fetchable (others are 404s). */
export function libraryServices(overrides: Partial<Services> = {}): Services {
  return testServices({
    fetchManifest: async () => structuredClone(manifest),
    fetchArticle: async (id) => {
      if (id === shipped.id) return structuredClone(shipped);
      throw new Error(`The article “${id}” could not be loaded (HTTP 404).`);
    },
    ...overrides,
  });
}

/** Goes to an address of the app, as typing it or following a link does (jsdom fires hashchange). */
export function goTo(hash: string): void {
  window.location.hash = hash;
}

/** Back to the bare address, so the next test starts on the default article. */
export function resetAddress(): void {
  window.history.replaceState(null, '', window.location.pathname);
}

/** An article made from plain text as the Open dialog makes it. */
export function articleFromText(text: string, title?: string, source = ''): Article {
  const draft = parseTextSource({ text, format: 'auto' });
  if (!draft.ok) throw new Error(draft.error);
  const built = articleFromDraft(draft.value, { title: title ?? draft.value.title, source });
  if (!built.ok) throw new Error(built.error);
  return built.value;
}

/** Stores an article in the library, added at `added`. */
export async function storeArticle(services: Services, article: Article, added = '2026-04-02T10:00:00.000Z'): Promise<Article> {
  await addArticle(services.db, article, new Date(added));
  return article;
}

let counter = 0;

/** Stores an annotation on the first `quote` in `article`. */
export async function annotateStored(services: Services, article: Article, quote: string, content: Partial<AnnotationContent> = {}): Promise<Annotation> {
  const text = articleText(article);
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`“${quote}” is not in “${article.title}”.`);
  const on = annotatableText(article);
  const made = newAnnotation(on, { start, end: start + quote.length }, { ...EMPTY_CONTENT, ...content }, `urn:uuid:lib-${++counter}`, new Date('2026-04-03T08:00:00Z'));
  if (!made) throw new Error('newAnnotation refused the span.');
  await putAnnotation(services.db, made);
  return made;
}

/** Renders the app at `hash` and resolves once the view has something on screen. */
export async function renderAppAt(hash: string, services = libraryServices()) {
  goTo(hash);
  const result = renderWithProviders(<App />, services);
  return { ...result, user: userEvent.setup() };
}

/** The library's `Articles` list, once loaded. */
export function articlesList(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Articles' });
}

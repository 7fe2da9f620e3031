import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import shipped from '../../public/articles/press-tv-washington-asked-moscow-nusra.json';
import { CodePointMap } from '../../src/core/anchoring/code-points';
import type { Annotation } from '../../src/core/model/annotation';
import { articleText } from '../../src/core/model/article';
import { newAnnotation, type AnnotatableText } from '../../src/core/model/new-annotation';
import { parseArticle } from '../../src/core/model/parse-article';
import { textHash } from '../../src/core/model/text-hash';
import { putAnnotation } from '../../src/storage/annotations';
import { App } from '../../src/ui/app/App';
import { renderWithProviders, testServices } from './render';

/** The shipped article, parsed, and its annotatable text. */
export const article = (() => {
  const parsed = parseArticle(shipped);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
})();
export const text = articleText(article);
const on: AnnotatableText = { articleId: article.id, source: article.iri, text, textHash: textHash(text), map: new CodePointMap(text) };

/** An annotation on the first occurrence of `quote` in the shipped article. */
export function annotate(quote: string, content: Partial<Pick<Annotation, 'note' | 'verdict' | 'tags'>> = {}): Annotation {
  const start = text.indexOf(quote);
  const made = newAnnotation(on, { start, end: start + quote.length }, { note: '', verdict: null, tags: [], evidence: [], ...content }, `urn:uuid:${quote.length}-${start}`, new Date('2026-01-02T03:04:05Z'));
  if (!made) throw new Error(`“${quote}” is not in the shipped article`);
  return made;
}

/** Stores `annotations`, renders the whole app and waits for the article. */
export async function renderAppWith(annotations: Annotation[], services = testServices()) {
  for (const a of annotations) await putAnnotation(services.db, a);
  const result = renderWithProviders(createElement(App), services);
  await screen.findByRole('heading', { level: 1, name: article.title });
  return { ...result, user: userEvent.setup() };
}

/** The `Annotations` landmark. */
export function panel(): HTMLElement {
  return screen.getByRole('complementary', { name: 'Annotations' });
}

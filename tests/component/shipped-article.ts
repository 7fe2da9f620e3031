import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import type { Annotation } from '../../src/core/model/annotation';
import { newAnnotation } from '../../src/core/model/new-annotation';
import { putAnnotation } from '../../src/storage/annotations';
import { App } from '../../src/ui/app/App';
import { shippedAnnotatable as on, shippedArticle, shippedText } from '../support/shipped-article';
import { renderWithProviders, testServices } from './render';

/** The shipped article, parsed, and its annotatable text. */
export const article = shippedArticle;
export const text = shippedText;

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

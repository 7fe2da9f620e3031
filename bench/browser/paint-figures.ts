/**
 * Painting figures: our painter (custom highlights, only near the viewport) against a painter
 * that wraps every passage in `<mark>` elements (the span strategy of Hypothesis and Recogito,
 * here @apache-annotator/dom's highlightText) and against registering every range as custom
 * highlights, on the same article and anchors.
 */
import { highlightText } from '@apache-annotator/dom';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Article } from '../../src/core/model/article';
import { ArticleBody } from '../../src/ui/reader/ArticleBody';
import { DomTextMap } from '../../src/ui/reader/dom-offsets';
import { createCustomHighlightPainter, type PaintSet } from '../../src/ui/reader/highlight-painter';
import { forceLayout, nextFrame, time, yieldTask } from './measure';

/** The article rendered as the reader renders it, in a host element of the page. */
export interface RenderedArticle {
  root: HTMLElement;
  map: DomTextMap;
  unmount: () => void;
}

/** Renders `article` with the reader's own component and classes; resolves once it is laid out. */
export async function renderArticle(host: HTMLElement, article: Article): Promise<RenderedArticle> {
  const wrapper = document.createElement('div');
  wrapper.className = 'reader';
  const element = document.createElement('article');
  element.className = 'article';
  wrapper.append(element);
  host.append(wrapper);
  const react: Root = createRoot(element);
  flushSync(() => react.render(createElement(ArticleBody, { article })));
  await nextFrame();
  return {
    root: element,
    map: new DomTextMap(element),
    unmount: () => {
      react.unmount();
      wrapper.remove();
    },
  };
}

/** How many ranges the page's highlight registry holds. */
export function registeredRanges(): number {
  let count = 0;
  for (const highlight of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()) count += highlight.size;
  return count;
}

export interface PaintRun {
  ours: number;
  allRanges: number;
  marks: number;
  registered: number;
}

/** Paints `set` with each painter on a freshly rendered article, `runs` times. */
export async function comparePainting(host: HTMLElement, article: Article, set: PaintSet, runs: number): Promise<PaintRun[]> {
  const out: PaintRun[] = [];
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const Highlight = (globalThis as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;
  for (let run = 0; run < runs; run++) {
    // Ours: the windowed painter.
    let rendered = await renderArticle(host, article);
    const painter = createCustomHighlightPainter(rendered.map);
    const ours = await time(() => {
      painter.paint(set, null);
      forceLayout();
    });
    await nextFrame();
    const registered = registeredRanges();
    painter.dispose();
    // Every range registered (what the painter did before it was windowed).
    const allRanges = await time(() => {
      const ranges = set.index.overlapping(0, rendered.map.text.length).map((item) => rendered.map.toRange(item) as Range);
      registry.set('mg-highlight', new Highlight(...ranges));
      forceLayout();
    });
    await nextFrame();
    registry.clear();
    rendered.unmount();
    await yieldTask();
    // The <mark> painter, last to first so that wrapping one passage does not move the next.
    rendered = await renderArticle(host, article);
    const items = set.index.overlapping(0, rendered.map.text.length);
    const marks = await time(() => {
      const ranges = items.map((item) => rendered.map.toRange(item) as Range);
      for (let i = ranges.length - 1; i >= 0; i--) highlightText(ranges[i] as Range, 'mark', { class: (items[i] as { style: string }).style });
      forceLayout();
    });
    await nextFrame();
    rendered.unmount();
    out.push({ ours, allRanges, marks, registered });
    await yieldTask();
  }
  return out;
}

import { Fragment, type ReactNode } from 'react';
import type { InlineMark } from '../../core/model/article';

/**
 * A block's text with its emphasis and links as elements. The text itself is rendered exactly
 * (marks only wrap it), so the DOM's textContent stays the block's text. Overlapping marks are
 * split at every boundary; consecutive pieces under one link share one `<a>`, and only http(s)
 * links (already checked when the article was parsed) become links.
 */
export function InlineText({ text, marks }: { text: string; marks?: readonly InlineMark[] }): ReactNode {
  if (!marks || marks.length === 0) return text;
  const valid = marks.filter((m) => m.start >= 0 && m.start < m.end && m.end <= text.length);
  const points = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  let run: { link: InlineMark | undefined; start: number; children: ReactNode[] } | null = null;
  const flush = () => {
    if (!run) return;
    const { link, start, children } = run;
    out.push(
      link ? (
        <a key={start} href={link.href} target="_blank" rel="noopener noreferrer nofollow">
          {children}
        </a>
      ) : (
        <Fragment key={start}>{children}</Fragment>
      ),
    );
    run = null;
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    let node: ReactNode = text.slice(start, end);
    if (covering.some((m) => m.kind === 'em')) node = <em key={start}>{node}</em>;
    if (covering.some((m) => m.kind === 'strong')) node = <strong key={start}>{node}</strong>;
    if (typeof node === 'string') node = <Fragment key={start}>{node}</Fragment>;
    const link = covering.find((m) => m.kind === 'link' && m.href !== undefined && /^https?:\/\//i.test(m.href));
    if (!run || run.link !== link) {
      flush();
      run = { link, start, children: [] };
    }
    run.children.push(node);
  }
  flush();
  return out;
}

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { anchorTarget, type Anchor } from '../../src/core/anchoring/anchor';
import { CodePointMap } from '../../src/core/anchoring/code-points';
import type { Annotation } from '../../src/core/model/annotation';
import { MarginMap } from '../../src/ui/reader/MarginMap';
import { ScorecardDialog, formatShare } from '../../src/ui/scorecard/ScorecardDialog';
import { annotate, text } from './shipped-article';

const map = new CodePointMap(text);
const anchorsOf = (annotations: Annotation[]) => new Map<string, Anchor>(annotations.map((a) => [a.id, anchorTarget(text, map, a.target)]));

const UNVERIFIED = 'Since March, al-Nusra Front has recruited 3,000 new militants';
const FALSE = 'The United States has asked Russia to stop conducting airstrikes';
const LOADED = 'Takfiri terrorist group';

function renderScorecard(annotations: Annotation[]) {
  const onClose = vi.fn();
  const onJump = vi.fn();
  render(<ScorecardDialog annotations={annotations} anchors={anchorsOf(annotations)} textLength={text.length} onClose={onClose} onJump={onJump} />);
  return { onClose, onJump, user: userEvent.setup() };
}

describe('The Scorecard dialog', () => {
  it('says nothing is fact-checked yet, and how to start, when there are only notes', () => {
    renderScorecard([annotate(FALSE, { note: 'a note' })]);
    const dialog = screen.getByRole('dialog', { name: 'Scorecard' });
    expect(within(dialog).getByText('Nothing in this article is fact-checked yet.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });

  it('draws claims per verdict as an SVG image with a spoken summary, and a table with the same counts', () => {
    renderScorecard([annotate(UNVERIFIED, { verdict: 'unverified' }), annotate(FALSE, { verdict: 'false' }), annotate(LOADED, { verdict: 'false' }), annotate('Lavrov said', { note: 'just a note' })]);
    const chart = screen.getByRole('img', { name: /^Claims per verdict/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleName('Claims per verdict: False 2, Unverified 1. None rated Accurate, Mostly accurate, Missing context, Misleading.');
    // Every verdict that rates a claim has a row with its glyph and label, not its colour alone.
    expect(chart.querySelectorAll('.chart-row')).toHaveLength(6);
    expect(chart.querySelector('.verdict-false .chart-glyph')?.textContent).toBe('✗');
    const table = screen.getByRole('table', { name: 'Claims per verdict' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent)[0]);
    expect(rows).toEqual(['0', '0', '0', '0', '2', '1']);
    expect(within(table).getByRole('rowheader', { name: 'False' })).toBeInTheDocument();
  });

  it('counts neither Loaded language nor Opinion as claims, and says so', () => {
    renderScorecard([
      annotate(UNVERIFIED, { verdict: 'unverified' }),
      annotate(FALSE, { verdict: 'false' }),
      annotate(LOADED, { verdict: 'loaded-language' }),
      annotate('Lavrov said', { verdict: 'opinion' }),
    ]);
    expect(screen.getByText('Claims checked').nextSibling).toHaveTextContent('2');
    expect(screen.getByRole('img', { name: /^Claims per verdict/ })).toHaveAccessibleName(/^Claims per verdict: False 1, Unverified 1\./);
    expect(screen.getByText(/Not counted as claims: Opinion 1, Loaded language 1/)).toBeInTheDocument();
  });

  it('shows how much of the text is checked, counting overlaps once', () => {
    renderScorecard([annotate(UNVERIFIED, { verdict: 'unverified' }), annotate('3,000 new militants', { verdict: 'false' })]);
    const share = formatShare(UNVERIFIED.length / text.length);
    expect(screen.getByText('Claims checked').nextSibling).toHaveTextContent('2');
    expect(screen.getByText('Text checked').nextSibling).toHaveTextContent(share);
    expect(screen.getByText(new RegExp(`${UNVERIFIED.length} of ${text.length.toLocaleString('en')} characters`))).toBeInTheDocument();
  });

  it('lists the Unverified claims as buttons that close the dialog and jump to the claim', async () => {
    const later = annotate(UNVERIFIED, { verdict: 'unverified' });
    const earlier = annotate(FALSE, { verdict: 'unverified' });
    const { onClose, onJump, user } = renderScorecard([later, annotate(LOADED, { verdict: 'accurate' }), earlier]);
    const section = screen.getByRole('region', { name: 'Still unverified' });
    const buttons = within(section).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([`?${FALSE}`, `?${UNVERIFIED}`]);
    await user.click(buttons[1] as HTMLElement);
    expect(onClose).toHaveBeenCalled();
    expect(onJump).toHaveBeenCalledWith(later);
  });

  it('says when no claim is left unverified', () => {
    renderScorecard([annotate(FALSE, { verdict: 'accurate' })]);
    expect(within(screen.getByRole('region', { name: 'Still unverified' })).getByText('No claim is waiting for verification.')).toBeInTheDocument();
  });

  it('formats shares without a misleading 0%', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.004)).toBe('under 1%');
    expect(formatShare(0.126)).toBe('13%');
  });
});

describe('The margin map', () => {
  it('has a mark per fact-check in text order, named by verdict and quote, and activates a claim on click', async () => {
    const annotations = [annotate(UNVERIFIED, { verdict: 'unverified' }), annotate('Lavrov said', { note: 'not a fact-check' }), annotate(FALSE, { verdict: 'false' })];
    const onActivate = vi.fn();
    render(<MarginMap annotations={annotations} anchors={anchorsOf(annotations)} textLength={text.length} activeId={null} onActivate={onActivate} />);
    const nav = screen.getByRole('navigation', { name: 'Fact-check map' });
    const marks = within(nav).getAllByRole('button');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual(['False: “The United States has asked Russia to stop conducting…”', 'Unverified: “Since March, al-Nusra Front has recruited 3,000 new…”']);
    expect(marks.map((m) => m.textContent)).toEqual(['✗', '?']);
    await userEvent.setup().click(marks[1] as HTMLElement);
    expect(onActivate).toHaveBeenCalledWith(annotations[0]);
  });

  it('is one tab stop; arrow keys, Home and End move between marks', async () => {
    const annotations = [annotate(FALSE, { verdict: 'false' }), annotate(LOADED, { verdict: 'loaded-language' }), annotate(UNVERIFIED, { verdict: 'unverified' })];
    render(<MarginMap annotations={annotations} anchors={anchorsOf(annotations)} textLength={text.length} activeId={annotations[1]?.id ?? null} onActivate={vi.fn()} />);
    const marks = screen.getAllByRole('button');
    expect(marks.map((m) => m.tabIndex)).toEqual([-1, 0, -1]);
    expect(marks[1]).toHaveAttribute('aria-current', 'true');
    const user = userEvent.setup();
    await user.tab();
    expect(marks[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(marks[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(marks[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(marks[2]).toHaveFocus();
  });

  it('follows a change of the active claim and of its handler (each mark is memoised: only the two whose state changed render again)', async () => {
    const annotations = [annotate(FALSE, { verdict: 'false' }), annotate(LOADED, { verdict: 'loaded-language' }), annotate(UNVERIFIED, { verdict: 'unverified' })];
    const first = vi.fn();
    const { rerender } = render(<MarginMap annotations={annotations} anchors={anchorsOf(annotations)} textLength={text.length} activeId={annotations[0]?.id ?? null} onActivate={first} />);
    const later = vi.fn();
    rerender(<MarginMap annotations={annotations} anchors={anchorsOf(annotations)} textLength={text.length} activeId={annotations[2]?.id ?? null} onActivate={later} />);
    const marks = screen.getAllByRole('button');
    expect(marks.map((m) => m.getAttribute('aria-current'))).toEqual([null, null, 'true']);
    expect(marks.map((m) => m.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.setup().click(marks[1] as HTMLElement);
    expect(later).toHaveBeenCalledWith(annotations[1]);
    expect(first).not.toHaveBeenCalled();
  });

  it('renders nothing without fact-checks', () => {
    const { container } = render(<MarginMap annotations={[annotate(FALSE, { note: 'x' })]} anchors={new Map()} textLength={text.length} activeId={null} onActivate={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/core/model/fact-check';
import { VerdictLegend } from '../../src/ui/annotations/VerdictLegend';

describe('VerdictLegend', () => {
  it('names every verdict with its glyph and its underline in words, not by colour alone', async () => {
    render(<VerdictLegend />);
    await userEvent.setup().click(screen.getByText('Key to the colours and underlines'));
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    const items = Array.from(document.querySelectorAll<HTMLElement>('.legend-row'));
    expect(items).toHaveLength(VERDICTS.length + 2);
    for (const v of VERDICTS) {
      const item = items.find((li) => li.textContent?.includes(v.label));
      expect(item, v.label).toBeDefined();
      expect(item).toHaveTextContent(v.glyph);
      expect(item).toHaveTextContent(v.underline === 'none' ? 'no underline' : `${v.underline} underline`);
    }
  });
});

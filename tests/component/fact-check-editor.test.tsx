import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { CLAIM_SUMMARY_MAX } from '../../src/core/model/claim';
import type { AnnotationContent } from '../../src/core/model/new-annotation';
import { AnnotationEditor } from '../../src/ui/annotations/AnnotationEditor';

const QUOTE = 'The United States has asked Russia to stop conducting airstrikes';

function renderFactCheck(existing: Annotation | null = null, kind: 'note' | 'fact-check' = 'fact-check') {
  const onSave = vi.fn(async (_content: AnnotationContent) => true);
  render(<AnnotationEditor quote={QUOTE} kind={kind} existing={existing} onSave={onSave} onCancel={vi.fn()} onDelete={existing ? vi.fn() : null} />);
  return { onSave, user: userEvent.setup() };
}

function existingFactCheck(): Annotation {
  return {
    id: 'urn:uuid:1',
    target: {
      articleId: 'a',
      source: 'urn:a',
      textHash: 'h',
      quote: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: QUOTE.length },
    },
    note: 'Only Lavrov says so.',
    verdict: 'unverified',
    tags: ['attribution'],
    evidence: [{ url: 'https://www.reuters.com/world/', title: 'Reuters', stance: 'context' }],
    claim: { summary: 'The US asked Russia to spare al-Nusra', claimant: 'Sergey Lavrov', scope: 'attribution' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

describe('The fact-check editor', () => {
  it('opens on the verdict and groups claim summary, claimant and scope under Claim', () => {
    renderFactCheck();
    expect(screen.getByRole('radio', { name: 'Accurate' })).toHaveFocus();
    const claim = screen.getByRole('group', { name: 'Claim' });
    expect(within(claim).getByRole('textbox', { name: 'Claim summary' })).toBeInTheDocument();
    expect(within(claim).getByRole('textbox', { name: 'Claimant' })).toBeInTheDocument();
    const scope = within(claim).getByRole('group', { name: 'Scope' });
    expect(within(scope).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['substance', 'attribution']);
  });

  it('hides the claim fields for a note until a verdict is chosen', async () => {
    const { user } = renderFactCheck(null, 'note');
    expect(screen.queryByRole('group', { name: 'Claim' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Misleading' }));
    expect(screen.getByRole('group', { name: 'Claim' })).toBeInTheDocument();
  });

  it('counts the claim summary against its limit, described by the counter, and refuses more', async () => {
    const { user } = renderFactCheck();
    const summary = screen.getByRole('textbox', { name: 'Claim summary' });
    expect(summary).toHaveAccessibleDescription(`Optional. At most ${CLAIM_SUMMARY_MAX} characters; without one, the quote stands in. 0 / ${CLAIM_SUMMARY_MAX}`);
    await user.type(summary, 'US asked Russia 😀');
    expect(screen.getByText(`17 / ${CLAIM_SUMMARY_MAX}`)).toBeInTheDocument();
    await user.clear(summary);
    await user.click(summary);
    await user.paste('x'.repeat(CLAIM_SUMMARY_MAX + 20));
    expect(summary).toHaveValue('x'.repeat(CLAIM_SUMMARY_MAX));
    expect(screen.getByText(`${CLAIM_SUMMARY_MAX} / ${CLAIM_SUMMARY_MAX}`)).toHaveClass('char-count-full');
    expect(summary).toHaveAccessibleDescription(expect.stringContaining(`Cut to ${CLAIM_SUMMARY_MAX} characters`));
    await user.type(summary, 'y');
    expect(summary).toHaveValue('x'.repeat(CLAIM_SUMMARY_MAX));
  });

  it('saves verdict, claim details and sources with their titles and stances', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.type(screen.getByRole('textbox', { name: 'Claim summary' }), '  The US asked Russia to spare al-Nusra ');
    await user.type(screen.getByRole('textbox', { name: 'Claimant' }), 'Sergey Lavrov');
    await user.click(screen.getByRole('radio', { name: 'Attribution' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'No US official confirmed it.');
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    await user.type(url, 'https://www.state.gov/briefings/');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    await user.type(url, 'https://www.reuters.com/world/{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Title https://www.state.gov/briefings/' }), '  State Dept. briefing  ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance https://www.state.gov/briefings/' }), 'Refutes');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance https://www.reuters.com/world/' }), 'Context');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      note: 'No US official confirmed it.',
      verdict: 'false',
      tags: [],
      evidence: [
        { url: 'https://www.state.gov/briefings/', title: 'State Dept. briefing', stance: 'refutes' },
        { url: 'https://www.reuters.com/world/', stance: 'context' },
      ],
      claim: { summary: 'The US asked Russia to spare al-Nusra', claimant: 'Sergey Lavrov', claimantType: 'Person', scope: 'attribution' },
    });
  });

  it('asks whether the claimant is a person or an organisation, guessing from the name until the reader chooses', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    expect(screen.queryByRole('radiogroup', { name: 'Claimant is' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Claimant' }), 'Press TV');
    expect(screen.getByRole('radio', { name: 'an organisation' })).toBeChecked();
    await user.clear(screen.getByRole('textbox', { name: 'Claimant' }));
    await user.type(screen.getByRole('textbox', { name: 'Claimant' }), 'Sergey Lavrov');
    expect(screen.getByRole('radio', { name: 'a person' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'an organisation' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ claim: { claimant: 'Sergey Lavrov', claimantType: 'Organization' } }));
  });

  it('refuses javascript:, data: and bare words as sources with a clear message, and Save is blocked', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'Accurate' }));
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    const cases: Array<[string, RegExp]> = [
      ['javascript:alert(1)', /“javascript:” links are refused/],
      ['data:text/html,<b>x</b>', /“data:” links are refused/],
      ['reuters', /is not a web address/],
    ];
    for (const [bad, message] of cases) {
      await user.clear(url);
      await user.type(url, bad);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(onSave).not.toHaveBeenCalled();
      expect(url).toHaveAttribute('aria-invalid', 'true');
      expect(url).toHaveAccessibleDescription(message);
    }
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('shows the address a site typed without https:// will be saved as, and saves that', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'Accurate' }));
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    await user.click(url);
    await user.paste('www.reuters.com/world/syria');
    expect(url).toHaveAccessibleDescription('Will be saved as https://www.reuters.com/world/syria');
    expect(url).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(screen.getByRole('link', { name: 'https://www.reuters.com/world/syria' })).toBeInTheDocument();
    await user.click(url);
    await user.paste('example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]?.[0].evidence.map((s) => s.url)).toEqual(['https://www.reuters.com/world/syria', 'https://example.com/']);
  }, 30_000);

  it('saves with Ctrl+Enter from the Source URL field, the typed address included (Enter alone adds it)', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'Accurate' }));
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    await user.click(url);
    await user.paste('www.reuters.com/world');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave).toHaveBeenCalledOnce();
    expect(onSave.mock.calls[0]?.[0].evidence.map((s) => s.url)).toEqual(['https://www.reuters.com/world']);
  });

  it('refuses a site name with a space in it, which the browser would save broken', async () => {
    const { onSave, user } = renderFactCheck();
    await user.click(screen.getByRole('radio', { name: 'Accurate' }));
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    await user.click(url);
    await user.paste('https://exa mple.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(url).toHaveAccessibleDescription(/has no valid site name/);
  }, 30_000);

  it('edits an existing fact-check: fields filled in, a title cleared, scope cleared, a source removed', async () => {
    const existing = existingFactCheck();
    const { onSave, user } = renderFactCheck(existing);
    expect(screen.getByRole('textbox', { name: 'Claim summary' })).toHaveValue('The US asked Russia to spare al-Nusra');
    expect(screen.getByRole('textbox', { name: 'Claimant' })).toHaveValue('Sergey Lavrov');
    expect(screen.getByRole('radio', { name: 'Attribution' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Unverified' })).toHaveFocus();
    await user.clear(screen.getByRole('textbox', { name: 'Title https://www.reuters.com/world/' }));
    await user.click(screen.getByRole('button', { name: 'Clear scope' }));
    await user.clear(screen.getByRole('textbox', { name: 'Claim summary' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ evidence: [{ url: 'https://www.reuters.com/world/', stance: 'context' }], claim: { claimant: 'Sergey Lavrov', claimantType: 'Person' } }));
    await user.click(screen.getByRole('button', { name: 'Remove source https://www.reuters.com/world/' }));
    await user.clear(screen.getByRole('textbox', { name: 'Claimant' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const last = onSave.mock.lastCall?.[0];
    expect(last?.evidence).toEqual([]);
    expect(last).not.toHaveProperty('claim');
  });
});

describe('The Verdict radio group', () => {
  it('takes keys 1-8 on a focused verdict, as the panel does', async () => {
    const { onSave, user } = renderFactCheck();
    expect(screen.getByRole('radio', { name: 'Accurate' })).toHaveFocus();
    await user.keyboard('6');
    expect(screen.getByRole('radio', { name: 'Unverified' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Unverified' })).toHaveFocus();
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: 'Mostly accurate' })).toBeChecked();
    // In a text field a digit is text.
    await user.click(screen.getByRole('textbox', { name: 'Claimant' }));
    await user.keyboard('5');
    expect(screen.getByRole('textbox', { name: 'Claimant' })).toHaveValue('5');
    expect(screen.getByRole('radio', { name: 'Mostly accurate' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'mostly-accurate', claim: { claimant: '5', claimantType: 'Person' } }));
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/model/annotation';
import { VERDICTS } from '../../src/core/model/fact-check';
import { AnnotationEditor } from '../../src/ui/annotations/AnnotationEditor';

function renderEditor(kind: 'note' | 'fact-check', onSave = vi.fn(async () => true)) {
  const onCancel = vi.fn();
  render(<AnnotationEditor quote="Lavrov said" kind={kind} existing={null} onSave={onSave} onCancel={onCancel} onDelete={null} />);
  return { onSave, onCancel, user: userEvent.setup() };
}

describe('AnnotationEditor', () => {
  it('is a dialog named Edit annotation with the fields of the contract', () => {
    renderEditor('note');
    const dialog = screen.getByRole('dialog', { name: 'Edit annotation' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tags' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Source URL' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add source' })).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', { name: 'Verdict' });
    const labels = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(group).toBeInTheDocument();
    expect(labels).toEqual(VERDICTS.map((v) => v.id));
    for (const v of VERDICTS) expect(screen.getByRole('radio', { name: v.label })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('says to the eye what is being made, New note or New fact-check, and Edit … for a stored one, keeping its name Edit annotation', () => {
    const { unmount } = render(<AnnotationEditor quote="Lavrov said" kind="note" existing={null} onSave={vi.fn()} onCancel={vi.fn()} onDelete={null} />);
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^New note$/);
    unmount();
    const second = render(<AnnotationEditor quote="Lavrov said" kind="fact-check" existing={null} onSave={vi.fn()} onCancel={vi.fn()} onDelete={null} />);
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^New fact-check$/);
    second.unmount();
    const stored = { verdict: 'false' } as unknown as Annotation;
    render(<AnnotationEditor quote="Lavrov said" kind="fact-check" existing={stored} onSave={vi.fn()} onCancel={vi.fn()} onDelete={vi.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Edit fact-check$/);
  });

  it('saves the note, the parsed tags and the chosen verdict', async () => {
    const { onSave, user } = renderEditor('note');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Needs a second source');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'figures,  Lavrov , figures');
    await user.click(screen.getByRole('radio', { name: 'Unverified' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ note: 'Needs a second source', verdict: 'unverified', tags: ['figures', 'Lavrov'], evidence: [] });
  });

  it('asks for a verdict before saving a fact-check', async () => {
    const { onSave, user } = renderEditor('fact-check');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Choose a verdict for this fact-check.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'False' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ verdict: 'false' }));
  });

  it('refuses javascript:, data: and bare-word sources with a message, and adds http(s) ones', async () => {
    const { user } = renderEditor('note');
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'evidence']) {
      await user.clear(url);
      await user.type(url, bad);
      await user.click(screen.getByRole('button', { name: 'Add source' }));
      expect(url).toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByRole('button', { name: /^Remove source/ })).not.toBeInTheDocument();
    }
    expect(screen.getByText(/not a web address/)).toBeInTheDocument();
    await user.clear(url);
    await user.type(url, 'https://www.un.org/sg/en/content/sg/statement');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(screen.getByRole('button', { name: 'Remove source https://www.un.org/sg/en/content/sg/statement' })).toBeInTheDocument();
    expect(url).toHaveValue('');
  });

  it('adds a typed but not yet added source on Save, and blocks Save when it is not a link', async () => {
    const { onSave, user } = renderEditor('note');
    const url = screen.getByRole('textbox', { name: 'Source URL' });
    await user.type(url, 'javascript:alert(document.cookie)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/“javascript:” links are refused/)).toBeInTheDocument();
    await user.clear(url);
    await user.type(url, 'http://example.org/report');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ evidence: [{ url: 'http://example.org/report' }] }));
  });

  it('keeps everything typed when saving fails', async () => {
    const onSave = vi.fn(async () => false);
    const { user } = renderEditor('note', onSave);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'My careful note');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('My careful note');
  });

  it('closes on Escape and on Cancel without saving', async () => {
    const { onSave, onCancel, user } = renderEditor('note');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'draft');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPlan } from '../../src/core/exchange/plan-import';
import { ImportPreviewDialog } from '../../src/ui/exchange/ImportPreviewDialog';

const plan: ImportPlan = {
  format: 'w3c',
  toWrite: [],
  added: 0,
  updated: 0,
  otherArticles: [
    { articleId: 'h-known', label: 'An article you opened', count: 2 },
    { articleId: 'urn:x:elsewhere', label: 'https://example.org/story', count: 1 },
  ],
  skipped: [],
  notices: [],
};

describe('Import preview and the library', () => {
  it('says which other articles are in the library and which must be opened first', () => {
    render(<ImportPreviewDialog fileName="f.jsonld" plan={plan} busy={false} onConfirm={vi.fn()} onCancel={vi.fn()} knownArticleIds={new Set(['h-known'])} />);
    expect(screen.getByText('An article you opened').parentElement).toHaveTextContent('2: An article you opened (in your library)');
    expect(screen.getByText('https://example.org/story').parentElement).toHaveTextContent('(not in your library yet: open that article to see them)');
  });
});

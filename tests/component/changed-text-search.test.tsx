import { within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { putAnnotation } from '../../src/storage/annotations';
import { annotateOlder, TYPO } from '../support/older-shipped-article';
import { annotate, panel, renderAppWith } from './shipped-article';

// Counts loads of the search for annotations made on another version of the text.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/anchoring/anchor-all', async (importOriginal) => {
  loads.count++;
  return importOriginal();
});

describe('The search for annotations made on another text', () => {
  it('is not loaded while every annotation was made on the text shown, and is when one was not', async () => {
    const { services } = await renderAppWith([annotate('cessation of hostilities', { note: 'Which truce?' })]);
    await within(panel()).findByText('Which truce?');
    expect(within(panel()).queryByText('Drifted')).toBeNull();
    expect(loads.count).toBe(0);

    await putAnnotation(services.db, annotateOlder(TYPO, 'urn:uuid:older'));
    await within(panel()).findByText('Drifted');
    expect(loads.count).toBe(1);
  });
});

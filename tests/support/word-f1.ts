/**
 * Word-level precision, recall and F1 of a text against a reference, as bags of words: letters
 * and digits in runs, each CJK character a word of its own (Chinese and Japanese write no spaces).
 */
export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
}

/** Precision (how much of what we show is the article), recall (how much of the article we show) and their harmonic mean. */
export function wordF1(ours: string, expected: string): { precision: number; recall: number; f1: number } {
  const bag = new Map<string, number>();
  const reference = words(expected);
  for (const w of reference) bag.set(w, (bag.get(w) ?? 0) + 1);
  const shown = words(ours);
  let common = 0;
  for (const w of shown) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      bag.set(w, n - 1);
    }
  }
  const precision = shown.length === 0 ? 0 : common / shown.length;
  const recall = reference.length === 0 ? 0 : common / reference.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

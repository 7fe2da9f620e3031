import { MAX_TAG_LENGTH } from '../model/tags';

/** Things an import changes or leaves out that are not errors, and that the preview states. */
export type NoticeKey = 'markup' | 'tags-tidied' | 'unknown-assessment' | 'unsupported-body' | 'duplicate-evidence' | 'missing-date' | 'missing-id';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SENTENCES: Readonly<Record<NoticeKey, (n: number) => string>> = {
  markup: (n) => `${plural(n, 'annotation contains', 'annotations contain')} HTML or script markup. It is kept as plain text and never run.`,
  'tags-tidied': (n) => `Tags on ${plural(n, 'annotation were', 'annotations were')} tidied: no commas, repeated spaces or duplicates, and at most ${MAX_TAG_LENGTH} characters each.`,
  'unknown-assessment': (n) => `${plural(n, 'assessment does', 'assessments do')} not match a verdict of this app; the text is kept in the note instead.`,
  'unsupported-body': (n) => `${plural(n, 'body', 'bodies')} of a kind this app does not use (such as a choice or a semantic tag) ${n === 1 ? 'was' : 'were'} left out.`,
  'duplicate-evidence': (n) => `${plural(n, 'repeated evidence link was', 'repeated evidence links were')} merged.`,
  'missing-date': (n) => `${plural(n, 'annotation has', 'annotations have')} no date; the file's date (or the time of import) is used.`,
  'missing-id': (n) => `${plural(n, 'annotation has', 'annotations have')} no id; one is made from the content, so importing the file again updates ${n === 1 ? 'it' : 'them'} instead of adding copies.`,
};

/** Counts notices while a file is read, then states them as sentences in a fixed order. */
export class NoticeTally {
  private readonly counts = new Map<NoticeKey, number>();

  add(key: NoticeKey, n = 1): void {
    if (n > 0) this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  /** One sentence per kind of notice, in the order of NoticeKey. */
  sentences(): string[] {
    return (Object.keys(SENTENCES) as NoticeKey[]).flatMap((key) => {
      const n = this.counts.get(key);
      return n ? [SENTENCES[key](n)] : [];
    });
  }
}

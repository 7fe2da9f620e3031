import type { InlineMark } from '../model/article';

/** Runs of ASCII white space (line breaks included) collapse to one space, as in HTML. No-break spaces stay. */
const COLLAPSIBLE = /[ \t\n\r\f\v]+/;

interface OpenMark {
  kind: InlineMark['kind'];
  href?: string;
  /** Set when the first visible character inside the mark is written, so a mark never starts on a space. */
  start: number | null;
}

/** A handle for closing a mark opened with `InlineBuilder.open`. */
export type MarkHandle = number;

/**
 * Builds one block's text from inline pieces (Markdown tokens or HTML text nodes), collapsing
 * white space the way a browser would show it, and records emphasis and links as offsets into
 * the finished text. Marks never cover leading or trailing spaces, and empty ones are dropped.
 */
export class InlineBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private readonly marks: InlineMark[] = [];
  private readonly openMarks = new Map<MarkHandle, OpenMark>();
  private nextHandle = 1;

  /** Appends text; white space runs become one space, and none is written at the very start. */
  text(raw: string): void {
    const pieces = raw.split(COLLAPSIBLE);
    for (const [i, piece] of pieces.entries()) {
      if (i > 0) this.pendingSpace = true;
      if (piece !== '') this.write(piece);
    }
  }

  /** A line break inside a block: shown as a space, since blocks hold running text. */
  lineBreak(): void {
    this.pendingSpace = true;
  }

  /** Starts a mark at the next visible character; returns the handle to close it with. */
  open(kind: InlineMark['kind'], href?: string): MarkHandle {
    const handle = this.nextHandle++;
    this.openMarks.set(handle, href === undefined ? { kind, start: null } : { kind, href, start: null });
    return handle;
  }

  /** Ends a mark after the last visible character written so far. */
  close(handle: MarkHandle): void {
    const mark = this.openMarks.get(handle);
    this.openMarks.delete(handle);
    if (!mark || mark.start === null || mark.start >= this.length) return;
    const done: InlineMark = { kind: mark.kind, start: mark.start, end: this.length };
    if (mark.href !== undefined) done.href = mark.href;
    this.marks.push(done);
  }

  /** Whether anything visible has been written. */
  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** The finished text and its marks (sorted by start; marks still open are closed here). */
  finish(): { text: string; marks: InlineMark[] } {
    for (const handle of [...this.openMarks.keys()]) this.close(handle);
    const marks = [...this.marks].sort((a, b) => a.start - b.start || b.end - a.end);
    return { text: this.parts.join(''), marks };
  }

  private write(piece: string): void {
    if (this.pendingSpace && this.length > 0) {
      this.parts.push(' ');
      this.length += 1;
    }
    this.pendingSpace = false;
    for (const mark of this.openMarks.values()) if (mark.start === null) mark.start = this.length;
    this.parts.push(piece);
    this.length += piece.length;
  }
}

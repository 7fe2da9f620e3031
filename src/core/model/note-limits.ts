/**
 * How much Markdown a note may ask of the renderer. Markdown parsers recurse once per level of
 * nesting (quotes, lists, emphasis): about 1,700 nested `>` exceed the browser's call stack, a
 * list indented 1,700 levels deep takes minutes, and 100 KB of ordinary Markdown takes seconds.
 * A note past these limits is shown as the plain text it is, with a sentence saying why; nothing
 * of it is lost. The same limits apply to notes arriving in an import file (they render through
 * the same path), so a file can never make an article unreadable.
 */

/** Past this many characters a note is shown as text (formatting 20,000 takes ~60 ms). */
export const MAX_FORMATTED_NOTE_CHARS = 20_000;

/** The deepest nesting of quotes and lists (on one line) that is still formatted. */
export const MAX_NOTE_NESTING = 12;

/** The longest run of one emphasis or bracket character (`*`, `_`, `~`, `[`) that is still formatted. */
export const MAX_DELIMITER_RUN = 12;

/**
 * The most emphasis or bracket runs one paragraph may hold and still be formatted: matching them
 * takes time that grows with their square (20,000 characters of `*a _` took 1.5 s).
 */
export const MAX_PARAGRAPH_DELIMITERS = 400;

/** How a note is to be shown: formatted from Markdown, or as plain text for the reason given. */
export type NoteFormat = { kind: 'markdown' } | { kind: 'text'; reason: string };

/** A quote marker, or a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space, with the spaces before it. */
const CONTAINER_MARKER = /^( *)(?:>|[-*+](?= |\t|$)|\d{1,9}[.)](?= |\t|$))/;

/** A thematic break (`***`, `- - -`, `___`): long runs there are not nesting. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

const DELIMITER_RUN = /([*_~[])\1*/g;

/** How deeply quotes and lists nest at the start of this line (indentation counts one level per two spaces before a marker). */
export function lineNesting(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const match = CONTAINER_MARKER.exec(rest);
    if (!match) return depth;
    depth += 1 + Math.floor((match[1] ?? '').length / 2);
    // Guard against a pathological line before counting further: the answer is already "too deep".
    if (depth > MAX_NOTE_NESTING) return depth;
    rest = rest.slice(match[0].length).replace(/^[ \t]/, '');
  }
}

/** The longest run of one delimiter character in a line. */
function longestDelimiterRun(line: string): number {
  let longest = 0;
  for (const match of line.matchAll(DELIMITER_RUN)) longest = Math.max(longest, match[0].length);
  return longest;
}

/** How many runs of emphasis or bracket characters a text holds (stops counting past the limit). */
function delimiterRuns(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(DELIMITER_RUN)) if (++count > MAX_PARAGRAPH_DELIMITERS) break;
  return count;
}

/**
 * Whether a note may be formatted from Markdown: refused (with the reason, in words for the
 * reader) when it is longer than MAX_FORMATTED_NOTE_CHARS, nests quotes or lists deeper than
 * MAX_NOTE_NESTING, has a run of emphasis or bracket characters longer than MAX_DELIMITER_RUN, or
 * more than MAX_PARAGRAPH_DELIMITERS such runs in one paragraph.
 */
export function noteFormat(markdown: string): NoteFormat {
  if (markdown.length > MAX_FORMATTED_NOTE_CHARS) {
    return { kind: 'text', reason: `This note is longer than ${MAX_FORMATTED_NOTE_CHARS.toLocaleString('en')} characters, so it is shown as plain text.` };
  }
  for (const line of markdown.split('\n')) {
    if (THEMATIC_BREAK.test(line)) continue;
    if (lineNesting(line) > MAX_NOTE_NESTING || longestDelimiterRun(line) > MAX_DELIMITER_RUN) {
      return { kind: 'text', reason: 'This note is nested too deeply to format, so it is shown as plain text.' };
    }
  }
  for (const paragraph of markdown.split(/\n[ \t]*\n/)) {
    if (delimiterRuns(paragraph) > MAX_PARAGRAPH_DELIMITERS) {
      return { kind: 'text', reason: 'This note has more emphasis marks than can be formatted quickly, so it is shown as plain text.' };
    }
  }
  return { kind: 'markdown' };
}

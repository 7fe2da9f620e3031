import type { ParseResult } from '../model/parse-article';
import { MAX_JSON_DEPTH } from './import-limits';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * Parses the text of a file as JSON. Refuses an empty file, nesting deeper than `maxDepth`
 * (found by one pass over the text, before any object is built, so no recursion can blow up),
 * and syntax errors, naming the line and column. Never throws.
 */
export function parseJsonText(input: string, maxDepth: number = MAX_JSON_DEPTH): ParseResult<unknown> {
  // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, error: 'The file is empty. Choose an annotations export (a .json or .jsonld file).' };
  const tooDeep = findTooDeep(text, maxDepth);
  if (tooDeep !== -1) {
    const { line, column } = lineAndColumn(text, tooDeep);
    return {
      ok: false,
      error: `The file nests lists and objects more than ${maxDepth} levels deep (line ${line}, column ${column}). No annotations file does that; it is damaged or not an annotations file.`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: describeSyntaxError(text, error) };
  }
}

/** Offset of the first bracket that opens a level deeper than `maxDepth`, or -1. Brackets inside strings do not count. */
function findTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return i;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return -1;
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Engines word the reason differently, and only some say where; find the place ourselves.
  const engineAt = /position (\d+)/.exec(message);
  const found = findSyntaxError(text);
  const offset = found !== -1 ? found : engineAt ? Number(engineAt[1]) : -1;
  if (/unexpected end/i.test(message) || offset >= text.trimEnd().length) {
    return 'The file is not complete JSON: it ends in the middle of the data. It may have been cut off while downloading; export it again.';
  }
  const token = /^Unexpected token '(.*)', .* is not valid JSON$/s.exec(message);
  const reason = token ? `unexpected “${token[1]}”` : lowerFirst(message.replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, ''));
  const where = offset !== -1 ? lineAndColumn(text, offset) : null;
  const place = where ? ` at line ${where.line}, column ${where.column}` : '';
  return `The file is not valid JSON${place} (${reason}). Choose an annotations export (a .json or .jsonld file), not a web page or another kind of file.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Offset of the first syntax error in `text`, or -1 when it is valid JSON. Used only after
 * JSON.parse has failed, to say where: a small iterative scanner, so no input can overflow the stack.
 */
export function findSyntaxError(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const scanString = (): boolean => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === BACKSLASH) {
        const e = text.charAt(++i);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!ESCAPES.has(e)) return false;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (state === 'key') {
      if (text.charCodeAt(i) !== QUOTE || !scanString()) return i;
      skipSpace();
      if (text.charAt(i) !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'value') {
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        i++;
        skipSpace();
        if (text.charCodeAt(i) === (c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
          i++;
          state = 'after';
        } else {
          stack.push(c);
          state = c === OPEN_BRACE ? 'key' : 'value';
        }
      } else if (c === QUOTE) {
        if (!scanString()) return Math.min(i, n);
        state = 'after';
      } else {
        NUMBER.lastIndex = i;
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) i += literal.length;
        else if (NUMBER.test(text)) i = NUMBER.lastIndex;
        else return i;
        state = 'after';
      }
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      const c = text.charCodeAt(i);
      if (c === 0x2c) {
        i++;
        state = top === OPEN_BRACE ? 'key' : 'value';
      } else if (c === (top === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
        i++;
        stack.pop();
      } else return i;
    }
  }
}

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === NEWLINE) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

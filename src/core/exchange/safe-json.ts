/** Characters that could end a `<script>` block or an HTML comment, or break a JavaScript string. */
const UNSAFE = /[<>&\u2028\u2029]/g;
/** The same set without the global flag: `test` on a global regex would keep state between calls. */
const HAS_UNSAFE = /[<>&\u2028\u2029]/;

const ESCAPED: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes, so that it can go
 * inside `<script type="application/ld+json">` (or any HTML) as it is: a note holding
 * `</script><script>…` stays a string. The escapes mean the same characters to every JSON
 * parser. Outside strings JSON never holds these characters, so a plain replace is exact.
 */
export function escapeJsonForHtml(json: string): string {
  return HAS_UNSAFE.test(json) ? json.replace(UNSAFE, (c) => ESCAPED[c] ?? c) : json;
}

/** JSON.stringify, then escapeJsonForHtml: the text every JSON export writes. */
export function stringifyForHtml(value: unknown, indent?: number): string {
  return escapeJsonForHtml(JSON.stringify(value, null, indent));
}

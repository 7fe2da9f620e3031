/**
 * The few platform globals the core may use, which both browsers and Node provide (WHATWG URL).
 * Only tsconfig.core.json includes this file: the core is checked without the DOM library, so
 * anything else from the browser (document, Range, window) fails its type check.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly origin: string;
  search: string;
  hash: string;
}

/** WHATWG Encoding: UTF-8 bytes of a string (for hashing). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/**
 * Zod, configured once for the whole app: `jitless`, so it never compiles parsers with
 * `new Function`. Under our Content Security Policy that is refused anyway, and Zod's probe for
 * it logs a CSP violation on every import; the interpreted parsers are fast enough for a file.
 * Every module that builds a schema imports `z` from here, so the setting comes first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

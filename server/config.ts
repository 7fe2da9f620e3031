/**
 * The server's settings, read only from the environment (UI-CONTRACT.md): PORT,
 * MARGINALIA_SYNC_KEYS, MARGINALIA_SYNC_DATA and MARGINALIA_SYNC_REDIS. Parsing returns a
 * result; the message tells the person starting the server what to fix. Keys are never part of
 * a message.
 */

/** One team key and what it allows. */
export interface TeamKey {
  key: string;
  readOnly: boolean;
}

/** The parsed settings. */
export interface ServerConfig {
  port: number;
  keys: TeamKey[];
  dataDir: string;
  /** Host and port of the Redis shared by several servers of one team, or null for one server. */
  redis: { host: string; port: number; db: number } | null;
}

/** The default port, as the contract says. */
export const DEFAULT_PORT = 1234;

/** Reads the settings from `env`; an error names the variable that is wrong. */
export function parseConfig(env: Record<string, string | undefined>): { ok: true; value: ServerConfig } | { ok: false; error: string } {
  const portText = env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, error: `PORT must be a whole number from 0 to 65535 (it is “${portText}”).` };

  const keys = parseKeys(env.MARGINALIA_SYNC_KEYS ?? '');
  if (keys.length === 0) return { ok: false, error: 'Set MARGINALIA_SYNC_KEYS to one or more team keys, separated by commas (write a key as read:KEY to let it read but not write).' };
  const short = keys.find((k) => k.key.length < MIN_KEY_LENGTH);
  if (short) return { ok: false, error: `Every key in MARGINALIA_SYNC_KEYS must have at least ${MIN_KEY_LENGTH} characters (one has ${short.key.length}).` };

  let redis: ServerConfig['redis'] = null;
  const redisText = env.MARGINALIA_SYNC_REDIS?.trim();
  if (redisText) {
    const parsed = parseRedis(redisText);
    if (!parsed) return { ok: false, error: 'MARGINALIA_SYNC_REDIS must be a redis:// address such as redis://127.0.0.1:6379 (or redis://host:port/db).' };
    redis = parsed;
  }
  return { ok: true, value: { port, keys, dataDir: env.MARGINALIA_SYNC_DATA?.trim() || './sync-data', redis } };
}

/** Keys shorter than this are refused at start: a team key is a password. */
export const MIN_KEY_LENGTH = 8;

function parseKeys(text: string): TeamKey[] {
  return text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .map((k) => (k.startsWith('read:') ? { key: k.slice('read:'.length), readOnly: true } : { key: k, readOnly: false }));
}

function parseRedis(text: string): ServerConfig['redis'] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'redis:' || !url.hostname) return null;
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) return null;
  return { host: url.hostname, port: url.port ? Number(url.port) : 6379, db };
}

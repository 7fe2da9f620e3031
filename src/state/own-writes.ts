/**
 * This tab's own writes, so that their echo is told apart from a change made elsewhere.
 *
 * Dexie reports every committed write as `storagemutated`, ours too, and it does so at commit,
 * before the write's promise settles. A save has already put its result in the query cache, so
 * refetching 10,000 annotations on its echo would only cost time. Each write in flight holds a
 * token; a change reported for its table uses up the oldest one and is taken as the echo. When
 * a change from another tab comes first, it uses the token and goes unrefetched, but then the
 * echo finds none and refetches, which brings both in: nothing is missed, whatever the order.
 * Tokens belong to a database connection (a tab has one), so that tests which open two
 * connections in one page, as two tabs, keep them apart.
 */

interface Token {
  table: string;
  used: boolean;
}

const inFlightBy = new WeakMap<object, Token[]>();

function inFlightOf(connection: object): Token[] {
  let tokens = inFlightBy.get(connection);
  if (!tokens) inFlightBy.set(connection, (tokens = []));
  return tokens;
}

/** Runs `write` (one Dexie transaction on `table` through `connection`) as this tab's own. */
export async function ownWrite<T>(connection: object, table: string, write: () => Promise<T>): Promise<T> {
  const inFlight = inFlightOf(connection);
  const token: Token = { table, used: false };
  inFlight.push(token);
  try {
    return await write();
  } finally {
    // A write that committed nothing left its token unused: it must not swallow a later change.
    inFlight.splice(inFlight.indexOf(token), 1);
  }
}

/** True when a change reported for `table` is the echo of a write through `connection` (and uses up its token). */
export function isOwnEcho(connection: object, table: string): boolean {
  const token = inFlightOf(connection).find((t) => t.table === table && !t.used);
  if (!token) return false;
  token.used = true;
  return true;
}

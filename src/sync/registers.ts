/**
 * A field that every device may set (a verdict, the tags, the sources, the claim, the target)
 * kept as one entry per device, so that two devices setting it at once never overwrite each
 * other inside Yjs. Every device computes the same winner from the same entries; an entry the
 * winner's writer had not seen, with a different value, is a concurrent change that lost, and
 * stays visible ("Ben also set Misleading") until someone sets the field again having seen it.
 * Pure logic, no Yjs: the document keeps the entries (annotation-doc.ts).
 */

/** One device's latest setting of a field. */
export interface RegisterEntry {
  /** The value, as plain JSON. */
  v: unknown;
  /** 1 + the highest counter among the field's entries the writer had seen: later writes win. */
  c: number;
  /** The counter of each device's entry that the writer had seen when it wrote. */
  seen: Record<string, number>;
  /** The writer's `Your name`, when it gave one. */
  by: string | null;
}

/** A change that lost to a concurrent one: still shown, never silently dropped. */
export interface LostChange {
  device: string;
  value: unknown;
  by: string | null;
}

/** The value every device agrees on, and the concurrent changes that lost to it. */
export interface RegisterValue {
  value: unknown;
  device: string;
  lost: LostChange[];
}

/** The winning entry (highest counter, then highest device id) and the concurrent losers; null when no entry exists. */
export function resolveRegister(entries: ReadonlyMap<string, RegisterEntry>): RegisterValue | null {
  let winner: [string, RegisterEntry] | null = null;
  for (const pair of entries) if (!winner || beats(pair, winner)) winner = pair;
  if (!winner) return null;
  const [device, entry] = winner;
  const lost: LostChange[] = [];
  for (const [other, e] of entries) {
    if (other === device) continue;
    const sawIt = (entry.seen[other] ?? 0) >= e.c;
    if (!sawIt && !sameValue(e.v, entry.v)) lost.push({ device: other, value: e.v, by: e.by });
  }
  return { value: entry.v, device, lost };
}

/** The entry a device writes to set the field to `value`, having seen `entries`. */
export function nextEntry(entries: ReadonlyMap<string, RegisterEntry>, value: unknown, by: string | null): RegisterEntry {
  let highest = 0;
  const seen: Record<string, number> = {};
  for (const [device, e] of entries) {
    highest = Math.max(highest, e.c);
    seen[device] = e.c;
  }
  return { v: value, c: highest + 1, seen, by };
}

/** Plain-JSON equality (values come from JSON, so key order is the writer's; compare canonically). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  ) ?? 'undefined';
}

function beats([device, e]: [string, RegisterEntry], [bestDevice, best]: [string, RegisterEntry]): boolean {
  return e.c > best.c || (e.c === best.c && device > bestDevice);
}

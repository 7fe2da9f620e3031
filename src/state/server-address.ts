/**
 * Whether `url` is an address the app can connect to: `ws://` or `wss://` with a host. Returns
 * the reason for the reader otherwise. Its own module: only the Sync dialog, loaded on demand,
 * needs it.
 */
export function checkServerAddress(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'The server address is not an address: it looks like ws://host:1234 or wss://host.';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return 'The server address starts with ws:// or wss://.';
  if (!parsed.hostname) return 'The server address has no host.';
  if (parsed.username || parsed.password) return 'Put the team key in its own box, not in the address.';
  return null;
}

import { openLocalDocs } from './local-docs';
import { startSession, type SessionOptions, type SyncSession } from './session';

/**
 * The one entry the app loads (lazily, once the reader connects): a session on this device's
 * own store of documents. Everything sync needs, yjs included, comes in with this module.
 */
export function startDeviceSync(options: Omit<SessionOptions, 'localDocs'>): Promise<SyncSession> {
  return startSession({ ...options, localDocs: openLocalDocs() });
}

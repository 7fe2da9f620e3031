import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';

/**
 * Keeps each Yjs document as files in one folder, with no native module (why not SQLite: see
 * README, "The sync server"). A file holds a whole document state (`Y.encodeStateAsUpdate`);
 * each server writes only its own file per document (`<hash>.<writer>.ydoc`), by writing a
 * temporary file and renaming it, so a crash leaves the previous file whole and two servers
 * sharing the folder never write the same file. Loading merges every writer's file: Yjs updates
 * merge in any order, so what any server stored is never lost.
 */
export class FileStore {
  constructor(
    private readonly dir: string,
    /** Names this server's files; stable across restarts (the port), so files do not pile up. */
    private readonly writer: string,
  ) {}

  /** The stored state of a document, every writer's merged, or null when none is stored. */
  async load(documentName: string): Promise<Uint8Array | null> {
    const prefix = `${fileKey(documentName)}.`;
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.ydoc'));
    if (names.length === 0) return null;
    const updates = await Promise.all(names.map(async (n) => new Uint8Array(await readFile(join(this.dir, n)))));
    return updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
  }

  /** Stores a document's whole state as this server's file for it. */
  async store(documentName: string, state: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${fileKey(documentName)}.${this.writer}.ydoc`);
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, state);
    await rename(temporary, file);
  }
}

/** A file-name-safe, fixed-length key for any document name (names come from clients). */
export function fileKey(documentName: string): string {
  return createHash('sha256').update(documentName, 'utf8').digest('hex').slice(0, 40);
}

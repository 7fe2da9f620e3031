import { useCallback } from 'react';
import { useServices } from '../../state/services';
import { downloadFile } from '../exchange/download';

/** The backup format's reader and writer load when the reader reaches for a backup, not with the page. */
export const loadBackup = () => import('../../core/exchange/backup');

/**
 * Downloads one file with every stored article, annotation and edited details (`Back up
 * library`, and the way out the crash page offers). Rejects with the storage's error. What it
 * needs loads on first use: the crash page is on every page, backups are rare.
 */
export function useBackUpLibrary(): () => Promise<void> {
  const { db, now } = useServices();
  return useCallback(async () => {
    const [{ serializeBackup }, { readWholeLibrary }] = await Promise.all([loadBackup(), import('../../state/backup')]);
    const library = await readWholeLibrary(db);
    const at = now();
    downloadFile(`marginalia-library-${at.toISOString().slice(0, 10)}.marginalia-backup.json`, [serializeBackup(library.articles, library.annotations, at, library.details)], 'application/json');
  }, [db, now]);
}

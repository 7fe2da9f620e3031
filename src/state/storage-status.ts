import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from './keys';
import { useServices } from './services';

/**
 * Why this tab lost its database, once it has: another tab opened a newer version of it
 * (`upgraded`: what is stored is safe, reload to go on), or deleted it, as clearing the site's
 * data does (`deleted`: what is stored is gone; only what is on screen is left). Either way this
 * tab's connection is closed, so the other tab is never blocked. Null while all is well.
 */
export type StorageLoss = 'upgraded' | 'deleted' | null;

export function useReloadRequired(): StorageLoss {
  const { db } = useServices();
  const [required, setRequired] = useState<StorageLoss>(null);
  useEffect(() => {
    const onVersionChange = (event: IDBVersionChangeEvent) => {
      db.close();
      // A deletion asks for no new version.
      setRequired(event.newVersion === null ? 'deleted' : 'upgraded');
      return false;
    };
    db.on('versionchange', onVersionChange);
    return () => db.on('versionchange').unsubscribe(onVersionChange);
  }, [db]);
  return required;
}

/** Whether the browser agreed to keep our storage when space runs low (asked once per session). */
export function usePersistence() {
  const { requestPersistence, storageMode } = useServices();
  return useQuery({
    queryKey: queryKeys.persistence(),
    queryFn: requestPersistence,
    enabled: storageMode.kind === 'persistent',
  });
}

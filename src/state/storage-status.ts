import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from './keys';
import { useServices } from './services';

/**
 * True once another tab has opened a newer version of the database. This tab's connection is
 * closed then (so that tab's upgrade is never blocked), and the reader must reload to go on.
 */
export function useReloadRequired(): boolean {
  const { db } = useServices();
  const [required, setRequired] = useState(false);
  useEffect(() => {
    const onVersionChange = () => {
      db.close();
      setRequired(true);
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

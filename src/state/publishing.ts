import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublisherProfile } from '../core/model/publisher';
import { getPublisher, getReportUrl, putPublisher, putReportUrl } from '../storage/settings';
import { queryKeys } from './keys';
import { useServices } from './services';

/** The publisher profile kept in this browser; null until the reader sets it. */
export function usePublisher() {
  const { db } = useServices();
  return useQuery({ queryKey: queryKeys.publisher(), queryFn: () => getPublisher(db) });
}

/** Where the article's report will be published; null until the reader says. */
export function useReportUrl(articleId: string) {
  const { db } = useServices();
  return useQuery({ queryKey: queryKeys.reportUrl(articleId), queryFn: () => getReportUrl(db, articleId) });
}

/** Saves the publishing details: the profile (used by every export) and this article's report address. */
export function useSavePublishing(articleId: string) {
  const { db } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ publisher, reportUrl }: { publisher: PublisherProfile; reportUrl: string | null }) => {
      await putPublisher(db, publisher);
      await putReportUrl(db, articleId, reportUrl);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['settings'] }),
  });
}

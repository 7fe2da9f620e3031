import { useMemo } from 'react';
import type { Annotation } from '../../core/model/annotation';
import { articleSlug, type Article } from '../../core/model/article';
import { serializeW3CCollection } from '../../core/exchange/w3c';
import { useServices } from '../../state/services';
import type { ExportFormat } from './ExportMenu';
import { downloadFile } from './download';

/** The export formats offered for an article, each downloading a file named after it. */
export function useExportFormats(article: Article, annotations: readonly Annotation[]): ExportFormat[] {
  const { now } = useServices();
  return useMemo(() => {
    const slug = articleSlug(article);
    return [
      {
        id: 'w3c',
        label: 'W3C JSON-LD',
        run: () => downloadFile(`${slug}.annotations.jsonld`, serializeW3CCollection(article, annotations, now()), 'application/ld+json'),
      },
    ];
  }, [article, annotations, now]);
}

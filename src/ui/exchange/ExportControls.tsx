import { useState } from 'react';
import type { Annotation } from '../../core/model/annotation';
import type { Article } from '../../core/model/article';
import { DialogStandIn } from '../common/DialogStandIn';
import { lazyComponent } from '../common/lazy-component';
import { ExportMenu } from './ExportMenu';
import { useExportFormats } from './use-export-formats';
import './publishing.css';

/** The `Publishing details` dialog, loaded when first opened. */
const LazyPublishingDialog = lazyComponent(
  () => import('./PublishingDialog').then((m) => m.PublishingDialog),
  ({ onClose }) => <DialogStandIn label="Opening the publishing details…" onClose={onClose} />,
);

interface ExportControlsProps {
  article: Article;
  annotations: readonly Annotation[];
  onError: (message: string) => void;
}

/** The `Export` menu of an article, with its `Publishing details…` dialog (publisher and report address). */
export function ExportControls({ article, annotations, onError }: ExportControlsProps) {
  const formats = useExportFormats(article, annotations);
  const [publishing, setPublishing] = useState(false);
  return (
    <>
      <ExportMenu formats={formats} onError={onError} onPublishing={() => setPublishing(true)} onOpen={LazyPublishingDialog.preload} />
      {publishing && <LazyPublishingDialog articleId={article.id} onClose={() => setPublishing(false)} />}
    </>
  );
}

import { useArticle } from '../../state/article';
import { useStorageSync } from '../../state/storage-sync';
import { ReaderPage } from './ReaderPage';

/** The article the reader opens by default (public/articles/<id>.json). */
export const DEFAULT_ARTICLE_ID = 'press-tv-washington-asked-moscow-nusra';

/** The app: loads the article and shows it, or says clearly why it cannot. */
export function App({ articleId = DEFAULT_ARTICLE_ID }: { articleId?: string }) {
  useStorageSync();
  const article = useArticle(articleId);
  if (article.isPending) {
    return (
      <p className="app-message" role="status">
        Opening the article…
      </p>
    );
  }
  if (article.isError) {
    return (
      <div className="app-message" role="alert">
        <p>{article.error.message}</p>
        <button type="button" onClick={() => void article.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return <ReaderPage article={article.data} />;
}

import * as Y from 'yjs';
import type { Annotation } from '../core/model/annotation';
import type { ArticleRecord, MarginaliaDb } from '../storage/db';
import { listAnnotations } from '../storage/annotations';
import type { ArticleDetails } from '../core/model/article-details';
import { articleIdOfDetailsKey, getArticleDetails, isDetailsKey, listArticleDetails } from '../storage/article-details';
import { getStoredArticle, listArticleSummaries } from '../storage/articles';
import { annotationsByArticle, applyMirroredChanges, getAnnotationsByIds, type MirroredChange } from '../storage/mirror';
import { onWrites, type TableWrite } from '../storage/write-log';
import { annotationsMap, readAnnotation, writeAnnotation, type LostFieldChange, type Writer } from './annotation-doc';
import { articleMap, readArticle, writeArticle } from './article-doc';
import { readDetails, settleDetails, writeDetails } from './details-doc';
import { sameValue } from './registers';

/** The origin of the bridge's own document changes, so that their echo is not written back to Dexie. */
export const LOCAL_ORIGIN = 'marginalia-local';

/** What the cards need to know from sync about one article's annotations. */
export interface ArticleSyncInfo {
  /** Concurrent changes that lost, by annotation id. */
  lost: Map<string, LostFieldChange[]>;
  /** Annotations of this device that the team does not have (a read-only key). */
  notShared: Set<string>;
}

/** How the bridge reaches documents and reports what the cards show. */
export interface BridgeOptions {
  db: MarginaliaDb;
  writer: Writer;
  /** The document of an article, loaded (from this device's copy) before it resolves. */
  openDoc: (articleId: string) => Promise<Y.Doc>;
  /** The team's list of articles, so documents made elsewhere are opened here too. */
  index: Y.Doc;
  /** With a read-only key nothing of this device goes into the documents. */
  readOnly: boolean;
  onInfo?: (articleId: string, info: ArticleSyncInfo) => void;
  /**
   * Stores what arrived (all or nothing, rejecting when storage refuses). The app's own puts
   * it into the screen's lists as well, so that one change from a teammate does not make the
   * reader's tab read 10,000 annotations again. Defaults to storing it in `db`.
   */
  store?: (change: MirroredChange) => Promise<void>;
}

/**
 * Mirrors the `annotations` and `articles` tables into one Yjs document per article and back.
 * The app keeps reading and writing Dexie; this tab's writes (write-log.ts) go into the
 * documents, and whatever reaches a document from elsewhere (the server, another tab's copy)
 * is written to Dexie, which the screen follows as it follows another tab. Each direction
 * compares before it writes, so a mirrored change never comes back as a new one. All work runs
 * in one queue, in order.
 */
export class SyncBridge {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly opening = new Map<string, Promise<Y.Doc>>();
  private readonly articleOf = new Map<string, string>();
  private readonly cleanups: (() => void)[] = [];
  private readonly info = new Map<string, ArticleSyncInfo>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: BridgeOptions) {}

  /** Opens the document of every article this device or the team has, and starts mirroring. */
  async start(): Promise<void> {
    const { db, index } = this.options;
    this.cleanups.push(onWrites(db, (write) => void this.enqueue(() => this.onLocalWrite(write))));
    const articles = indexMap(index);
    const onIndex = (event: Y.YMapEvent<unknown>) => {
      for (const id of event.keysChanged) if (articles.has(id)) void this.enqueue(() => this.attach(id));
    };
    articles.observe(onIndex);
    this.cleanups.push(() => articles.unobserve(onIndex));
    const described = (await listArticleDetails(db)).keys();
    const ids = new Set<string>([...(await annotationsByArticle(db)).keys(), ...(await listArticleSummaries(db)).map((a) => a.id), ...described, ...articles.keys()]);
    await this.enqueue(async () => {
      for (const id of ids) await this.attach(id);
    });
  }

  /** Stops mirroring (the documents stay open for their owner to close). */
  stop(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Resolves once everything queued so far is done (tests, and the bench, wait on it). */
  settled(): Promise<unknown> {
    return this.enqueue(async () => undefined);
  }

  private store(change: MirroredChange): Promise<void> {
    return this.options.store ? this.options.store(change) : applyMirroredChanges(this.options.db, change);
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    // One failed step (storage refused) must not stop the ones after it.
    this.queue = next.catch((error: unknown) => console.error('sync:', error));
    return next;
  }

  /** Opens an article's document and brings it and Dexie together (once per article). */
  private async attach(articleId: string): Promise<Y.Doc> {
    const known = this.docs.get(articleId);
    if (known) return known;
    let opening = this.opening.get(articleId);
    if (!opening) {
      opening = this.options.openDoc(articleId);
      this.opening.set(articleId, opening);
    }
    const doc = await opening;
    if (this.docs.has(articleId)) return doc;
    this.docs.set(articleId, doc);
    // Observe before the first reconcile: the server's copy can arrive while it awaits Dexie, and
    // a change seen by nobody would reach this device only with the next one. What the observers
    // queue runs after this attach, so it meets a reconciled document.
    const map = annotationsMap(doc);
    const onDeep = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return;
      const ids = new Set<string>();
      for (const event of events) {
        if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
        else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
      }
      void this.enqueue(() => this.mirrorToDexie(articleId, doc, [...ids]));
    };
    map.observeDeep(onDeep);
    const article = articleMap(doc);
    const onArticle = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin !== LOCAL_ORIGIN) void this.enqueue(() => this.mirrorToDexie(articleId, doc, []));
    };
    article.observe(onArticle);
    this.cleanups.push(() => map.unobserveDeep(onDeep), () => article.unobserve(onArticle));
    await this.reconcile(articleId, doc);
    if (!this.options.readOnly && !indexMap(this.options.index).has(articleId)) indexMap(this.options.index).set(articleId, true);
    return doc;
  }

  /**
   * First meeting of a document and Dexie: for an annotation in both, the later `modified` wins;
   * one only in Dexie goes into the document (unless read-only); one only in the document is
   * stored (it came from elsewhere). So nothing on either side is dropped.
   */
  private async reconcile(articleId: string, doc: Y.Doc): Promise<void> {
    const { db, readOnly, writer } = this.options;
    const stored = new Map((await listAnnotations(db, articleId)).map((a) => [a.id, a]));
    const map = annotationsMap(doc);
    const puts: Annotation[] = [];
    doc.transact(() => {
      for (const [id, ymap] of map.entries()) {
        const inDoc = ymap instanceof Y.Map ? readAnnotation(ymap) : null;
        if (!inDoc) continue;
        this.articleOf.set(id, articleId);
        const local = stored.get(id);
        if (!local || (inDoc.annotation.modified > local.modified && !sameValue(inDoc.annotation, local))) puts.push(inDoc.annotation);
      }
      if (readOnly) return;
      for (const local of stored.values()) {
        const inDoc = map.get(local.id);
        const docVersion = inDoc instanceof Y.Map ? readAnnotation(inDoc) : null;
        if (docVersion && docVersion.annotation.modified > local.modified) continue;
        writeAnnotation(map, local, writer);
        this.articleOf.set(local.id, articleId);
      }
    }, LOCAL_ORIGIN);
    const record = readArticle(doc);
    const storedArticle = await getStoredArticle(db, articleId);
    if (storedArticle && !record && !readOnly) doc.transact(() => writeArticle(doc, storedArticle), LOCAL_ORIGIN);
    const articles: ArticleRecord[] = record && !storedArticle ? [record] : [];
    const details = await this.settleDetails(articleId, doc);
    if (puts.length > 0 || articles.length > 0 || details !== undefined) await this.store({ articleId, puts, deletes: [], articles, ...(details !== undefined ? { details } : {}) });
    this.report(articleId, doc, stored.keys());
  }

  /** What changed in a document from elsewhere, written to Dexie where it differs. */
  private async mirrorToDexie(articleId: string, doc: Y.Doc, ids: string[]): Promise<void> {
    const { db } = this.options;
    const stored = await getAnnotationsByIds(db, ids);
    const map = annotationsMap(doc);
    const puts: Annotation[] = [];
    const deletes: string[] = [];
    for (const id of ids) {
      const ymap = map.get(id);
      const inDoc = ymap instanceof Y.Map ? readAnnotation(ymap) : null;
      const local = stored.get(id);
      if (inDoc) {
        this.articleOf.set(id, articleId);
        if (!local || !sameValue(inDoc.annotation, local)) puts.push(inDoc.annotation);
      } else if (!ymap && local) {
        deletes.push(id);
      }
    }
    const record = readArticle(doc);
    const articles = record && !(await getStoredArticle(db, articleId)) ? [record] : [];
    const details = await this.settleDetails(articleId, doc);
    if (puts.length > 0 || deletes.length > 0 || articles.length > 0 || details !== undefined) await this.store({ articleId, puts, deletes, articles, ...(details !== undefined ? { details } : {}) });
    this.report(articleId, doc, [], ids);
  }

  /** A write of this tab, mirrored into the documents it concerns. */
  private async onLocalWrite(write: TableWrite): Promise<void> {
    // What the bridge itself stored from the documents is already in them (or older than them).
    if (write.mirrored) return;
    const { db, readOnly, writer } = this.options;
    if (write.table === 'articles') {
      if (write.ids === 'all' || readOnly) return;
      for (const id of write.ids) {
        const record = await getStoredArticle(db, id);
        if (!record) continue;
        const doc = await this.attach(id);
        doc.transact(() => writeArticle(doc, record), LOCAL_ORIGIN);
      }
      return;
    }
    if (write.table === 'settings') {
      const articleIds = write.ids === 'all' ? [...this.docs.keys()] : write.ids.filter(isDetailsKey).map(articleIdOfDetailsKey);
      for (const articleId of articleIds) await this.sendDetails(articleId, await this.attach(articleId));
      return;
    }
    if (write.table !== 'annotations') return;
    if (write.ids === 'all') {
      for (const [articleId, doc] of this.docs) await this.dexieWins(articleId, doc);
      return;
    }
    const stored = await getAnnotationsByIds(db, write.ids);
    const touched = new Map<string, string[]>();
    for (const id of write.ids) {
      const local = stored.get(id);
      const articleId = local?.target.articleId ?? this.articleOf.get(id);
      if (!articleId) continue;
      touched.set(articleId, [...(touched.get(articleId) ?? []), id]);
      if (readOnly) continue;
      const doc = await this.attach(articleId);
      const map = annotationsMap(doc);
      doc.transact(() => {
        if (local) writeAnnotation(map, local, writer);
        else map.delete(id);
      }, LOCAL_ORIGIN);
      if (local) this.articleOf.set(id, articleId);
    }
    for (const [articleId, ids] of touched) {
      const doc = this.docs.get(articleId);
      if (doc) this.report(articleId, doc, ids.filter((id) => stored.has(id)), ids);
    }
  }

  /**
   * Where this device's details of an article and the document's differ: puts this device's in
   * when they changed here since it last did (settleDetails), else returns the document's to store.
   */
  private async settleDetails(articleId: string, doc: Y.Doc): Promise<ArticleDetails | null | undefined> {
    const { db, readOnly, writer } = this.options;
    const stored = await getArticleDetails(db, articleId);
    const inDoc = readDetails(doc, writer.device);
    const action = settleDetails(stored, inDoc);
    if (action === 'store') return inDoc?.details ?? null;
    if (action === 'send' && !readOnly) doc.transact(() => writeDetails(doc, stored, writer), LOCAL_ORIGIN);
    return undefined;
  }

  /** The reader corrected (or reset) an article's details here: the document follows. */
  private async sendDetails(articleId: string, doc: Y.Doc): Promise<void> {
    const { db, readOnly, writer } = this.options;
    if (readOnly) return;
    const stored = await getArticleDetails(db, articleId);
    doc.transact(() => writeDetails(doc, stored, writer), LOCAL_ORIGIN);
  }

  /** After a write that could not name its records: the document follows Dexie, deletes included. */
  private async dexieWins(articleId: string, doc: Y.Doc): Promise<void> {
    const { db, readOnly, writer } = this.options;
    const stored = await listAnnotations(db, articleId);
    if (!readOnly) {
      const ids = new Set(stored.map((a) => a.id));
      const map = annotationsMap(doc);
      doc.transact(() => {
        for (const id of [...map.keys()]) if (!ids.has(id)) map.delete(id);
        for (const local of stored) writeAnnotation(map, local, writer);
      }, LOCAL_ORIGIN);
    }
    this.report(articleId, doc, stored.map((a) => a.id));
  }

  /**
   * Tells the cards what changed for `ids` (every annotation of the article when omitted): the
   * concurrent changes that lost, and, with a read-only key, which annotations stay on this device.
   */
  private report(articleId: string, doc: Y.Doc, localIds: Iterable<string>, ids?: Iterable<string>): void {
    if (!this.options.onInfo) return;
    const map = annotationsMap(doc);
    let info = this.info.get(articleId);
    if (!info) this.info.set(articleId, (info = { lost: new Map(), notShared: new Set() }));
    for (const id of ids ?? map.keys()) {
      const ymap = map.get(id);
      const read = ymap instanceof Y.Map ? readAnnotation(ymap) : null;
      if (read && read.lost.length > 0) info.lost.set(id, read.lost);
      else info.lost.delete(id);
    }
    if (this.options.readOnly) for (const id of localIds) if (!map.has(id)) info.notShared.add(id);
    for (const id of info.notShared) if (map.has(id)) info.notShared.delete(id);
    this.options.onInfo(articleId, { lost: new Map(info.lost), notShared: new Set(info.notShared) });
  }
}

/** The index document's map of article ids. */
export function indexMap(index: Y.Doc): Y.Map<unknown> {
  return index.getMap('articles');
}

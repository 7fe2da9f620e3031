import type { Annotation } from '../model/annotation';
import type { Article } from '../model/article';
import { readArticleDetails, type ArticleDetails } from '../model/article-details';
import { parseArticle, type ParseResult } from '../model/parse-article';
import { checkImportSize } from './import-limits';
import type { ImportPlan } from './plan-import';
import { SKIP_TEXT, isLater } from './plan-import';
import type { SkipReason } from './import-types';
import { parseJsonText } from './json-text';
import { parseImport } from './parse-import';
import { stringifyForHtml } from './safe-json';
import { exportOrder, toW3CAnnotation, type W3CAnnotation } from './w3c';

/** The key that marks a file as a Marginalia backup, and its format version. */
export const BACKUP_KEY = 'mg:backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A stored article with the time it joined the library. */
export type BackupArticle = Article & { added: string };

/** The details the reader gave an article (shipped or stored), with the article's id. */
export type BackupDetails = ArticleDetails & { article: string };

/**
 * A whole library in one file: every stored article (text and details), every annotation, each
 * as a W3C Web Annotation (as the W3C export writes it, its `creator` included), so restoring goes
 * through the same checks as Import, and the details the reader corrected (`details`, added within
 * format 1: a backup without it has none).
 */
export interface BackupFile {
  [BACKUP_KEY]: typeof BACKUP_FORMAT_VERSION;
  generated: string;
  articles: BackupArticle[];
  annotations: W3CAnnotation[];
  details: BackupDetails[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The backup file's text (JSON, escaped for HTML like every JSON export): articles and details by id, annotations in export order. */
export function serializeBackup(articles: readonly BackupArticle[], annotations: readonly Annotation[], now: Date, details: readonly BackupDetails[] = []): string {
  const file: BackupFile = {
    [BACKUP_KEY]: BACKUP_FORMAT_VERSION,
    generated: now.toISOString(),
    articles: [...articles].sort((a, b) => byId(a.id, b.id)),
    annotations: [...annotations].sort(exportOrder).map(toW3CAnnotation),
    details: [...details].sort((a, b) => byId(a.article, b.article)),
  };
  return `${stringifyForHtml(file, 1)}\n`;
}

/** A backup read and checked; nothing written yet. */
export interface ParsedBackup {
  generated: string;
  articles: BackupArticle[];
  annotations: Annotation[];
  details: BackupDetails[];
  notices: string[];
}

/** True when parsed JSON is a Marginalia backup (so Import can point to Restore, and Restore can refuse other files). */
export function isBackup(json: unknown): boolean {
  return typeof json === 'object' && json !== null && BACKUP_KEY in json;
}

/**
 * Reads a backup file's text: size, JSON, the format version, every article (parseArticle) and
 * every annotation (the importer's checks, all or nothing). Returns what it holds or a message
 * saying what is wrong. Never throws.
 */
export function parseBackupText(text: string, options: { now: Date }): ParseResult<ParsedBackup> {
  const size = checkImportSize(text.length);
  if (!size.ok) return size;
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const file = json.value as Partial<Record<string, unknown>>;
  if (!isBackup(file)) return { ok: false, error: 'The file is not a Marginalia backup. Choose a file made with “Back up library” (its name ends in .marginalia-backup.json); to add annotations from an export, use Import in the reader.' };
  const version = file[BACKUP_KEY];
  if (typeof version !== 'number' || version > BACKUP_FORMAT_VERSION) {
    return { ok: false, error: `The backup was made by a newer Marginalia (format ${String(version)}); this one reads format ${BACKUP_FORMAT_VERSION}. Update Marginalia and restore again.` };
  }
  if (!Array.isArray(file.articles) || !Array.isArray(file.annotations)) return { ok: false, error: 'The backup is damaged: it has no list of articles or of annotations. Nothing was restored.' };
  const articles: BackupArticle[] = [];
  for (const [i, raw] of file.articles.entries()) {
    const parsed = parseArticle(raw);
    if (!parsed.ok) return { ok: false, error: `Article ${i + 1} of the backup cannot be read: ${parsed.error} Nothing was restored.` };
    const added = (raw as { added?: unknown }).added;
    articles.push({ ...parsed.value, added: typeof added === 'string' && !Number.isNaN(Date.parse(added)) ? added : options.now.toISOString() });
  }
  const annotations: Annotation[] = [];
  const notices: string[] = [];
  if (file.annotations.length > 0) {
    const parsed = parseImport({ type: 'AnnotationPage', items: file.annotations }, options);
    if (!parsed.ok) return { ok: false, error: `The backup's annotations cannot be read. ${parsed.error}` };
    notices.push(...parsed.value.notices);
    // Authors come back through the W3C import's `creator`.
    for (const item of parsed.value.items) annotations.push(item.annotation);
  }
  const details = readBackupDetails(file.details);
  if (details.unreadable > 0) notices.push(`${plural(details.unreadable, 'article’s edited details', 'articles’ edited details')} could not be read and ${details.unreadable === 1 ? 'was' : 'were'} left out.`);
  return { ok: true, value: { generated: typeof file.generated === 'string' ? file.generated : '', articles, annotations, details: details.read, notices } };
}

/** The backup's edited details (none in a backup made before they existed); entries that are not details are counted, not read. */
function readBackupDetails(input: unknown): { read: BackupDetails[]; unreadable: number } {
  if (!Array.isArray(input)) return { read: [], unreadable: 0 };
  const read: BackupDetails[] = [];
  for (const entry of input) {
    const article = (entry as { article?: unknown } | null)?.article;
    const details = readArticleDetails(entry);
    if (typeof article === 'string' && article !== '' && details) read.push({ article, ...details });
  }
  return { read, unreadable: input.length - read.length };
}

/** What restoring a backup does: the import preview's plan for its annotations, and the articles and details it adds. */
export interface RestorePlan {
  plan: ImportPlan;
  /** Articles of the backup that the library does not have; those it has are kept as they are. */
  articles: BackupArticle[];
  /** Edited details for articles that have none here; details already given here are kept. */
  details: BackupDetails[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Plans a restore against what is stored: every article the library lacks is added (one it has
 * is kept as it is), and so are edited details an article lacks here; each annotation is written
 * unless the stored version is as new or newer (the later `modified` wins, as in Import). Pure:
 * nothing is read or written.
 */
export function planRestore(
  backup: ParsedBackup,
  storedAnnotations: ReadonlyMap<string, string>,
  storedArticleIds: ReadonlySet<string>,
  describedArticleIds: ReadonlySet<string> = new Set(),
): RestorePlan {
  const toWrite: Annotation[] = [];
  const skipped: SkipReason[] = [];
  let added = 0;
  let updated = 0;
  for (const annotation of backup.annotations) {
    const stored = storedAnnotations.get(annotation.id);
    if (stored !== undefined && !isLater(annotation.modified, stored)) {
      skipped.push(isLater(stored, annotation.modified) ? 'stored-newer' : 'unchanged');
      continue;
    }
    toWrite.push(annotation);
    if (stored === undefined) added++;
    else updated++;
  }
  const articles = backup.articles.filter((a) => !storedArticleIds.has(a.id));
  const kept = backup.articles.length - articles.length;
  const notices = [
    `The backup holds ${plural(backup.articles.length, 'article', 'articles')}: ${articles.length} new to this library${kept > 0 ? `, ${kept} already here (kept as ${kept === 1 ? 'it is' : 'they are'})` : ''}.`,
    ...backup.notices,
  ];
  const details = backup.details.filter((d) => !describedArticleIds.has(d.article));
  if (backup.details.length > 0) {
    const keptDetails = backup.details.length - details.length;
    notices.splice(1, 0, `It holds the edited details of ${plural(backup.details.length, 'article', 'articles')}${keptDetails > 0 ? `; ${keptDetails} already edited here ${keptDetails === 1 ? 'keeps its own' : 'keep their own'}` : ''}.`);
  }
  const skips = (Object.keys(SKIP_TEXT) as SkipReason[]).flatMap((reason) => {
    const count = skipped.filter((r) => r === reason).length;
    return count > 0 ? [{ reason, text: SKIP_TEXT[reason], count }] : [];
  });
  return { plan: { format: 'backup', toWrite, added, updated, otherArticles: [], skipped: skips, notices }, articles, details };
}

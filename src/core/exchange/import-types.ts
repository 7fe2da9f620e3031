import type { Annotation } from '../model/annotation';

/** Which kind of file was read. */
export type ImportFormat = 'marginalia' | 'w3c' | 'hypothesis' | 'backup';

/** Human names of the formats, for the preview. */
export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  marginalia: 'Marginalia W3C JSON-LD export',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
  backup: 'Marginalia library backup',
};

/** One annotation read from a file, with what is still to be settled against the open article. */
export interface ImportItem {
  annotation: Annotation;
  /**
   * False when the file did not say which Marginalia article it belongs to (other tools): the
   * plan matches `target.source` against the open article's IRIs, and otherwise uses the IRI
   * itself as the article id.
   */
  articleKnown: boolean;
  /** False when the file had a quote but no TextPositionSelector: the plan finds the quote in the open article. */
  positionKnown: boolean;
  /** How the preview names the article it belongs to: a title, or its IRI. */
  articleLabel: string;
}

/** Why an annotation of a file is not written. */
export type SkipReason = 'reply' | 'page-note' | 'no-quote' | 'no-position' | 'no-position-elsewhere' | 'unchanged' | 'stored-newer';

/** What a file holds, validated and mapped to our model; nothing written yet. */
export interface ParsedImport {
  format: ImportFormat;
  items: ImportItem[];
  /** Annotations of the file that are well-formed but cannot become annotations here. */
  skipped: SkipReason[];
  /** Things the reader should know that are not errors (markup kept as text, tags tidied, ...). */
  notices: string[];
}

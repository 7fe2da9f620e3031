import type { Annotation } from '../../src/core/model/annotation';

/** The app without sync, for the first-page figure: cards say nothing of sync. */
export function CardSyncLines(_: { annotation: Annotation }) {
  return null;
}

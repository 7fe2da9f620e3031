import { lazyComponent } from '../common/lazy-component';

/**
 * The drift comparison of a card (see DriftReview.tsx), loaded when a drifted annotation is
 * first shown: most articles never change under their annotations, and their readers never
 * download it. Until it arrives the card shows its `Drifted` badge alone.
 */
export const DriftReview = lazyComponent(() => import('./DriftReview').then((m) => m.DriftReview));

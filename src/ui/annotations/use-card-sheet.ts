import { useCallback, useState } from 'react';

/** Phones: the width (layout.css, panel.css) below which the panel sits under the article. */
const PHONE_QUERY = '(max-width: 40rem)';

/**
 * Which annotation's card shows in the phone sheet (CardSheet), if any: a tapped passage opens
 * it on a phone-width screen; a tap beside every passage, or Close, shuts it. On a wide screen
 * the panel beside the text shows the card already, and no sheet opens.
 */
export function useCardSheet(): { sheetId: string | null; follow: (id: string | null) => void; close: () => void } {
  const [sheetId, setSheetId] = useState<string | null>(null);
  const follow = useCallback((id: string | null) => {
    const phone = typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
    setSheetId(id !== null && phone ? id : null);
  }, []);
  const close = useCallback(() => setSheetId(null), []);
  return { sheetId, follow, close };
}

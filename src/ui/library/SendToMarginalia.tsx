import { useEffect, useRef, useState } from 'react';
import { bookmarkletHref } from '../../core/library/bookmarklet';

/**
 * The `Send to Marginalia` bookmarklet, made from the address the app is served from. React
 * refuses `javascript:` in `href`, so it is set on the element itself; clicked here it would
 * only open the app again (and the app's policy forbids running it), so a click says what to do.
 */
export function SendToMarginalia() {
  const link = useRef<HTMLAnchorElement>(null);
  const [told, setTold] = useState(false);
  useEffect(() => {
    link.current?.setAttribute('href', bookmarkletHref(window.location.href));
  }, []);
  return (
    <p className="open-bookmarklet">
      <a
        ref={link}
        className="bookmarklet"
        draggable
        onClick={(event) => {
          event.preventDefault();
          setTold(true);
        }}
      >
        Send to Marginalia
      </a>{' '}
      <span aria-live="polite">
        {told
          ? 'Drag it to your bookmarks bar rather than clicking it here; then click it on any article to bring that page in.'
          : 'Drag this link to your bookmarks bar, then click it on any web page to bring that page here.'}
      </span>
    </p>
  );
}

import { Suspense, use, useEffect, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads on first use, or before it through `preload()`. */
export interface LazyComponent<P extends object> {
  (props: P): ReactNode;
  /**
   * Starts loading the code (once; later calls share the load) and resolves when it is there.
   * Never rejects: a failed load is shown where the component renders, and tried again on its
   * next use once that message has gone.
   */
  preload: () => Promise<void>;
}

/** A load as React's `use` reads it: once settled, `status` and `value` let it answer at once. */
type Load<T> = Promise<T> & ({ status?: undefined } | { status: 'fulfilled'; value: T });

const everyPreload: Array<() => Promise<void>> = [];

/**
 * A component loaded on demand, like `React.lazy`, with two differences that keep keys and focus
 * where the reader put them: once loaded it renders in the same pass as its parent (no Suspense
 * round trip, so a dialog is there, focused, the moment it is opened), and `preload()` lets the UI
 * fetch it on intent (a selection, a hover, a menu opening) before it is needed. Until it has
 * loaded, `fallback` renders in its place, given the same props.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: (props: P) => ReactNode = () => null): LazyComponent<P> {
  let loading: Load<ComponentType<P>> | null = null;

  const start = (): Load<ComponentType<P>> => {
    if (loading) return loading;
    const attempt: Load<ComponentType<P>> = load().then(
      (component) => component,
      (error: unknown) =>
        function LoadFailed() {
          // Kept while the message shows; once it is gone, the next use tries again (the network may be back).
          useEffect(
            () => () => {
              if (loading === attempt) loading = null;
            },
            [],
          );
          return <LoadFailure error={error} />;
        },
    );
    // Marked the way React marks what it has seen settle: `use` then returns it without suspending.
    void attempt.then((component) => Object.assign(attempt, { status: 'fulfilled', value: component }));
    loading = attempt;
    return attempt;
  };

  function Loaded(props: P) {
    const Component = use(start());
    // The same component every time (loaded once, then kept), not one made here: no state is reset.
    // eslint-disable-next-line react-hooks/static-components
    return <Component {...props} />;
  }

  const Lazy = (props: P) => (
    <Suspense fallback={fallback(props)}>
      <Loaded {...props} />
    </Suspense>
  );
  const preload = () => start().then(() => undefined);
  everyPreload.push(preload);
  return Object.assign(Lazy, { preload });
}

/**
 * Loads every lazy component defined so far. For tests: what they click then renders at once,
 * as it does for a reader once the code has arrived.
 */
export function preloadEveryLazyComponent(): Promise<void> {
  return Promise.all(everyPreload.map((preload) => preload())).then(() => undefined);
}

function LoadFailure({ error }: { error: unknown }) {
  return (
    <p className="load-failure" role="alert">
      This part of Marginalia could not be loaded ({error instanceof Error ? error.message : String(error)}). Check the connection, then try again or reload the
      page.
    </p>
  );
}

import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../src/ui/common/lazy-component';

/** A loader the test resolves or rejects when it chooses. */
function deferredLoader<P extends object>() {
  let settle: { resolve: (component: React.ComponentType<P>) => void; reject: (error: Error) => void } | undefined;
  const load = vi.fn(
    () =>
      new Promise<React.ComponentType<P>>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    load,
    resolve: (component: React.ComponentType<P>) => act(async () => settle?.resolve(component)),
    reject: (error: Error) => act(async () => settle?.reject(error)),
  };
}

/** Renders in an awaited act: React retries a render that suspended only inside one. */
async function renderSuspending(ui: React.ReactElement) {
  let result!: ReturnType<typeof render>;
  await act(async () => {
    result = render(ui);
  });
  return result;
}

/** A counter: keeps its count in state, so a remount would show 0 again. */
function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

describe('lazyComponent', () => {
  it('shows the fallback, given the same props, until the code has loaded, then the component', async () => {
    const loader = deferredLoader<{ label: string }>();
    const Lazy = lazyComponent(loader.load, ({ label }) => <p role="status">Opening {label}…</p>);
    await renderSuspending(<Lazy label="Count" />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening Count…');
    await loader.resolve(Counter);
    expect(await screen.findByRole('button', { name: 'Count 0' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('once preloaded, renders in the same pass as its parent, and keeps its state through new props', async () => {
    const loader = deferredLoader<{ label: string }>();
    const Lazy = lazyComponent(loader.load, () => <p>Opening…</p>);
    const preloaded = Lazy.preload();
    await loader.resolve(Counter);
    await preloaded;
    const { rerender } = render(<Lazy label="Count" />);
    // No waiting: it is there at once.
    act(() => screen.getByRole('button', { name: 'Count 0' }).click());
    rerender(<Lazy label="Total" />);
    expect(screen.getByRole('button', { name: 'Total 1' })).toBeInTheDocument();
  });

  it('loads once however often it is preloaded or shown', async () => {
    const loader = deferredLoader<{ label: string }>();
    const Lazy = lazyComponent(loader.load);
    void Lazy.preload();
    void Lazy.preload();
    await renderSuspending(
      <>
        <Lazy label="A" />
        <Lazy label="B" />
      </>,
    );
    await loader.resolve(Counter);
    expect(await screen.findByRole('button', { name: 'B 0' })).toBeInTheDocument();
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('says so when the code cannot be loaded, and tries again on its next use', async () => {
    const loader = deferredLoader<{ label: string }>();
    const Lazy = lazyComponent(loader.load);
    const { unmount } = await renderSuspending(<Lazy label="Count" />);
    await loader.reject(new Error('Failed to fetch dynamically imported module'));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded (Failed to fetch dynamically imported module)');
    unmount();

    await renderSuspending(<Lazy label="Count" />);
    expect(loader.load).toHaveBeenCalledTimes(2);
    await loader.resolve(Counter);
    expect(await screen.findByRole('button', { name: 'Count 0' })).toBeInTheDocument();
  });
});

import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useUpdateStore } from '../../src/state/update-store';
import { UpdateNotice } from '../../src/ui/shell/UpdateNotice';

describe('UpdateNotice', () => {
  it('shows nothing until a new version waits, then reloads only when the reader presses Reload to update', async () => {
    const apply = vi.fn();
    render(<UpdateNotice />);
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    act(() => useUpdateStore.getState().offer(apply));
    const button = screen.getByRole('button', { name: 'Reload to update' });
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(apply).toHaveBeenCalledTimes(1);
  });
});

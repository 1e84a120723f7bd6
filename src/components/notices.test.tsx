import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NoticeProvider, useNotify, type Notice } from './notices';

function Trigger({ notice }: { notice: Notice }) {
  const notify = useNotify();
  return (
    <button type="button" onClick={() => notify(notice)}>
      Announce
    </button>
  );
}

describe('NoticeProvider', () => {
  it('shows a notice once its code has loaded, and its action closes it and runs', async () => {
    const undo = vi.fn();
    render(
      <NoticeProvider>
        <Trigger
          notice={{ message: 'Customer deleted', action: { label: 'Undo', onClick: undo } }}
        />
      </NoticeProvider>,
    );
    expect(screen.queryByText('Customer deleted')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Announce' }));
    expect(await screen.findByText('Customer deleted')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledOnce();
    await act(async () => undefined);
    expect(screen.queryByText('Customer deleted')).toBeNull();
  });

  it('shows only the newest notice', async () => {
    const { rerender } = render(
      <NoticeProvider>
        <Trigger notice={{ message: 'First' }} />
      </NoticeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Announce' }));
    expect(await screen.findByText('First')).toBeTruthy();
    rerender(
      <NoticeProvider>
        <Trigger notice={{ message: 'Second' }} />
      </NoticeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Announce' }));
    expect(await screen.findByText('Second')).toBeTruthy();
    expect(screen.queryByText('First')).toBeNull();
  });
});

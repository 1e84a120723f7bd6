import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SavedConnection } from './connection-settings';
import { useSharedConnection } from './use-shared-connection';
import { blockStorage } from '../test/block-storage';
import { lateAnsweringTab, storeA } from '../test/saved-connections';

const storeB: SavedConnection = { ...storeA, storeUrl: 'https://b.example.com', storeName: 'B' };

/** One "tab": its own query client; jsdom's storage is shared, so each test clears it between. */
function openTab() {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useSharedConnection(), { wrapper });
}

async function settled(tab: ReturnType<typeof openTab>) {
  await waitFor(() => expect(tab.result.current.asking).toBe(false));
}

describe('the connection shared between tabs', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    performance.clearMeasures();
  });
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('a tab with its own connection does not wait for anyone', () => {
    sessionStorage.setItem('customer-desk.connection', JSON.stringify(storeA));
    const tab = openTab();
    expect(tab.result.current.asking).toBe(false);
    expect(tab.result.current.connection).toEqual(storeA);
    expect(performance.getEntriesByName('customer-desk:tab-handshake')).toHaveLength(0);
  });

  it('a new tab gets the connection of a connected tab, in memory', async () => {
    const first = openTab();
    await settled(first);
    act(() => first.result.current.connect(storeA));
    sessionStorage.clear(); // a new tab has its own, empty session storage

    performance.clearMeasures(); // the first tab asked too, and nobody answered it
    const second = openTab();
    expect(second.result.current.asking).toBe(true);
    await settled(second);
    expect(second.result.current.connection).toEqual(storeA);
    expect(localStorage.length).toBe(0); // never on the device without "remember"
    const [measure] = performance.getEntriesByName('customer-desk:tab-handshake');
    expect(measure!.duration).toBeLessThan(200); // answered, not timed out
  });

  it('with no connected tab, the new tab gives up after the handshake time', async () => {
    const alone = openTab();
    await settled(alone);
    expect(alone.result.current.connection).toBeNull();
    const [measure] = performance.getEntriesByName('customer-desk:tab-handshake');
    expect(measure!.duration).toBeGreaterThanOrEqual(200);
  });

  it('Disconnect in one tab disconnects all', async () => {
    const first = openTab();
    await settled(first);
    act(() => first.result.current.connect(storeA));
    const second = openTab();
    await waitFor(() => expect(second.result.current.connection).toEqual(storeA));

    act(() => second.result.current.disconnect());
    await waitFor(() => expect(first.result.current.connection).toBeNull());
    expect(sessionStorage.length).toBe(0);
  });

  it('a tab on store A that hears of store B stays on A and offers the switch', async () => {
    const first = openTab();
    await settled(first);
    act(() => first.result.current.connect(storeA));
    const second = openTab();
    await waitFor(() => expect(second.result.current.connection).toEqual(storeA));

    act(() => second.result.current.connect(storeB));
    await waitFor(() => expect(first.result.current.elsewhere).toEqual(storeB));
    expect(first.result.current.connection).toEqual(storeA);

    act(() => first.result.current.switchToElsewhere());
    expect(first.result.current.connection).toEqual(storeB);
    expect(first.result.current.elsewhere).toBeNull();
  });

  it('connects for the page when storage is blocked, and says the keys are not kept', async () => {
    const unblock = blockStorage();
    try {
      const tab = openTab();
      await settled(tab);
      act(() => tab.result.current.connect(storeA));
      expect(tab.result.current.connection).toEqual(storeA);
      expect(tab.result.current.kept).toBe(false);
    } finally {
      unblock();
    }
  });
});

describe('a tab that is not connected', () => {
  afterEach(() => sessionStorage.clear());

  it('is not connected behind its back by a connect in another tab', async () => {
    const waiting = openTab();
    await settled(waiting);
    const other = openTab();
    await settled(other);
    act(() => other.result.current.connect(storeA));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting.result.current.connection).toBeNull();
    expect(waiting.result.current.elsewhere).toBeNull();
  });
});

describe('an answer that comes after the handshake time', () => {
  afterEach(() => sessionStorage.clear());

  it('still connects the new tab while nobody has begun to connect in it', async () => {
    const close = lateAnsweringTab(storeA, 500);
    try {
      const tab = openTab();
      await settled(tab);
      expect(tab.result.current.connection).toBeNull(); // the connect screen shows meanwhile
      await waitFor(() => expect(tab.result.current.connection).toEqual(storeA), {
        timeout: 2000,
      });
      // The connect screen on show is told, so it goes on to the link that opened the tab.
      expect(tab.result.current.handedOverLate).toBe(true);
      act(() => tab.result.current.acknowledgeHandover());
      expect(tab.result.current.handedOverLate).toBe(false);
    } finally {
      close();
    }
  });

  it('is not taken once the person has begun to connect by hand', async () => {
    const close = lateAnsweringTab(storeA, 500);
    try {
      const tab = openTab();
      await settled(tab);
      act(() => tab.result.current.stopWaitingForOtherTabs());
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(tab.result.current.connection).toBeNull();
    } finally {
      close();
    }
  });
});

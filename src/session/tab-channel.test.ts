import { afterEach, describe, expect, it } from 'vitest';
import type { SavedConnection } from './connection-settings';
import { lateAnsweringTab, storeA as store } from '../test/saved-connections';
import { openTabChannel, type TabChannel } from './tab-channel';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the question a new tab asks', () => {
  const opened: Array<{ close(): void }> = [];
  afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

  /** A tab holding `current` (null: a new tab); a connected one answers each question at once. */
  function openTab(current: SavedConnection | null = null): TabChannel {
    const channel = openTabChannel({
      current: () => current,
      onConnected: () => undefined,
      onDisconnected: () => undefined,
    });
    if (!channel) throw new Error('no BroadcastChannel here');
    opened.push(channel);
    return channel;
  }

  /** A connected tab whose page is busy: it answers `delayMs` late. */
  const lateAnswerer = (delayMs: number) =>
    opened.push({ close: lateAnsweringTab(store, delayMs) });

  it('resolves with an answer in time', async () => {
    openTab(store);
    await expect(openTab().ask({ timeoutMs: 200 })).resolves.toEqual(store);
  });

  it('resolves null at the handshake time, then hands over a late answer once', async () => {
    lateAnswerer(150);
    const late: SavedConnection[] = [];
    const answer = await openTab().ask({
      timeoutMs: 50,
      lateMs: 1000,
      onLateAnswer: (c) => late.push(c),
    });
    expect(answer).toBeNull();
    await sleep(300);
    expect(late).toEqual([store]);
  });

  it('drops an answer that comes after the late window', async () => {
    lateAnswerer(300);
    const late: SavedConnection[] = [];
    await openTab().ask({ timeoutMs: 50, lateMs: 100, onLateAnswer: (c) => late.push(c) });
    await sleep(450);
    expect(late).toEqual([]);
  });

  it('drops a late answer once the tab closes its channel', async () => {
    lateAnswerer(150);
    const late: SavedConnection[] = [];
    const tab = openTab();
    await tab.ask({ timeoutMs: 50, lateMs: 1000, onLateAnswer: (c) => late.push(c) });
    tab.close();
    await sleep(300);
    expect(late).toEqual([]);
  });
});

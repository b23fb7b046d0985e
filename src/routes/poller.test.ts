// The polling primitive under fake timers: floor, no overlap, nothing after stop, backoff, Retry-After, visibility
// and connectivity.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '../api/errors';
import { POLL_FLOOR_MS, RECONNECT_MS, startPoller, type Poll, type PollConditions, type Poller } from './poller';

let conditions: PollConditions;
let poller: Poller | undefined;
/** When each check started, in ms since the test began. */
let starts: number[];
let began: number;

function start(poll: Partial<Poll> & Pick<Poll, 'check'>): Poller {
  const wrapped = (signal: AbortSignal) => {
    starts.push(Date.now() - began);
    return poll.check(signal);
  };
  poller = startPoller({ intervalMs: 60_000, maxBackoffMs: 10 * 60_000, whileHidden: null, ...poll, check: wrapped }, () => conditions);
  return poller;
}

const change = (patch: Partial<PollConditions>) => {
  conditions = { ...conditions, ...patch };
  poller?.update();
};

beforeEach(() => {
  vi.useFakeTimers();
  began = Date.now();
  starts = [];
  conditions = { visible: true, online: true, browserOnline: true };
});
afterEach(() => {
  poller?.stop();
  poller = undefined;
  vi.useRealTimers();
});

describe('startPoller', () => {
  it('checks at the interval a check asks for, but never sooner than the floor after the last one ended', async () => {
    // A service saying max-age=0: the checks come a floor apart, not back to back.
    start({ intervalMs: 0, check: async () => 0 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toEqual([2_000, 4_000, 6_000, 8_000, 10_000]);
    expect(POLL_FLOOR_MS).toBe(2_000);
  });

  it('takes the interval from each answer', async () => {
    const intervals = [10_000, 30_000];
    start({ intervalMs: 15_000, check: async () => intervals.shift() });
    await vi.advanceTimersByTimeAsync(15_000 + 10_000 + 30_000 + 30_000);
    expect(starts).toEqual([15_000, 25_000, 55_000, 85_000]);
  });

  it('runs one check at a time: a wake during a check starts none, and the next comes an interval after it', async () => {
    let finish: () => void = () => undefined;
    const { wake } = start({ check: () => new Promise<undefined>((resolve) => (finish = () => resolve(undefined))) });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toEqual([60_000]);
    wake();
    change({ visible: false });
    change({ visible: true });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts).toEqual([60_000]);
    finish();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toEqual([60_000, 125_000]);
  });

  it('leaves nothing once stopped: the check in flight is aborted and none follows', async () => {
    const signals: AbortSignal[] = [];
    let finish: () => void = () => undefined;
    const { wake, stop } = start({
      check: (signal) => {
        signals.push(signal);
        return new Promise<undefined>((resolve) => (finish = () => resolve(undefined)));
      },
    });
    await vi.advanceTimersByTimeAsync(60_000);
    wake();
    stop();
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
    finish();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(starts).toEqual([60_000]);
  });

  it('backs off from twice the interval after failures, up to the cap, and is back to the interval after a success', async () => {
    let fail = true;
    start({
      check: async () => {
        if (fail) throw new ContentError('http', '/x', { status: 500 });
        return undefined;
      },
    });
    await vi.advanceTimersByTimeAsync(60_000 + 120_000 + 240_000 + 480_000 + 600_000);
    expect(starts).toEqual([60_000, 180_000, 420_000, 900_000, 1_500_000]);
    fail = false;
    await vi.advanceTimersByTimeAsync(600_000 + 60_000);
    expect(starts.slice(5)).toEqual([2_100_000, 2_160_000]);
  });

  it('holds to a Retry-After even when woken, and a wake otherwise checks at once (after the floor)', async () => {
    const answers: Array<() => undefined> = [
      () => {
        throw new ContentError('http', '/x', { status: 429, retryAfter: 120 });
      },
      () => undefined,
      () => undefined,
    ];
    const { wake } = start({ intervalMs: 15_000, whileHidden: (interval) => interval * 4, check: async () => answers.shift()?.() });
    await vi.advanceTimersByTimeAsync(15_000);
    wake();
    await vi.advanceTimersByTimeAsync(119_000);
    expect(starts).toEqual([15_000]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts).toEqual([15_000, 135_000]);
    await vi.advanceTimersByTimeAsync(1_000);
    wake();
    await vi.advanceTimersByTimeAsync(999);
    expect(starts).toEqual([15_000, 135_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts).toEqual([15_000, 135_000, 137_000]);
  });

  it('pauses while hidden (or slows down, if told how), and checks at once when shown again', async () => {
    start({ check: async () => undefined });
    change({ visible: false });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(starts).toEqual([]);
    change({ visible: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([600_000]);
    poller?.stop();

    starts = [];
    began = Date.now();
    start({ intervalMs: 15_000, whileHidden: (interval) => Math.max(interval * 4, 60_000), check: async () => undefined });
    change({ visible: false });
    await vi.advanceTimersByTimeAsync(130_000);
    expect(starts).toEqual([60_000, 120_000]);
  });

  it('while offline or unreliable with the browser online, checks after 2, 4, 8 s … up to the interval; back online, at once', async () => {
    expect(RECONNECT_MS).toBe(2_000);
    start({ check: async () => undefined });
    change({ online: false });
    await vi.advanceTimersByTimeAsync(2_000 + 4_000 + 8_000 + 16_000 + 32_000 + 60_000 + 60_000);
    expect(starts).toEqual([2_000, 6_000, 14_000, 30_000, 62_000, 122_000, 182_000]);
    await vi.advanceTimersByTimeAsync(30_000);
    change({ online: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.at(-1)).toBe(212_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts.at(-1)).toBe(272_000);
  });

  it('sends nothing while the browser too says offline, and checks at once when connectivity is back', async () => {
    start({ check: async () => undefined });
    change({ online: false, browserOnline: false });
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(starts).toEqual([]);
    change({ browserOnline: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([1_800_000]);
  });
});

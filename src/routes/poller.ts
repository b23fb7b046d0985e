// The one polling primitive (story updates, live coverage): one check at a time on a timer, a floor under every wait,
// failures backed off, paused or slowed by visibility and observed connectivity, and nothing left once stopped.
import { isContentError } from '../api/errors';
import { backoffDelay } from '../api/backoff';

/** No check starts sooner than this after the previous one ended, whatever the service's `max-age` says. */
export const POLL_FLOOR_MS = 2_000;
/**
 * While the browser says online but Lede is in its "offline or unreliable" mode (src/pwa/store.ts), the next check
 * comes soon, backing off from this: a connection that has just come back is often not usable for a moment, and the
 * reader should not be told "offline" for a whole interval.
 */
export const RECONNECT_MS = 2_000;

/** What a poller may do now. */
export interface PollConditions {
  visible: boolean;
  /** Observed connectivity (src/pwa/store.ts): false in "offline or unreliable" mode. */
  online: boolean;
  /** The browser's own word: while it says offline no check could reach anything, so none is sent. */
  browserOnline: boolean;
}

export interface Poll {
  /** One check. Resolves to the interval (ms) asked for from then on, or undefined to keep it; rejects on failure. */
  check(signal: AbortSignal): Promise<number | undefined>;
  /** The interval between checks until a check asks for another. */
  intervalMs: number;
  /** Failures in a row back off from twice the interval, doubling up to this. */
  maxBackoffMs: number;
  /** The interval while the page is hidden, or null: no checks until it is shown. */
  whileHidden: ((intervalMs: number) => number) | null;
  /** The wait before the first check (default: the interval); the floor holds for it too. */
  firstMs?: number;
}

export interface Poller {
  /** Visibility or connectivity changed: check at once if it got better, else re-time the next check. */
  update(): void;
  /** Check at once, or as soon as the floor and a `Retry-After` allow; never beside a check in flight. */
  wake(): void;
  /** For good: the timer is cleared and a check in flight aborted. */
  stop(): void;
}

const same = (a: PollConditions, b: PollConditions) => a.visible === b.visible && a.online === b.online && a.browserOnline === b.browserOnline;

export function startPoller(poll: Poll, conditions: () => PollConditions): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  let stopped = false;
  let interval = Math.max(0, poll.intervalMs);
  let failures = 0;
  let lastError: unknown = null;
  let reconnects = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  /** The service's `Retry-After`: no check before this, whatever wakes the poller. */
  let notBefore = 0;
  let seen = conditions();

  const paused = (now: PollConditions) => (!now.visible && poll.whileHidden === null) || (!now.online && !now.browserOnline);

  /** The wait before the next check, from now: the interval, backed off after failures, sooner while reconnecting. */
  const nextWait = (): number => {
    const now = conditions();
    const base = now.visible || poll.whileHidden === null ? interval : poll.whileHidden(interval);
    const wait = failures === 0 ? base : backoffDelay(failures, lastError, { baseMs: 2 * base, maxMs: poll.maxBackoffMs });
    if (now.online) {
      reconnects = 0;
      return wait;
    }
    return Math.min(RECONNECT_MS * 2 ** reconnects++, wait);
  };

  const schedule = (wait: number) => {
    clearTimeout(timer);
    timer = undefined;
    // A check in flight schedules the next one itself when it ends.
    if (stopped || inFlight || paused(conditions())) return;
    const now = Date.now();
    const at = Math.max(now + wait, lastEnd + POLL_FLOOR_MS, notBefore);
    timer = setTimeout(() => void run(), at - now);
  };

  const run = async () => {
    timer = undefined;
    if (stopped || inFlight || paused(conditions())) return;
    const controller = new AbortController();
    inFlight = controller;
    try {
      const asked = await poll.check(controller.signal);
      if (asked !== undefined) interval = Math.max(0, asked);
      failures = 0;
    } catch (error) {
      failures += 1;
      lastError = error;
      const retryAfter = isContentError(error) ? error.retryAfter : undefined;
      if (retryAfter !== undefined) notBefore = Date.now() + retryAfter * 1000;
    }
    inFlight = null;
    lastEnd = Date.now();
    schedule(nextWait());
  };

  const wake = () => {
    seen = conditions();
    reconnects = 0;
    schedule(0);
  };

  schedule(Math.max(POLL_FLOOR_MS, poll.firstMs ?? nextWait()));

  return {
    update() {
      const now = conditions();
      if (same(now, seen)) return;
      const better = (now.visible && !seen.visible) || (now.online && !seen.online) || (now.browserOnline && !seen.browserOnline);
      seen = now;
      if (better) wake();
      // A check in flight re-times the next itself when it ends.
      else if (!inFlight) schedule(nextWait());
    },
    wake,
    stop() {
      stopped = true;
      clearTimeout(timer);
      inFlight?.abort();
    },
  };
}

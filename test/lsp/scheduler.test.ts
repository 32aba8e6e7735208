// The validation pacing with a fake clock: idle → at once, a burst → coalesced, the wait bounded,
// every run on the newest version.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler, ValidationScheduler } from '../../server/src/lsp/scheduler';

/** A document whose versions the runs read; each run takes `cost` ms of the fake clock. */
function setup(cost: number, maxWaitMs?: number) {
  const doc = { version: 1 };
  const runs: { version: number; at: number }[] = [];
  const scheduler = new ValidationScheduler(
    () => {
      runs.push({ version: doc.version, at: Date.now() });
      // Validation is synchronous: the clock moves while it runs, and no timer fires meanwhile.
      vi.setSystemTime(Date.now() + cost);
    },
    (error) => {
      throw error;
    },
    { maxWaitMs, now: () => Date.now() },
  );
  const edit = () => {
    doc.version++;
    scheduler.changed('a');
  };
  return { doc, runs, scheduler, edit, socket: socket(edit) };
}

/**
 * The server's message reader as vscode-jsonrpc runs it: messages read from the socket are handled
 * one per turn of the event loop, the next turn asked for after each handler. `arrive(n)` reads n
 * messages in the next turn (as after a validation that blocked the loop while they came).
 */
function socket(handle: () => void) {
  let queued = 0;
  let turn = false;
  const trigger = () => {
    if (turn || queued === 0) return;
    turn = true;
    setImmediate(() => {
      turn = false;
      queued--;
      handle();
      trigger();
    });
  };
  return {
    arrive(n: number) {
      setTimeout(() => {
        queued += n;
        trigger();
      }, 0);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('validation pacing', () => {
  it('validates at once (the next turn of the event loop) when idle', () => {
    const { runs, edit } = setup(5);
    edit();
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(runs).toEqual([{ version: 2, at: 1_000_000 }]);
    // Later, with the server idle again: at once again.
    vi.advanceTimersByTime(1000);
    edit();
    vi.advanceTimersByTime(0);
    expect(runs.map((r) => r.version)).toEqual([2, 3]);
    expect(runs[1]!.at).toBe(1_001_005);
  });

  it('a burst read at once: the first change is validated at once, the rest wait one validation and are coalesced', () => {
    const { runs, socket } = setup(50);
    socket.arrive(10);
    vi.advanceTimersByTime(1000);
    expect(runs.map((r) => r.version)).toEqual([2, 11]);
    // 50 ms validating, then 50 ms waiting (fake timers count a turn of the loop as 1 ms).
    expect(runs[1]!.at - runs[0]!.at).toBeGreaterThanOrEqual(100);
    expect(runs[1]!.at - runs[0]!.at).toBeLessThanOrEqual(103);
  });

  it('keystrokes faster than validation: coalesced, at most about two thirds of the time validating, ending on the newest', () => {
    const { runs, doc, socket } = setup(20);
    // 2 ms apart; those that come while a validation blocks the loop are read after it, together.
    let sent = 0;
    for (let t = 0; t < 1000; t++) {
      vi.advanceTimersByTime(1);
      const due = Math.floor((Date.now() - 1_000_000) / 2);
      if (due > sent) socket.arrive(due - sent);
      sent = Math.max(sent, due);
    }
    vi.advanceTimersByTime(1000);
    expect(doc.version).toBeGreaterThan(500);
    expect(runs.at(-1)!.version).toBe(doc.version);
    expect(runs.length).toBeLessThan(doc.version / 5);
    // Validation time over the time the keystrokes took.
    expect((runs.length * 20) / (sent * 2)).toBeLessThan(0.7);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.version).toBeGreaterThan(runs[i - 1]!.version);
  });

  it('edits slower than validation are each validated at once', () => {
    const { runs, edit } = setup(5);
    for (let i = 0; i < 10; i++) {
      edit();
      vi.advanceTimersByTime(67);
    }
    expect(runs.map((r) => r.version)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a slow validation makes a change wait at most maxWaitMs', () => {
    const { runs, edit } = setup(1000, 100);
    edit();
    vi.advanceTimersByTime(0);
    edit();
    vi.advanceTimersByTime(99);
    expect(runs.length).toBe(1);
    vi.advanceTimersByTime(1);
    expect(runs.map((r) => r.version)).toEqual([2, 3]);
    expect(runs[1]!.at - runs[0]!.at).toBe(1100);
  });

  it('never validates an older version after a newer one, and ends on the newest', () => {
    const { runs, edit, doc, scheduler } = setup(7);
    for (let i = 0; i < 500; i++) {
      edit();
      // Irregular arrival, and a feature flushing now and then.
      vi.advanceTimersByTime(i % 7 === 0 ? 0 : i % 5);
      if (i % 50 === 0) scheduler.flush('a');
    }
    vi.advanceTimersByTime(1000);
    const versions = runs.map((r) => r.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(doc.version);
    expect(scheduler.pending('a')).toBe(false);
  });

  it('flush runs what is queued now, and nothing when nothing is', () => {
    const { runs, edit, scheduler } = setup(5);
    scheduler.flush('a');
    expect(runs).toEqual([]);
    edit();
    expect(scheduler.pending('a')).toBe(true);
    scheduler.flush('a');
    expect(runs.map((r) => r.version)).toEqual([2]);
    vi.advanceTimersByTime(1000);
    expect(runs.length).toBe(1);
  });

  it('cancel drops what is queued and forgets the pace; errors are reported, not thrown', () => {
    const { runs, edit, scheduler } = setup(50);
    edit();
    vi.advanceTimersByTime(0);
    edit();
    scheduler.cancel('a');
    vi.advanceTimersByTime(1000);
    expect(runs.length).toBe(1);
    // Reopened: idle again, at once.
    edit();
    vi.advanceTimersByTime(0);
    expect(runs.length).toBe(2);

    const errors: unknown[] = [];
    const failing = new ValidationScheduler(
      () => {
        throw new Error('boom');
      },
      (error) => errors.push(error),
    );
    failing.changed('b');
    vi.advanceTimersByTime(0);
    expect(String(errors[0])).toContain('boom');
    failing.dispose();
  });
});

describe('debounce', () => {
  it('the last call within the delay wins, and calls that keep coming wait at most maxDelay', () => {
    const runs: number[] = [];
    const start = Date.now();
    const notifier = new Scheduler(
      250,
      () => runs.push(Date.now() - start),
      (error) => {
        throw error;
      },
      2000,
    );
    notifier.schedule('index');
    vi.advanceTimersByTime(200);
    notifier.schedule('index');
    vi.advanceTimersByTime(249);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([450]);
    // A call every 100 ms (someone typing): one run after 2 s, not never.
    for (let t = 0; t < 3000; t += 100) {
      notifier.schedule('index');
      vi.advanceTimersByTime(100);
    }
    // From the first call at 450 ms: one at 2,450 ms; then the last call (3,350 ms) waits its 250 ms.
    vi.advanceTimersByTime(1000);
    expect(runs.slice(1)).toEqual([2450, 3600]);
    notifier.dispose();
  });
});

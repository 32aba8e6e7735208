// When to validate a changed document, and a plain debounce for notifications. Errors are reported,
// never thrown.
import { performance } from 'node:perf_hooks';

export interface PacingOptions {
  /** Longest a change waits for its validation to start once the server is free, ms. */
  maxWaitMs?: number;
  /** The clock, ms (tests fake it). */
  now?: () => number;
}

interface Pace {
  /** The validation asked for: an immediate (idle) or a timer (edits arrive faster than validation). */
  queued?: { cancel: () => void };
  /** A validation ended in this turn of the event loop: a change handled now was read before it ran. */
  justRan: boolean;
  /** How long the last validation took, ms. */
  cost: number;
}

/**
 * Per-document validation pacing. A change to an idle document is validated on the next turn of
 * the event loop. The language server reads one queued message per turn (vscode-jsonrpc), so a
 * change handled in the same turn as a validation that just ended was already waiting while it
 * ran: edits arrive faster than validation, and that change waits as long as the validation took
 * (at most `maxWaitMs`) while the next ones join it. The server then spends at most about half its
 * time validating a burst, and diagnostics stay within about two validations of the newest edit.
 * A run always validates the newest version.
 */
export class ValidationScheduler {
  readonly maxWaitMs: number;
  private readonly paces = new Map<string, Pace>();
  private readonly now: () => number;

  constructor(
    private readonly run: (key: string) => void,
    private readonly onError: (error: unknown) => void,
    options: PacingOptions = {},
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 100;
    this.now = options.now ?? (() => performance.now());
  }

  /** A new version of the document: validates it at once when idle, else coalesces. */
  changed(key: string): void {
    let pace = this.paces.get(key);
    if (!pace) this.paces.set(key, (pace = { justRan: false, cost: 0 }));
    // Already queued: that run reads the newest version.
    if (pace.queued) return;
    const go = () => this.validate(key, pace);
    if (!pace.justRan) {
      const immediate = setImmediate(go);
      pace.queued = { cancel: () => clearImmediate(immediate) };
    } else {
      const timer = setTimeout(go, Math.min(pace.cost, this.maxWaitMs));
      pace.queued = { cancel: () => clearTimeout(timer) };
    }
  }

  /** True while a validation of the document is queued. */
  pending(key: string): boolean {
    return this.paces.get(key)?.queued !== undefined;
  }

  /** Runs now what was queued for a document (features need the current version). */
  flush(key: string): void {
    const pace = this.paces.get(key);
    if (!pace?.queued) return;
    pace.queued.cancel();
    this.validate(key, pace);
  }

  /** The document is gone: nothing queued runs, and its next open starts idle. */
  cancel(key: string): void {
    this.paces.get(key)?.queued?.cancel();
    this.paces.delete(key);
  }

  dispose(): void {
    for (const key of [...this.paces.keys()]) this.cancel(key);
  }

  private validate(key: string, pace: Pace): void {
    pace.queued = undefined;
    const start = this.now();
    try {
      this.run(key);
    } catch (error) {
      this.onError(error);
    }
    pace.cost = this.now() - start;
    pace.justRan = true;
    // Runs after the messages already queued behind this validation.
    setImmediate(() => (pace.justRan = false));
  }
}

/** Per-key debounce: the last call within the delay wins, and no key waits longer than `maxDelay` since its first call. */
export class Scheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly since = new Map<string, number>();

  constructor(
    public delay: number,
    private readonly run: (key: string) => void,
    private readonly onError: (error: unknown) => void,
    private readonly maxDelay = Infinity,
  ) {}

  schedule(key: string, delay = this.delay): void {
    const first = this.since.get(key) ?? Date.now();
    this.cancel(key);
    this.since.set(key, first);
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        this.since.delete(key);
        try {
          this.run(key);
        } catch (error) {
          this.onError(error);
        }
      },
      Math.max(0, Math.min(delay, first + this.maxDelay - Date.now())),
    );
    this.timers.set(key, timer);
  }

  /** Runs now what was waiting for a key. */
  flush(key: string): void {
    if (!this.timers.has(key)) return;
    this.cancel(key);
    try {
      this.run(key);
    } catch (error) {
      this.onError(error);
    }
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
    this.since.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.since.clear();
  }
}

// Per-key debounce: the last call within the delay wins; errors are reported, never thrown.
export class Scheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    public delay: number,
    private readonly run: (key: string) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(key: string, delay = this.delay): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      try {
        this.run(key);
      } catch (error) {
        this.onError(error);
      }
    }, delay);
    this.timers.set(key, timer);
  }

  /** Runs now what was waiting for a key (features need the current version). */
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
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

// Gathers items that arrive in bursts (mutation records) and hands them over
// in batches: after a quiet spell (debounce), or at the latest `maxWaitMs`
// after the first item, and never more often than the budget allows. A page
// that mutates without end gets batches further and further apart instead of
// a content script that never stops working.

export interface BatchOptions {
  /** Quiet time before a batch goes. */
  debounceMs: number;
  /** Longest an item waits while items keep arriving. */
  maxWaitMs: number;
  /** Smallest gap between the end of one batch and the start of the next. */
  minGapMs: number;
  /** The gap doubles while batches come back to back, up to this. */
  maxGapMs: number;
}

export const DEFAULT_BATCH: BatchOptions = { debounceMs: 250, maxWaitMs: 1000, minGapMs: 250, maxGapMs: 8000 };

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Batcher<T> {
  private pending: T[] = [];
  private firstAt = 0;
  private lastAt = 0;
  private timer: unknown = null;
  private running = false;
  private gap: number;
  /** When the last batch ended; -Infinity before the first. */
  private lastEnd = -Infinity;
  private stopped = false;

  constructor(
    private readonly flush: (items: T[]) => Promise<void> | void,
    private readonly options: BatchOptions = DEFAULT_BATCH,
    private readonly clock: Clock = realClock,
  ) {
    this.gap = options.minGapMs;
  }

  push(...items: T[]): void {
    if (this.stopped) return;
    const now = this.clock.now();
    if (this.pending.length === 0) this.firstAt = now;
    this.lastAt = now;
    this.pending.push(...items);
    this.schedule();
  }

  /** Items are waiting for their batch, or a batch is being handled. */
  get busy(): boolean {
    return this.pending.length > 0 || this.running;
  }

  /** Drops what is pending and accepts nothing more. */
  stop(): void {
    this.stopped = true;
    this.pending = [];
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** When the pending items' batch may go. It only moves later while they wait (each push moves `lastAt` on). */
  private due(): number {
    return Math.max(
      Math.min(this.lastAt + this.options.debounceMs, this.firstAt + this.options.maxWaitMs),
      this.lastEnd + this.gap,
    );
  }

  // One timer at a time: a page that mutates all the time pushes thousands of
  // times, and re-arming a timer on every push cost more than the rest of the
  // watch (3.5 ms on tribunnews). The timer looks at the due time when it
  // fires and waits out the rest if the time moved on meanwhile.
  private schedule(): void {
    if (this.running || this.pending.length === 0 || this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, this.due() - this.clock.now()));
  }

  private fire(): void {
    this.timer = null;
    if (this.stopped) return;
    if (this.due() > this.clock.now()) this.schedule();
    else void this.run();
  }

  private async run(): Promise<void> {
    const start = this.clock.now();
    // Items still arriving when the batch goes (no quiet spell before it): the
    // page keeps mutating, so widen the gap; after a quiet spell, narrow it again.
    const busy = start - this.lastAt < this.options.debounceMs;
    this.gap = busy ? Math.min(this.gap * 2, this.options.maxGapMs) : this.options.minGapMs;
    const items = this.pending;
    this.pending = [];
    this.running = true;
    try {
      await this.flush(items);
    } finally {
      this.running = false;
      this.lastEnd = this.clock.now();
      if (!this.stopped) this.schedule();
    }
  }
}

// Cooperative scheduling for the content script: long work is cut into slices
// that stay well under the 50 ms long-task threshold, so the page stays responsive.

/** Milliseconds of work a slice may take before it yields to the page. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page's own tasks (input, rendering) run before we continue. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one slice of work: `due()` turns true once the slice is spent. */
export interface Slice {
  due(): boolean;
  /** Yields to the page and starts a new slice. */
  next(): Promise<void>;
}

export function createSlice(budgetMs = SLICE_MS, now: () => number = () => performance.now()): Slice {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    async next() {
      await yieldToMain();
      started = now();
    },
  };
}

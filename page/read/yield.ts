// Cooperative scheduling for the content script: long work is cut into slices
// that stay well under the 50 ms long-task threshold, so the page stays responsive.

/** Milliseconds of work a slice may take before it yields to the page. */
const SLICE_MS = 8;

interface Scheduler {
  postTask?: (callback: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Lets the page's own tasks (input, timers, rendering) run before we continue.
 * A real task at background priority, not scheduler.yield(): a yielded
 * continuation runs ahead of the page's timers, so hundreds of slices in a
 * row (collecting a page of 200,000 text nodes) starved the page's own 50 ms
 * timer for half a second though no slice was long.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one slice of work: `due()` turns true once the slice is spent. */
export interface Slice {
  due(): boolean;
  /** Yields to the page and starts a new slice. */
  next(): Promise<void>;
  /** Yields when the slice is spent; else goes on (awaiting undefined costs a microtask, not a task). */
  pause(): Promise<void> | undefined;
}

export function createSlice(budgetMs = SLICE_MS, now: () => number = () => performance.now()): Slice {
  let started = now();
  const slice: Slice = {
    due: () => now() - started >= budgetMs,
    async next() {
      await yieldToMain();
      started = now();
    },
    pause: () => (slice.due() ? slice.next() : undefined),
  };
  return slice;
}

import { describe, expect, it } from 'vitest';
import { Batcher, type BatchOptions, type Clock } from './batcher';

/** A clock that moves only when told, running due timers in order. */
function fakeClock() {
  let now = 0;
  /** How many timers were ever set. */
  const armed = { count: 0 };
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      armed.count += 1;
      timers.push({ at: now + ms, fn, id: ++next });
      return next;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > end) break;
      timers.shift();
      now = due.at;
      due.fn();
      await Promise.resolve();
    }
    now = end;
  };
  return { clock, advance, armed };
}

const OPTIONS: BatchOptions = { debounceMs: 250, maxWaitMs: 1000, minGapMs: 250, maxGapMs: 8000 };

function setUp() {
  const { clock, advance, armed } = fakeClock();
  const flushed: { at: number; items: number[] }[] = [];
  const batcher = new Batcher<number>((items) => void flushed.push({ at: clock.now(), items }), OPTIONS, clock);
  return { batcher, advance, flushed, armed };
}

describe('Batcher', () => {
  it.each([
    ['one item goes after the debounce', [0], [{ at: 250, items: [1] }]],
    ['a burst goes as one batch', [0, 100, 200], [{ at: 450, items: [1, 2, 3] }]],
  ])('%s', async (_name, times, expected) => {
    const { batcher, advance, flushed } = setUp();
    let t = 0;
    for (const [i, at] of times.entries()) {
      await advance(at - t);
      t = at;
      batcher.push(i + 1);
    }
    await advance(2000);
    expect(flushed).toEqual(expected);
  });

  it('a steady stream still flushes by the maximum wait', async () => {
    const { batcher, advance, flushed } = setUp();
    for (let t = 0; t < 1100; t += 100) {
      batcher.push(t);
      await advance(100);
    }
    expect(flushed[0]?.at).toBe(1000);
  });

  it('a page that never stops mutating gets batches further and further apart', async () => {
    const { batcher, advance, flushed } = setUp();
    for (let t = 0; t < 60_000; t += 50) {
      batcher.push(t);
      await advance(50);
    }
    const gaps = flushed.slice(1).map((f, i) => f.at - (flushed[i] as { at: number }).at);
    expect(flushed.length).toBeLessThan(20);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(OPTIONS.maxGapMs);
    expect(gaps.every((g, i) => i === 0 || g >= (gaps[i - 1] as number))).toBe(true);
  });

  it('sets a timer a batch, not one a push, and still goes after the quiet spell', async () => {
    const { batcher, advance, flushed, armed } = setUp();
    // 500 items 1 ms apart, then quiet: one batch, 250 ms after the last item.
    for (let i = 0; i < 500; i++) {
      batcher.push(i);
      await advance(1);
    }
    await advance(2000);
    expect(flushed.map((f) => [f.at, f.items.length])).toEqual([[499 + 250, 500]]);
    // Not 500 timers: the first, then one each time a timer fired early and waited out the rest (about one a debounce).
    expect(armed.count).toBeLessThan(5);
  });

  it('takes nothing after stop()', async () => {
    const { batcher, advance, flushed } = setUp();
    batcher.push(1);
    batcher.stop();
    batcher.push(2);
    await advance(5000);
    expect(flushed).toEqual([]);
  });
});

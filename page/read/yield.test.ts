import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlice, yieldToMain } from './yield';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('posts a background task where the Scheduler API has postTask', async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve(callback()));
    vi.stubGlobal('scheduler', { postTask, yield: vi.fn() });
    await yieldToMain();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' });
  });

  it.each([
    ['no scheduler', undefined],
    ['a scheduler with yield() only', { yield: () => Promise.resolve() }],
  ])('falls back to a timer with %s', async (_name, scheduler) => {
    vi.stubGlobal('scheduler', scheduler);
    vi.useFakeTimers();
    let done = false;
    const yielded = yieldToMain().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.runAllTimersAsync();
    await yielded;
    expect(done).toBe(true);
  });
});

describe('createSlice', () => {
  it('is due once its budget is spent, and fresh after next()', async () => {
    let now = 0;
    vi.stubGlobal('scheduler', undefined);
    const slice = createSlice(8, () => now);
    now = 7;
    expect(slice.due()).toBe(false);
    now = 8;
    expect(slice.due()).toBe(true);
    vi.useFakeTimers();
    const next = slice.next();
    await vi.runAllTimersAsync();
    await next;
    expect(slice.due()).toBe(false);
  });

  it('pause() goes on at once while the slice lasts, and yields (a fresh slice) once it is spent', async () => {
    let now = 0;
    vi.stubGlobal('scheduler', undefined);
    vi.useFakeTimers();
    const slice = createSlice(8, () => now);
    now = 7;
    expect(slice.pause()).toBeUndefined();
    now = 9;
    const paused = slice.pause();
    expect(paused).toBeInstanceOf(Promise);
    await vi.runAllTimersAsync();
    await paused;
    expect(slice.pause()).toBeUndefined();
  });
});

// A small runtime-check vocabulary whose checks carry their own types, so a
// message is described once and its TypeScript type is read off the check
// (Infer). Hand-rolled rather than a schema library: it is all the content
// script needs, and it adds well under 1 KB gzip to a script injected into
// every page. A check returns the value it accepts, rebuilt from known fields
// only, or undefined when the input is not acceptable. Pure TypeScript.
// The factories are marked `@__NO_SIDE_EFFECTS__` (they only make closures),
// so a bundle keeps the checks it uses and drops the rest.

export type Check<T> = (x: unknown) => T | undefined;

export type Infer<C> = C extends Check<infer T> ? T : never;

type Fields = Record<string, unknown>;

export const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A string of at most `max` UTF-16 units (`min` at least). */
export const text = /* @__NO_SIDE_EFFECTS__ */
  (max: number, min = 0): Check<string> =>
  (x) =>
    typeof x === 'string' && x.length <= max && x.length >= min ? x : undefined;

/** A safe non-negative integer: counts, tab ids, offsets. */
export const count: Check<number> = (x) => (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : undefined);

export const finite: Check<number> = (x) => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

export const flag: Check<boolean> = (x) => (typeof x === 'boolean' ? x : undefined);

/** One of the given strings (or a boolean, for flags that are only ever set one way). */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */
  <const T extends string | boolean>(...values: readonly T[]): Check<T> =>
  (x) =>
    values.includes(x as T) ? (x as T) : undefined;

export const nullable = /* @__NO_SIDE_EFFECTS__ */
  <T>(check: Check<T>): Check<T | null> =>
  (x) =>
    x === null ? null : check(x);

/** Tolerant: whatever fails the check reads as null. */
export const orNull = /* @__NO_SIDE_EFFECTS__ */
  <T>(check: Check<T>): Check<T | null> =>
  (x) => {
    const value = check(x);
    return value === undefined ? null : value;
  };

/** A list: the first `max` items read, those failing the check dropped (one bad item never costs the rest). */
export const listOf = /* @__NO_SIDE_EFFECTS__ */
  <T>(item: Check<T>, max = Infinity): Check<T[]> =>
  (x) => {
    if (!Array.isArray(x)) return undefined;
    const out: T[] = [];
    // By index, not over a copy cut to `max`: a reply of 7,000 spans was copied before it was read.
    const end = Math.min(x.length, max);
    for (let i = 0; i < end; i++) {
      const value = item(x[i]);
      if (value !== undefined) out.push(value);
    }
    return out;
  };

/** A record over known keys: each key whose value passes is kept, anything else (a non-object too) reads as empty. */
export const someOf = /* @__NO_SIDE_EFFECTS__ */
  <K extends string, T>(keys: readonly K[], value: Check<T>): Check<Partial<Record<K, T>>> =>
  (x) => {
    const out: Partial<Record<K, T>> = {};
    if (!isObject(x)) return out;
    for (const key of keys) {
      const v = value(x[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  };

/** A check that passes only values `test` also accepts. */
export const where = /* @__NO_SIDE_EFFECTS__ */
  <T>(check: Check<T>, test: (value: T) => boolean): Check<T> =>
  (x) => {
    const value = check(x);
    return value !== undefined && test(value) ? value : undefined;
  };

/** A check whose accepted value is reshaped by `fn`. */
export const map = /* @__NO_SIDE_EFFECTS__ */
  <T, U>(check: Check<T>, fn: (value: T) => U): Check<U> =>
  (x) => {
    const value = check(x);
    return value === undefined ? undefined : fn(value);
  };

// ---- Objects ----

const OPTIONAL = Symbol('optional');

/**
 * An optional field. `strict`: present but wrong fails the whole object;
 * otherwise (the default) a wrong value is dropped as if absent.
 */
export interface Optional<T> {
  [OPTIONAL]: { check: Check<T>; strict: boolean };
}

export const optional = /* @__NO_SIDE_EFFECTS__ */ <T>(check: Check<T>, strict = false): Optional<T> => ({ [OPTIONAL]: { check, strict } });

type Shape = Record<string, Check<unknown> | Optional<unknown>>;

type RequiredKeys<S> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: S[K] extends Check<infer T> ? T : never } & {
    [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
  }
>;

/** An object with these fields, rebuilt from them alone: unknown fields never travel further. */
export const object = /* @__NO_SIDE_EFFECTS__ */ <S extends Shape>(shape: S): Check<ObjectOf<S>> => {
  // Listed once per shape, not once per object checked, in plain arrays read by index (no entry
  // pair or optional's record unpacked per field): a reply of 7,000 spans is checked in the page.
  // Listed at the first check, not when the shape is made: the content script makes every
  // message's shape as it starts, on every page, and checks none on most of them.
  const keys: string[] = [];
  const checks: Check<unknown>[] = [];
  /** Per field: 0 required, 1 optional, 2 optional and strict. */
  const kinds: number[] = [];
  const list = () => {
    for (const [key, field] of Object.entries(shape)) {
      keys.push(key);
      if (typeof field === 'function') {
        checks.push(field);
        kinds.push(0);
      } else {
        checks.push(field[OPTIONAL].check);
        kinds.push(field[OPTIONAL].strict ? 2 : 1);
      }
    }
  };
  let listed = false;
  return (x) => {
    if (!isObject(x)) return undefined;
    if (!listed) {
      list();
      listed = true;
    }
    const out: Fields = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const raw = x[key];
      if (raw === undefined && kinds[i] !== 0) continue;
      const value = (checks[i] as Check<unknown>)(raw);
      if (value !== undefined) out[key] = value;
      else if (kinds[i] !== 1) return undefined;
    }
    return out as ObjectOf<S>;
  };
};

import { describe, expect, it } from 'vitest';
import { count, flag, listOf, object, optional, text } from './check';

describe('listOf', () => {
  const list = listOf(count, 3);
  it.each([
    ['not a list', { length: 1, 0: 1 }, undefined],
    ['every item passing', [1, 2], [1, 2]],
    ['a failing item dropped, the rest kept', [1, 'two', 3], [1, 3]],
    ['only the first `max` read', [1, 2, 3, 4, 5], [1, 2, 3]],
    ['a dropped item still counts against `max`', [1, -2, 3, 4], [1, 3]],
  ])('%s', (_label, input, expected) => {
    expect(list(input)).toEqual(expected);
  });
});

describe('object', () => {
  const check = object({ name: text(10), size: count, note: optional(text(5)), urgent: optional(flag, true) });
  it.each([
    ['required fields only', { name: 'a', size: 1 }, { name: 'a', size: 1 }],
    ['unknown fields left behind', { name: 'a', size: 1, extra: true }, { name: 'a', size: 1 }],
    ['a required field missing', { name: 'a' }, undefined],
    ['a required field wrong', { name: 'a', size: -1 }, undefined],
    ['an optional field kept', { name: 'a', size: 1, note: 'hi' }, { name: 'a', size: 1, note: 'hi' }],
    ['a wrong optional field dropped', { name: 'a', size: 1, note: 'too long' }, { name: 'a', size: 1 }],
    ['a wrong strict optional field fails it all', { name: 'a', size: 1, urgent: 'yes' }, undefined],
    ['a strict optional field absent', { name: 'a', size: 1, urgent: undefined }, { name: 'a', size: 1 }],
    ['a list is not an object', [1], undefined],
    ['null is not an object', null, undefined],
  ])('%s', (_label, input, expected) => {
    expect(check(input)).toEqual(expected);
  });

  it('keeps the order of the shape, whatever the order of the input', () => {
    expect(Object.keys(check({ note: 'n', size: 2, name: 'b' }) ?? {})).toEqual(['name', 'size', 'note']);
  });
});

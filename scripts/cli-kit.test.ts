import { describe, expect, it } from 'vitest';
import { oneLine, wantsColour } from './cli-kit';

describe('wantsColour', () => {
  it.each([
    ['a terminal', { isTTY: true }, {}, true],
    ['a terminal, NO_COLOR=1', { isTTY: true }, { NO_COLOR: '1' }, false],
    ['a terminal, NO_COLOR empty (unset by the spec)', { isTTY: true }, { NO_COLOR: '' }, true],
    ['a pipe', { isTTY: false }, {}, false],
    ['a stream that does not say', {}, {}, false],
  ])('%s', (_name, stream, env, expected) => {
    expect(wantsColour(stream, env)).toBe(expected);
  });
});

describe('oneLine', () => {
  const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), { code: 'ENOENT' });
  const eacces = Object.assign(new Error('permission denied'), { code: 'EACCES' });
  it.each([
    ['a system error already naming its code', enoent, "ENOENT: no such file or directory, open 'x'"],
    ['a system error that does not', eacces, 'permission denied (EACCES)'],
    ['a message of several lines', new Error('first\nsecond'), 'first'],
    ['not an Error', 'plain\ntext', 'plain'],
  ])('%s', (_name, err, expected) => {
    expect(oneLine(err)).toBe(expected);
  });
});

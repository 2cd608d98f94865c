import { describe, expect, it } from 'vitest';
import { formatSplit, sampledMs, sourceNamer, splitOurTime, type Profile } from './profile';

const OURS = 'chrome-extension://abc/';

// (root) -> walk (ours) -> getComputedStyle (browser); (root) -> pageScript (the page's own)
const profile: Profile = {
  nodes: [
    { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 4] },
    { id: 2, callFrame: { url: `${OURS}content-scripts/content.js`, functionName: 'walk', lineNumber: 0, columnNumber: 10 }, children: [3] },
    { id: 3, callFrame: { url: '', functionName: 'getComputedStyle' } },
    { id: 4, callFrame: { url: 'https://site.example/app.js', functionName: 'pageScript' } },
  ],
  samples: [3, 3, 2, 4, 2, 1],
  timeDeltas: [100, 100, 200, 1000, 300, 50],
};

describe('the profile of a load', () => {
  it('counts our samples, the browser calls we make included, and our longest stretch', () => {
    expect(sampledMs(profile, OURS)).toEqual({ total: 0.7, longestRun: 0.4 });
  });

  it('splits our time by the frame on top and by our files on the stack', () => {
    const split = splitOurTime(profile, OURS, sourceNamer(null, OURS));
    expect(split.self).toEqual([
      ['walk :0', 0.5],
      ['getComputedStyle', 0.2],
    ]);
    expect(split.inclusive).toEqual([['walk', 0.7]]);
  });

  it('names our frames by their source with a source map', () => {
    // One mapping: generated line 1 column 10 -> page/read/collect.ts line 42.
    const map = { version: '3', sources: ['../../page/read/collect.ts'], names: [], mappings: 'UAyCA', file: 'content.js' };
    const split = splitOurTime(profile, OURS, sourceNamer(map, OURS));
    expect(split.self[0]).toEqual(['page/read/collect.ts:42 walk', 0.5]);
    expect(split.inclusive).toEqual([['page/read/collect.ts', 0.7]]);
  });

  it('averages several loads', () => {
    const split = splitOurTime(profile, OURS, sourceNamer(null, OURS));
    expect(formatSplit([split, split]).split('\n')).toEqual([
      'self time, mean of 2 loads:',
      '  0.50 ms  walk :0',
      '  0.20 ms  getComputedStyle',
      'inclusive, per source file:',
      '  0.70 ms  walk',
    ]);
  });
});

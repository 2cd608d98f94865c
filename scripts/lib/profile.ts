// Reading a V8 CPU profile (CDP Profiler) for `npm run bench:browser`: which
// samples are the extension's (a frame of its script on the stack), how many
// milliseconds they add up to, and where they went. With the content script's
// source map (a build with SOROT_SOURCEMAP_OUT) the split names our own files
// and lines instead of minified names, so a change can be aimed at a stage.
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string; lineNumber?: number; columnNumber?: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Per sample, whether its stack holds a frame whose URL starts with `prefix`. */
function ourSamples(profile: Profile, prefix: string): boolean[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (node.callFrame.url.startsWith(prefix) || (up !== undefined && isOurs(up)));
    ours.set(id, result);
    return result;
  };
  return (profile.samples ?? []).map(isOurs);
}

/**
 * Milliseconds of samples whose stack holds a frame of ours (`total`), and the
 * longest stretch of consecutive such samples (`longestRun`): our code running
 * without the page or the browser getting a turn, the part of any long task
 * that is ours (style and layout our code forces included; the rendering that
 * follows a task is not script and is not counted).
 */
export function sampledMs(profile: Profile, prefix: string): { total: number; longestRun: number } {
  const ours = ourSamples(profile, prefix);
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < ours.length; i++) {
    const us = deltas[i] ?? 0;
    if (ours[i]) {
      total += us;
      run += us;
      longestRun = Math.max(longestRun, run);
    } else {
      run = 0;
    }
  }
  return { total: total / 1000, longestRun: longestRun / 1000 };
}

/** Where a frame of ours came from: `file:line` in our sources with a map, else its minified name and line. */
type Namer = (frame: ProfileNode['callFrame']) => string;

/** Names frames by the source map of the script at `prefix` (its generated positions are 0-based, as the profiler's). */
export function sourceNamer(map: RawSourceMap | null, prefix: string): Namer {
  const consumer = map ? new SourceMapConsumer(map) : null;
  return (frame) => {
    if (!frame.url.startsWith(prefix)) return `${frame.functionName || '(anonymous)'} ${frame.url.slice(0, 30)}`.trim();
    // A frame with no position (-1: the script's top level as V8 reports it now and then) maps nowhere.
    const at = (frame.lineNumber ?? -1) >= 0 ? consumer?.originalPositionFor({ line: (frame.lineNumber as number) + 1, column: frame.columnNumber ?? 0 }) : null;
    if (!at?.source) return `${frame.functionName || '(anonymous)'} :${frame.lineNumber}`;
    return `${at.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${at.line}${frame.functionName ? ` ${frame.functionName}` : ''}`;
  };
}

export interface Split {
  /** Self time of our samples, per frame named by `name` (the top of the stack: a browser call counts as itself). */
  self: [string, number][];
  /** Per source file of ours, the time of our samples with a frame of that file anywhere on the stack. */
  inclusive: [string, number][];
}

/** Where our samples went, self and inclusive, largest first. */
export function splitOurTime(profile: Profile, prefix: string, name: Namer): Split {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = ourSamples(profile, prefix);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    if (!ours[i]) continue;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const top = byId.get(samples[i] as number) as ProfileNode;
    const own = name(top.callFrame);
    self.set(own, (self.get(own) ?? 0) + ms);
    const files = new Set<string>();
    for (let id: number | undefined = top.id; id !== undefined; id = parent.get(id)) {
      const frame = (byId.get(id) as ProfileNode).callFrame;
      if (frame.url.startsWith(prefix)) files.add(name(frame).split(/[: ]/, 1)[0] as string);
    }
    for (const file of files) inclusive.set(file, (inclusive.get(file) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

/** Several loads' splits added up, as lines to print. */
export function formatSplit(splits: Split[], limit = 15): string {
  const add = (pick: (s: Split) => [string, number][]) => {
    const sum = new Map<string, number>();
    for (const s of splits) for (const [k, ms] of pick(s)) sum.set(k, (sum.get(k) ?? 0) + ms / splits.length);
    return [...sum].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([k, ms]) => `  ${ms.toFixed(2)} ms  ${k}`);
  };
  return [`self time, mean of ${splits.length} loads:`, ...add((s) => s.self), 'inclusive, per source file:', ...add((s) => s.inclusive)].join('\n');
}

// The CLI and the extension give the same verdict on the same text: the CLI
// run as a user runs it (its bundle, `--framed`), the extension's answer as
// the background builds it (its analyzer made from the packaged glossary,
// the framing lines sent as the headline). Malay war coverage is left alone
// by both, and marked by the Indonesian rules when the reader asks.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import glossaryJson from '../../assets/glossary.json';
import { splitFraming } from '../../lib/coverage/framing';
import type { Analyze } from '../../lib/create-analyzer';
import type { Glossary } from '../../lib/glossary/types';
import { unpackSpans } from '../../lib/marks/packed-spans';
import type { AnalyzeRequest } from '../../lib/messages';
import { answerAnalyze } from './analyze-reply';
import { glossarySource } from './glossary-source';

const ROOT = join(import.meta.dirname, '..', '..');
const COVERAGE = join(ROOT, 'tests', 'fixtures', 'coverage');
/** Labelled texts in English, Indonesian and Malay, framed and not. */
const FILES = ['malay', 'framing', '.'].flatMap((dir) =>
  readdirSync(join(COVERAGE, dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => join(COVERAGE, dir, name)),
);

interface CliRecord {
  file: string;
  language: { code: string };
  coverage: { war: boolean };
  entities: { type: string; start: number; end: number; id: string | null; value: number | null }[];
}

let cli: Map<string, CliRecord>;
let analyze: Analyze;

beforeAll(async () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'built-cli.mjs'), 'analyze', '--json', '--framed', ...FILES], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(0);
  cli = new Map(run.stdout.trim().split('\n').map((line) => JSON.parse(line) as CliRecord).map((r) => [r.file, r]));
  analyze = await glossarySource(async () => glossaryJson as Glossary).analyzer();
}, 120_000);

const nameOf = (file: string) => file.slice(COVERAGE.length + 1);

function extension(file: string, force = false) {
  const text = readFileSync(file, 'utf8');
  const request: AnalyzeRequest = { type: 'analyze', part: 'page', text, lang: null, url: 'https://news.example/a', force, headline: splitFraming(text).headline };
  return answerAnalyze(analyze, request).reply;
}

describe('the CLI and the extension agree', () => {
  it('covers the three languages, war and not', () => {
    const codes = new Set(FILES.map((f) => `${cli.get(f)?.language.code} ${String(cli.get(f)?.coverage.war)}`));
    expect([...codes].sort()).toEqual(['en false', 'en true', 'id false', 'id true', 'ms false']);
  });

  it.each(FILES.map((file) => [nameOf(file), file]))('%s', (_name, file) => {
    const record = cli.get(file)!;
    const reply = extension(file);
    expect(reply.language.code).toBe(record.language.code);
    expect(reply.war).toBe(record.coverage.war);
    // What the page marks is what the CLI reports, when it marks anything.
    expect(unpackSpans(reply.spans, Infinity)).toEqual(reply.war ? record.entities.map(({ type, start, end, id }) => ({ type, start, end, id })) : []);
  });
});

describe('Malay war coverage', () => {
  const malayWar = FILES.filter((f) => nameOf(f).startsWith('malay/war-'));

  it.each(malayWar.map((file) => [nameOf(file), file]))('%s is war by its evidence, left alone by default, marked when asked', (_name, file) => {
    const reply = extension(file);
    expect(reply.language.code).toBe('ms');
    expect(reply.coverage.evidence[0]).toMatch(/^language: ms/);
    expect(reply.spans.spans).toEqual([]);
    const asked = extension(file, true);
    // The language stays Malay (the popup names it); the Indonesian rules mark it.
    expect(asked.language.code).toBe('ms');
    expect(asked.spans.spans.length).toBeGreaterThan(0);
  });
});

describe("the site's own name", () => {
  it('is never marked, nor a name inside it; the rest of the page is marked as before', () => {
    const file = FILES.find((f) => nameOf(f).startsWith('war-'))!;
    const text = `LVIV HERALD — ${readFileSync(file, 'utf8')}`;
    const spans = (site?: string) => {
      const request: AnalyzeRequest = { type: 'analyze', part: 'page', text, lang: null, url: 'https://news.example/a', ...(site ? { site } : {}) };
      return unpackSpans(answerAnalyze(analyze, request).reply.spans, Infinity);
    };
    const unnamed = spans();
    const named = spans('www.lvivherald.com');
    // The lead's "LVIV" is the city to a reader who does not know the site, and marked.
    expect(unnamed[0]).toMatchObject({ start: 0, end: 4, id: 'lviv' });
    // Named as the site (og:site_name), it is not; nothing else changes.
    expect(spans('The Lviv Herald')).toEqual(unnamed.slice(1));
    // A domain is no name a text writes: "lvivherald" occurs nowhere, and everything stays.
    expect(named).toEqual(unnamed);
  });
});

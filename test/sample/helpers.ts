import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Baseline, Course, Person, Plan } from '../../src/schema/index.ts';
import { DEFAULT_SEED, generateSample, type SampleOutput } from '../../scripts/sample/generate.ts';
import { readInputs, type Inputs } from '../../scripts/sample/inputs.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA = path.join(ROOT, 'data');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');

export function inputs(): Inputs {
  const r = readInputs(DATA);
  if (!r.inputs) throw new Error(`data/ unreadable: ${JSON.stringify(r.problems)}`);
  return r.inputs;
}

export function generate(opts: { scale?: number; seed?: string } = {}): SampleOutput {
  const r = generateSample(inputs(), { scale: opts.scale ?? 1, seed: opts.seed ?? DEFAULT_SEED });
  if (!r.output) throw new Error(`generation failed: ${JSON.stringify(r.problems)}`);
  return r.output;
}

export function runCli(script: string, args: string[]) {
  const r = spawnSync(NODE, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'de-an-04-sample-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A data folder read with nothing but the YAML parser: the tests count on their own, not through the generator. */
export interface RawData {
  plan: Plan;
  baseline: Baseline;
  people: Person[];
  courses: Course[];
}

export function readRaw(dir: string): RawData {
  const load = (rel: string) => parse(readFileSync(path.join(dir, rel), 'utf8'));
  const list = (sub: string) => readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.yaml')).sort();
  return {
    plan: load('plan.yaml'),
    baseline: load('baseline.yaml'),
    people: list('people').flatMap((f) => load(`people/${f}`).people as Person[]),
    courses: list('courses').flatMap((f) => (load(`courses/${f}`).courses as Course[]).map((c) => ({ ...c, confers: c.confers ?? [] }))),
  };
}

/**
 * The SiteContext of the sample generated at ten times the city (scripts/generate-sample.ts
 * --scale 10): each district with ten times its communes, chairwomen and source cadres. Written to a
 * temporary folder and loaded as the build loads data/, so the pages are computed from what a 10×
 * build would read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, generateSample } from '../../scripts/sample/generate.ts';
import { readInputs } from '../../scripts/sample/inputs.ts';
import { writeFilesAtomically } from '../../scripts/sample/write-files.ts';
import type { SiteContext } from '../../src/page-models/context.ts';
import { contextOf } from './context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');

export function scaledContext(scale: number): SiteContext {
  const { inputs, problems } = readInputs(DATA);
  if (!inputs) throw new Error(problems.map((p) => p.message).join('\n'));
  const generated = generateSample(inputs, { scale, seed: DEFAULT_SEED });
  if (!generated.output) throw new Error(generated.problems.map((p) => p.message).join('\n'));
  const files = generated.output.files;
  if (!files.has('districts.yaml')) files.set('districts.yaml', inputs.text.districts);
  files.set('plan.yaml', inputs.text.plan);
  files.set('baseline.yaml', inputs.text.baseline);
  const dir = mkdtempSync(path.join(tmpdir(), 'de-an-04-scaled-'));
  try {
    writeFilesAtomically(dir, files);
    return contextOf(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

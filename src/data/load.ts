import { assemble } from './assemble.ts';
import type { ValidFiles } from './check-context.ts';
import { crossCheck } from './cross-checks.ts';
import type { Dataset } from './dataset.ts';
import { findDataFiles } from './files.ts';
import { MAX_TOTAL_BYTES, parseDataFile } from './parse-yaml.ts';
import { hasErrors, sortProblems, type Problem } from './problem.ts';
import type { FileKind } from '../schema/index.ts';
import { validateFile, type ValidFile } from './validate-file.ts';

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  dataset?: Dataset;
  /** Every problem found, sorted by file then line. */
  problems: Problem[];
  /** Display paths of the data files read. */
  files: string[];
}

/**
 * Reads data/ (YAML → schema → cross-file checks → Dataset) and reports every problem at once.
 * Synchronous so that Astro pages and config can call it; it reads a few dozen small files.
 */
export function loadDatasetSync(dataDir: string): LoadResult {
  const found = findDataFiles(dataDir);
  const problems = [...found.problems];
  const budget = { bytesLeft: MAX_TOTAL_BYTES };
  const valid: ValidFile[] = [];
  for (const f of found.files) {
    const parsed = parseDataFile(f, budget);
    problems.push(...parsed.problems);
    if (!parsed.parsed) continue;
    const checked = validateFile(parsed.parsed);
    problems.push(...checked.problems);
    if (checked.valid) valid.push(checked.valid);
  }
  const files = found.files.map((f) => f.file);
  if (hasErrors(problems)) return { problems: sortProblems(problems), files };

  const all = group(valid);
  problems.push(...crossCheck(all));
  sortProblems(problems);
  return hasErrors(problems) ? { problems, files } : { dataset: assemble(all), problems, files };
}

/** No error means every required file was found and is valid, so each single file is here. */
function group(valid: ValidFile[]): ValidFiles {
  const one = <K extends FileKind>(k: K) => valid.find((f): f is ValidFile<K> => f.kind === k)!;
  const many = <K extends FileKind>(k: K) => valid.filter((f): f is ValidFile<K> => f.kind === k);
  return {
    districts: one('districts'),
    plan: one('plan'),
    baseline: one('baseline'),
    people: many('people'),
    courses: many('courses'),
    progress: one('progress'),
  };
}

import { assemble } from './assemble.ts';
import type { ValidFiles } from './check-context.ts';
import { crossCheck } from './cross-checks.ts';
import type { Dataset } from './dataset.ts';
import { findDataFiles } from './files.ts';
import { MAX_TOTAL_BYTES, parseDataFile, type ParsedFile, type YamlMode } from './parse-yaml.ts';
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
  /** Display paths of the files `yaml` read with positions: those the fast path left to it, and those a message points into. */
  positioned: string[];
}

export interface LoadOptions {
  /**
   * 'fast' (default): js-yaml reads the files that allow it, and `yaml` reads a file again with
   * positions only when a message is positioned in it. 'positioned': `yaml` reads every file, as
   * before the fast path; the two give the same result (test/data/fast-path.test.ts).
   */
  yaml?: YamlMode;
  /**
   * Text to read instead of a file's bytes, by absolute path: a change checked in memory before
   * anything is written (npm run import:xlsx). Only files found on disk are read.
   */
  texts?: ReadonlyMap<string, string>;
}

/**
 * Reads data/ (YAML → schema → cross-file checks → Dataset) and reports every problem at once.
 * Synchronous so that Astro pages and config can call it.
 */
export function loadDatasetSync(dataDir: string, options: LoadOptions = {}): LoadResult {
  const found = findDataFiles(dataDir);
  const problems = [...found.problems];
  const budget = { bytesLeft: MAX_TOTAL_BYTES };
  const valid: ValidFile[] = [];
  const read: ParsedFile[] = [];
  const unparsed: string[] = [];
  const positioned = () => found.files.filter((f) => unparsed.includes(f.file) || read.some((r) => r.file === f.file && r.positioned)).map((f) => f.file);
  for (const f of found.files) {
    const parsed = parseDataFile(f, budget, options.yaml, options.texts?.get(f.abs));
    problems.push(...parsed.problems);
    if (!parsed.parsed) {
      if (parsed.positioned) unparsed.push(f.file);
      continue;
    }
    read.push(parsed.parsed);
    const checked = validateFile(parsed.parsed);
    problems.push(...checked.problems);
    if (checked.valid) {
      // zod's `data` is a copy: holding the raw value too would double the heap at 100×.
      checked.valid.value = undefined;
      valid.push(checked.valid);
    }
  }
  const files = found.files.map((f) => f.file);
  if (hasErrors(problems)) return { problems: sortProblems(problems), files, positioned: positioned() };

  const all = group(valid);
  problems.push(...crossCheck(all));
  sortProblems(problems);
  if (hasErrors(problems)) return { problems, files, positioned: positioned() };
  const dataset = assemble(all);
  return { dataset, problems, files, positioned: positioned() };
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
    ...(valid.some((f) => f.kind === 'tileMap') ? { tileMap: one('tileMap') } : {}),
  };
}

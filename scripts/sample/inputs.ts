import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type DataFile } from '../../src/data/files.ts';
import { MAX_TOTAL_BYTES, parseDataFile, type ParsedFile } from '../../src/data/parse-yaml.ts';
import { positionOf } from '../../src/data/positions.ts';
import { formatPath, type Path } from '../../src/data/problem.ts';
import type { Baseline, DistrictsFile, FileKind, Plan } from '../../src/schema/index.ts';
import { validateFile } from '../../src/data/validate-file.ts';
import { problem, type Problem } from './problems.ts';

/** The real reference files the sample is built from, as parsed values and as the text to copy. */
export interface Inputs {
  districts: DistrictsFile;
  plan: Plan;
  baseline: Baseline;
  text: { districts: string; plan: string; baseline: string };
  /** A problem positioned at a field of one of these files, as the loader would report it. */
  problemAt: (kind: keyof typeof FILES, path: Path, key: string, message: string, hint?: string) => Problem;
}

const FILES = { districts: 'districts.yaml', plan: 'plan.yaml', baseline: 'baseline.yaml' } as const;

/** Reads and validates them with the loader's own parser and schemas, so errors are positioned the same way. */
export function readInputs(dataDir: string): { inputs?: Inputs; problems: Problem[] } {
  const problems: Problem[] = [];
  const budget = { bytesLeft: MAX_TOTAL_BYTES };
  const values: Partial<Record<keyof typeof FILES, unknown>> = {};
  const text: Partial<Record<keyof typeof FILES, string>> = {};
  const parsedFiles: Partial<Record<keyof typeof FILES, ParsedFile>> = {};
  for (const [kind, name] of Object.entries(FILES) as [keyof typeof FILES & FileKind, string][]) {
    const abs = path.resolve(dataDir, name);
    const f: DataFile = { kind, abs, file: displayPath(abs), sourceFile: `${path.basename(path.resolve(dataDir))}/${name}`, name: kind };
    if (!existsSync(abs)) {
      problems.push(problem(f.file, 'missing_file', 'Thiếu tệp dữ liệu thật mà bộ sinh dữ liệu mẫu cần'));
      continue;
    }
    const parsed = parseDataFile(f, budget);
    problems.push(...parsed.problems.filter((p) => p.severity === 'error'));
    if (!parsed.parsed) continue;
    const checked = validateFile(parsed.parsed);
    problems.push(...checked.problems);
    if (checked.valid) {
      parsedFiles[kind] = parsed.parsed;
      values[kind] = checked.valid.data;
      text[kind] = readFileSync(abs, 'utf8');
    }
  }
  if (problems.length > 0) return { problems };
  return {
    inputs: {
      districts: values.districts as DistrictsFile,
      plan: values.plan as Plan,
      baseline: values.baseline as Baseline,
      text: text as Inputs['text'],
      problemAt: (kind, p, key, message, hint) => {
        const f = parsedFiles[kind]!;
        return { file: f.file, ...positionOf(f.doc, f.lines, p), severity: 'error', path: formatPath(p), key, message, ...(hint ? { hint } : {}) };
      },
    },
    problems,
  };
}

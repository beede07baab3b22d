import type { Problem } from '../../src/data/problem.ts';
import { formatProblem as formatPositioned } from '../../src/data/report.ts';

export type { Problem };

/**
 * A problem not tied to a YAML field (a CSV line, a command-line option, a generator rule), in the
 * loader's shape. Line 0 means "no position": the file names an option or a whole rule.
 */
export function problem(file: string, key: string, message: string, at: { line?: number; col?: number; hint?: string } = {}): Problem {
  return { file, line: at.line ?? 0, col: at.col ?? 0, severity: 'error', path: '', key, message, ...(at.hint ? { hint: at.hint } : {}) };
}

/** check:data's layout; without a position, the file (or option) alone. */
export function formatProblem(p: Problem): string {
  return p.line > 0 ? formatPositioned(p) : formatPositioned(p).replace(`${p.file}:0:0`, p.file);
}

/** Prints every problem to stderr and exits non-zero; callers write nothing before this point. */
export function failWith(problems: readonly Problem[], what: string): never {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length} lỗi — ${what}: không ghi tệp nào.`);
  process.exit(1);
}

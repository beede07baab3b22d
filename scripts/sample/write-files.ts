import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a set of files so that a failure never leaves a half-written file: every file goes to a
 * temporary name first, and only when all are written are they renamed into place.
 */
export function writeFilesAtomically(root: string, files: ReadonlyMap<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [rel, text] of files) {
      const target = join(root, rel);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.tmp-${process.pid}`;
      writeFileSync(temp, text);
      temps.push([temp, target]);
    }
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  }
  for (const [temp, target] of temps) renameSync(temp, target);
}

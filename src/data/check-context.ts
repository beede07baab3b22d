import type { ParsedFile } from './parse-yaml.ts';
import { positionOf } from './positions.ts';
import { formatPath, type Path, type Problem } from './problem.ts';
import type { ValidFile } from './validate-file.ts';

/** Every file of a dataset, each having passed its schema. */
export interface ValidFiles {
  districts: ValidFile<'districts'>;
  plan: ValidFile<'plan'>;
  baseline: ValidFile<'baseline'>;
  people: ValidFile<'people'>[];
  courses: ValidFile<'courses'>[];
  progress: ValidFile<'progress'>;
  /** Optional: data/tile-map.yaml. */
  tileMap?: ValidFile<'tileMap'>;
}

/** A place in the data: a file and a field path inside it. */
export interface Ref {
  f: ParsedFile;
  path: Path;
}

export const ref = (f: ParsedFile, ...path: Path): Ref => ({ f, path });

export type Report = (at: Ref, severity: Problem['severity'], key: string, message: string, hint?: string) => void;

export function reporter(problems: Problem[]): Report {
  return (at, severity, key, message, hint) => {
    problems.push({
      file: at.f.file,
      ...positionOf(at.f.doc, at.f.lines, at.path),
      severity,
      path: formatPath(at.path),
      key,
      message,
      ...(hint ? { hint } : {}),
    });
  };
}

/** "data/people/dong-da.yaml:12" — where the first of two clashing records is. */
export function describeRef(at: Ref): string {
  return `${at.f.file}:${positionOf(at.f.doc, at.f.lines, at.path).line}`;
}

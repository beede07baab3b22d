import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileKind } from '../schema/index.ts';
import type { Problem } from './problem.ts';

/** One data file as found on disk, with the two ways of naming it. */
export interface DataFile {
  kind: FileKind;
  abs: string;
  /** For messages: relative to the working directory when inside it, else absolute. */
  file: string;
  /** For SourceRef: relative to the data folder's parent ("data/people/dong-da.yaml"). */
  sourceFile: string;
  /** Base name without .yaml: the district id of a people file, the year of a courses file. */
  name: string;
}

const SINGLE: Record<string, FileKind> = {
  'districts.yaml': 'districts',
  'plan.yaml': 'plan',
  'baseline.yaml': 'baseline',
  'progress.yaml': 'progress',
};
/** Read when present: the site leaves out what it draws (the tile map) when absent, as a scaled sample has more districts than any map. */
const OPTIONAL: Record<string, FileKind> = { 'tile-map.yaml': 'tileMap' };
const FOLDERS: Record<string, FileKind> = { people: 'people', courses: 'courses' };

/** The JSON Schema comment every data file starts with, so editors validate as you type. */
export function schemaComment(kind: FileKind, inFolder: boolean): string {
  return `# yaml-language-server: $schema=${inFolder ? '../../' : '../'}schemas/${kind}.schema.json`;
}

export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return shown.split(path.sep).join('/');
}

/** Lists the data files in load order (districts, plan, baseline, people, courses, progress, tile map). */
export function findDataFiles(dataDir: string): { files: DataFile[]; problems: Problem[] } {
  const root = path.resolve(dataDir);
  const base = path.basename(root);
  const problems: Problem[] = [];
  const make = (kind: FileKind, rel: string): DataFile => ({
    kind,
    abs: path.join(root, rel),
    file: displayPath(path.join(root, rel)),
    sourceFile: `${base}/${rel.split(path.sep).join('/')}`,
    name: path.basename(rel, '.yaml'),
  });
  const fileProblem = (rel: string, severity: Problem['severity'], key: string, message: string, hint?: string) =>
    problems.push({ file: displayPath(path.join(root, rel)), line: 1, col: 1, severity, path: '', key, message, ...(hint ? { hint } : {}) });

  if (!existsSync(root) || !statSync(root).isDirectory()) {
    fileProblem('', 'error', 'missing_folder', 'Không tìm thấy thư mục dữ liệu');
    return { files: [], problems };
  }
  const single: DataFile[] = [];
  for (const [name, kind] of Object.entries(SINGLE)) {
    if (existsSync(path.join(root, name))) single.push(make(kind, name));
    else fileProblem(name, 'error', 'missing_file', 'Thiếu tệp dữ liệu bắt buộc');
  }
  for (const [name, kind] of Object.entries(OPTIONAL)) {
    if (existsSync(path.join(root, name))) single.push(make(kind, name));
  }
  const inFolders: DataFile[] = [];
  for (const [folder, kind] of Object.entries(FOLDERS)) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue; // a missing people file is reported per district by the cross-checks
    for (const name of readdirSync(dir).sort()) {
      const rel = path.join(folder, name);
      if (name.endsWith('.yaml') && statSync(path.join(root, rel)).isFile()) inFolders.push(make(kind, rel));
      else if (/\.ya?ml$/.test(name)) fileProblem(rel, 'warning', 'unknown_file', 'Tệp không được đọc', 'dữ liệu phải có đuôi .yaml');
    }
  }
  for (const name of readdirSync(root).sort()) {
    if (/\.ya?ml$/.test(name) && !(name in SINGLE) && !(name in OPTIONAL)) {
      fileProblem(name, 'warning', 'unknown_file', 'Tệp không được đọc', `các tệp được đọc: ${[...Object.keys(SINGLE), ...Object.keys(OPTIONAL)].join(', ')}, people/*.yaml, courses/*.yaml`);
    }
  }
  const order = (k: FileKind) => ['districts', 'plan', 'baseline', 'people', 'courses', 'progress', 'tileMap'].indexOf(k);
  const files = [...single, ...inFolders].sort((a, b) => order(a.kind) - order(b.kind));
  return { files, problems };
}

/** One thing wrong (or doubtful) in data/, positioned so an editor can jump to it. */
export interface Problem {
  /** Display path: relative to the working directory when inside it ("data/people/dong-da.yaml"), else absolute. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  severity: 'error' | 'warning';
  /** Field path, e.g. people[3].politicalTheory; empty for the whole file. */
  path: string;
  /** Stable English key, e.g. invalid_value, duplicate_id, dangling_reference. */
  key: string;
  /** Vietnamese. */
  message: string;
  /** Vietnamese, e.g. the allowed values. */
  hint?: string;
}

export type Path = readonly (string | number)[];

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** File, then line, then column: the order an editor lists them in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

/** How a value is shown inside a message: strings quoted, long ones cut. */
export function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return typeof value === 'string' ? `"${cut}"` : cut;
}

import type { Problem } from './problem.ts';

const count = (n: number) => n.toLocaleString('vi-VN');

/** `data/people/dong-da.yaml:42:7  error  people[3].politicalTheory  Message (hint) [key]` */
export function formatProblem(p: Problem): string {
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${p.file}:${p.line}:${p.col}  ${p.severity}  ${p.path || '-'}  ${p.message}${hint} [${p.key}]`;
}

/** "2 lỗi, 1 cảnh báo trong 34 tệp" */
export function summaryLine(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${count(errors)} lỗi, ${count(problems.length - errors)} cảnh báo trong ${count(fileCount)} tệp`;
}

// GitHub workflow commands: data and property values escape differently.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=key::message` for GitHub Actions' annotations. */
export function githubAnnotation(p: Problem): string {
  const props = Object.entries({ file: p.file, line: p.line, col: p.col, title: p.key })
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  const text = `${p.path ? `${p.path}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
  return `::${p.severity} ${props}::${escapeData(text)}`;
}

/** The lines check:data and build print: each problem, GitHub annotations when asked, the summary. */
export function reportLines(problems: readonly Problem[], fileCount: number, github: boolean): string[] {
  return [
    ...problems.map(formatProblem),
    ...(github ? problems.map(githubAnnotation) : []),
    summaryLine(problems, fileCount),
  ];
}

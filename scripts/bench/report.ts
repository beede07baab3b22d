/** bench/results.md from the results object (bench/results.json holds the same, with every run). */
import type { PageWeight } from './page-weight.ts';

export interface Stat {
  runs: { ms: number; maxRssKiB: number | null }[];
  medianMs: number;
  medianRssKiB: number | null;
}

export type Step = Stat | { skipped: string };

export interface ScaleResult {
  scale: number;
  dataset: { districts: number; communes: number; people: number; courses: number; files: number; bytes: number };
  checkData: Step;
  assessment: Step & { sixDatesMs?: number; totalMs?: number };
  build: Step & { pages?: number };
  bareAstro: Step & { pages?: number };
}

export interface Results {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string; platform: string; load: number[] };
  options: { scales: number[]; runs: number };
  scales: ScaleResult[];
  pageWeight: PageWeight[];
  notes: string[];
}

const isStat = (s: Step): s is Stat => 'medianMs' in s;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib: number | null) => (kib === null ? '–' : `${Math.round(kib / 1024)} MiB`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
// Plain digits: "1.336" pages would read as a decimal to half the readers.
const int = (n: number) => String(n);

function cells(s: Step): [string, string] {
  return isStat(s) ? [sec(s.medianMs), mib(s.medianRssKiB)] : [`bỏ qua: ${s.skipped}`, '–'];
}

export function resultsMarkdown(r: Results): string {
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `${r.date} · ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · load at start ${r.machine.load.map((l) => l.toFixed(2)).join(' ')} · ` +
      `scales ${r.options.scales.join(', ')}× · median of ${r.options.runs} run(s). Written by \`npm run bench\`; every run is in results.json.`,
    '',
  );
  lines.push('## Data', '', '| scale | districts | communes | people | courses | YAML files | YAML size |', '|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.scales) {
    const d = s.dataset;
    lines.push(`| ${s.scale}× | ${int(d.districts)} | ${int(d.communes)} | ${int(d.people)} | ${int(d.courses)} | ${int(d.files)} | ${kb(d.bytes)} |`);
  }
  lines.push('', '## Time and peak memory (median)', '');
  lines.push('Peak memory is the largest process\'s maximum resident set (GNU time), not a sum over processes.', '');
  lines.push('| scale | check:data | memory | assessment (process) | memory | 6 dates (in process) | all views (in process) | build with Pagefind | memory | pages | bare Astro, same pages | memory | build ÷ bare |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.scales) {
    const [c, cm] = cells(s.checkData);
    const [a, am] = cells(s.assessment);
    const [b, bm] = cells(s.build);
    const [x, xm] = cells(s.bareAstro);
    const ratio = isStat(s.build) && isStat(s.bareAstro) ? (s.build.medianMs / s.bareAstro.medianMs).toFixed(2) : '–';
    const six = s.assessment.sixDatesMs === undefined ? '–' : `${int(Math.round(s.assessment.sixDatesMs))} ms`;
    const all = s.assessment.totalMs === undefined ? '–' : `${int(Math.round(s.assessment.totalMs))} ms`;
    lines.push(`| ${s.scale}× | ${c} | ${cm} | ${a} | ${am} | ${six} | ${all} | ${b} | ${bm} | ${s.build.pages === undefined ? '–' : int(s.build.pages)} | ${x} | ${xm} | ${ratio} |`);
  }
  lines.push('', '## Page weight (1× site, first view)', '');
  lines.push('JS counts the module scripts a page loads and everything they import statically; gzip at the default level.', '');
  lines.push('| page | path | HTML | gzip | CSS | gzip | JS | gzip | total | gzip |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of r.pageWeight) {
    lines.push(
      `| ${p.type} | /${p.path} | ${kb(p.html.bytes)} | ${kb(p.html.gzip)} | ${kb(p.css.bytes)} (${p.css.files}) | ${kb(p.css.gzip)} | ${kb(p.js.bytes)} (${p.js.files}) | ${kb(p.js.gzip)} | ${kb(p.total.bytes)} | ${kb(p.total.gzip)} |`,
    );
  }
  if (r.notes.length) lines.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}

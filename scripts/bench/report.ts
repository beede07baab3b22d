/** bench/results.md from the results object (bench/results.json holds the same, with every run). */
import type { PageWeight } from './page-weight.ts';
import type { SearchCost } from './search-cost.ts';
import type { SiteSize } from './site-size.ts';

export interface Stat {
  runs: { ms: number; maxRssKiB: number | null; cpuMs?: number | null }[];
  medianMs: number;
  medianRssKiB: number | null;
  /** Median user + system CPU time (absent in results written before it was measured). */
  medianCpuMs?: number | null;
}

export type Step = Stat | { skipped: string };

/**
 * check:data next to the yardstick, js-yaml merely loading the same files, in the same run and
 * interleaved: the goal is check:data ≤ 2× js-yaml at 10× and 100×, under 1 GiB at 100×.
 */
export interface DataCheck {
  date: string;
  /** Load average when this scale's runs started: other work shows in the figures. */
  load: number[];
  checkData: Step;
  jsYamlLoad: Step;
  /** check:data ÷ js-yaml, wall time and CPU time (medians). */
  ratio?: number;
  cpuRatio?: number;
  /** Files check:data read with positions (none on valid data). */
  positioned?: number;
}

export interface ScaleResult {
  scale: number;
  dataset: { districts: number; communes: number; people: number; courses: number; files: number; bytes: number };
  checkData: Step;
  /** Absent in results written before the fast YAML path. */
  dataCheck?: DataCheck;
  assessment: Step & { sixDatesMs?: number; totalMs?: number };
  build: Step & { pages?: number };
  bareAstro: Step & { pages?: number };
  /** The built site's size (absent when the build was skipped, or in results written before it was measured). */
  site?: SiteSize;
  search?: SearchCost;
}

export interface Results {
  date: string;
  /** When the data-check part alone was last run (npm run bench -- --only check), if later than `date`. */
  checkDate?: string;
  machine: { cpus: number; memoryGiB: number; node: string; platform: string; load: number[] };
  options: { scales: number[]; runs: number };
  scales: ScaleResult[];
  pageWeight: PageWeight[];
  notes: string[];
}

const isStat = (s: Step): s is Stat => 'medianMs' in s;
const cpu = (s: Step) => (isStat(s) && s.medianCpuMs != null ? sec(s.medianCpuMs) : '–');
const GIB = 1024 * 1024;

/** Text from this line on in bench/results.md is written by hand and kept when the bench rewrites the file. */
export const HAND_WRITTEN = '<!-- Written by hand below this line: npm run bench keeps it. -->';

function dataCheckSection(r: Results): string[] {
  const rows = r.scales.filter((s) => s.dataCheck);
  if (rows.length === 0) return [];
  const lines = ['', '## check:data against a bare js-yaml load', ''];
  lines.push(
    'Both as processes, interleaved in the same run: `node scripts/check-data.ts --data DIR` and `node scripts/bench/js-yaml-load.ts DIR` ' +
      '(js-yaml, default options, loading the same files and nothing else). Goal: check:data ≤ 2× js-yaml at 10× and 100×, peak memory under 1 GiB at 100×. ' +
      'CPU is user + system time, steadier than wall time when other work shares the machine.',
    '',
  );
  lines.push('| scale | run at | load | check:data | CPU | memory | js-yaml load | CPU | memory | ratio (wall) | ratio (CPU) | files read with positions |');
  lines.push('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of rows) {
    const d = s.dataCheck!;
    const [c, cm] = cells(d.checkData);
    const [j, jm] = cells(d.jsYamlLoad);
    const ratio = d.ratio === undefined ? '–' : d.ratio.toFixed(2);
    const cpuRatio = d.cpuRatio === undefined ? '–' : d.cpuRatio.toFixed(2);
    lines.push(`| ${s.scale}× | ${d.date.slice(0, 16).replace('T', ' ')} | ${d.load.map((l) => l.toFixed(1)).join(' ')} | ${c} | ${cpu(d.checkData)} | ${cm} | ${j} | ${cpu(d.jsYamlLoad)} | ${jm} | ${ratio} | ${cpuRatio} | ${d.positioned ?? '–'} |`);
  }
  const verdict: string[] = [];
  for (const s of rows.filter((x) => x.scale >= 10)) {
    const d = s.dataCheck!;
    if (d.ratio !== undefined) verdict.push(`${s.scale}×: ${d.ratio <= 2 ? 'within' : 'over'} 2× (wall ${d.ratio.toFixed(2)}, CPU ${d.cpuRatio?.toFixed(2) ?? '–'})`);
    if (s.scale >= 100 && isStat(d.checkData) && d.checkData.medianRssKiB !== null) {
      verdict.push(`${s.scale}× memory ${d.checkData.medianRssKiB < GIB ? 'under' : 'over'} 1 GiB (${mib(d.checkData.medianRssKiB)})`);
    }
  }
  if (verdict.length) lines.push('', `Goal: ${verdict.join('; ')}.`);
  return lines;
}
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib: number | null) => (kib === null ? '–' : `${Math.round(kib / 1024)} MiB`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
// Plain digits: "1.336" pages would read as a decimal to half the readers.
const int = (n: number) => String(n);

function cells(s: Step): [string, string] {
  return isStat(s) ? [sec(s.medianMs), mib(s.medianRssKiB)] : [`bỏ qua: ${s.skipped}`, '–'];
}

const KB = 1000;
const yes = (ok: boolean) => (ok ? '**met**' : '**not met**');
const kB = (b: number) => `${(b / KB).toFixed(1)} kB`;

/**
 * Issue 12's goals, each with the figure this run reached: build ÷ bare Astro (wall and CPU, same
 * run) at 1× and 10×, the 100× build under 5 minutes, no page over 150 kB and person pages under
 * 15 kB at every scale, the 100× site under 2 GB on disk, the search index and first query at 10×,
 * and check:data within 2× js-yaml.
 */
export function goalsSection(r: Results): string[] {
  const rows: string[] = [];
  const at = (n: number) => r.scales.find((s) => s.scale === n);
  for (const n of [1, 10]) {
    const s = at(n);
    if (!s) continue;
    if (isStat(s.build) && isStat(s.bareAstro)) {
      const wall = s.build.medianMs / s.bareAstro.medianMs;
      const cpuR = s.build.medianCpuMs != null && s.bareAstro.medianCpuMs ? s.build.medianCpuMs / s.bareAstro.medianCpuMs : undefined;
      rows.push(`| build with search ≤ 2× bare Astro, ${n}× | ${wall.toFixed(2)} wall (${sec(s.build.medianMs)} ÷ ${sec(s.bareAstro.medianMs)}), ${cpuR === undefined ? '–' : cpuR.toFixed(2)} CPU | ${yes(wall <= 2)} |`);
    } else {
      const why = !isStat(s.build) ? s.build.skipped : !isStat(s.bareAstro) ? s.bareAstro.skipped : '–';
      rows.push(`| build with search ≤ 2× bare Astro, ${n}× | skipped: ${why} | **not measured** |`);
    }
  }
  const big = at(100);
  if (big) {
    const b = big.build;
    rows.push(isStat(b) ? `| 100× build under 5 min | ${(b.medianMs / 60_000).toFixed(1)} min | ${yes(b.medianMs < 300_000)} |` : `| 100× build under 5 min | skipped: ${b.skipped} | **not met** |`);
  }
  for (const s of r.scales) {
    if (!s.site) continue;
    const { largestPage, largestPerson, medianPersonBytes } = s.site;
    rows.push(`| no page over 150 kB, ${s.scale}× | largest ${kB(largestPage.bytes)} (${largestPage.path}) | ${yes(largestPage.bytes <= 150 * KB)} |`);
    if (largestPerson) {
      rows.push(`| person pages under 15 kB, ${s.scale}× | largest ${kB(largestPerson.bytes)} (${largestPerson.path}), median ${kB(medianPersonBytes ?? 0)} | ${yes(largestPerson.bytes < 15 * KB)} |`);
    }
  }
  if (big?.site) rows.push(`| 100× site under 2 GB on disk | ${(big.site.bytesOnDisk / 1e9).toFixed(2)} GB | ${yes(big.site.bytesOnDisk < 2e9)} |`);
  else if (big) rows.push('| 100× site under 2 GB on disk | not built | **not measured** |');
  const ten = at(10);
  if (ten?.site) {
    const index = ten.site.searchIndexBytes;
    rows.push(`| search index ≤ 40 MB, 10× | ${(index / 1e6).toFixed(1)} MB in ${ten.site.searchIndexFiles} files | ${yes(index <= 40e6)} |`);
    // "In all": everything the reader's browser fetches from focusing the box to the first results.
    const q = ten.search;
    if (q?.firstQueryBytes === undefined || q.firstFocusBytes === undefined) {
      rows.push(`| first query ≤ 150 kB in all, 10× | not measured${q?.failed ? ` (${q.failed})` : ''} | **not measured** |`);
    } else {
      const all = q.firstFocusBytes + q.firstQueryBytes;
      rows.push(`| first query ≤ 150 kB in all, 10× | ${kB(all)} on the wire: first focus ${kB(q.firstFocusBytes)}, then the query ${kB(q.firstQueryBytes)} | ${yes(all <= 150 * KB)} |`);
    }
  }
  for (const s of r.scales.filter((x) => x.scale >= 10)) {
    const d = s.dataCheck;
    if (d?.ratio !== undefined) rows.push(`| check:data ≤ 2× js-yaml, ${s.scale}× | ${d.ratio.toFixed(2)} wall, ${d.cpuRatio?.toFixed(2) ?? '–'} CPU | ${yes(d.ratio <= 2)} |`);
  }
  if (rows.length === 0) return [];
  return [
    '',
    '## Goals of issue 12',
    '',
    'Ratios from the same run, side by side. kB are 1000 bytes of HTML as written; "on disk" counts allocated blocks, as `du` does.',
    '',
    '| goal | reached | |',
    '|---|---|---|',
    ...rows,
  ];
}

export function resultsMarkdown(r: Results): string {
  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(
    `${r.date}${r.checkDate ? ` (data check: ${r.checkDate})` : ''} · ${r.machine.cpus} cores, ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · load at start ${r.machine.load.map((l) => l.toFixed(2)).join(' ')} · ` +
      `scales ${r.options.scales.join(', ')}× · median of ${r.options.runs} run(s). Written by \`npm run bench\`; every run is in results.json.`,
    '',
  );
  lines.push(...goalsSection(r).slice(1), '');
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
  const sized = r.scales.filter((s) => s.site);
  if (sized.length) {
    lines.push('', '## Site size', '', '| scale | on disk | HTML pages | largest page | largest person page | median person page | search index |', '|---:|---:|---:|---:|---:|---:|---:|');
    for (const s of sized) {
      const z = s.site!;
      lines.push(`| ${s.scale}× | ${(z.bytesOnDisk / 1e6).toFixed(0)} MB | ${int(z.htmlPages)} | ${kB(z.largestPage.bytes)} | ${z.largestPerson ? kB(z.largestPerson.bytes) : '–'} | ${z.medianPersonBytes === undefined ? '–' : kB(z.medianPersonBytes)} | ${(z.searchIndexBytes / 1e6).toFixed(1)} MB |`);
    }
  }
  if (r.checkDate) lines.push('', `The check:data column above is from the full run of ${r.date}; the section below was run alone (\`--only check\`) on ${r.checkDate}.`);
  lines.push(...dataCheckSection(r));
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

/** The new results.md, keeping what the old one had below HAND_WRITTEN. */
export function withHandWritten(markdown: string, previous: string | undefined): string {
  const at = previous?.indexOf(HAND_WRITTEN) ?? -1;
  return at < 0 ? markdown : `${markdown}\n${previous!.slice(at)}`;
}

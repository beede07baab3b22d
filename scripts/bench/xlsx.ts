/**
 * node scripts/bench/xlsx.ts [--scales 1,10] [--runs 3] [--out bench]
 * Times the Excel round trip at each scale: export:xlsx of the whole data, import:xlsx of that
 * workbook unchanged (read, match, check in memory, nothing written), and import:xlsx of it with
 * one level changed (check, write one file, report the impact). Wall and CPU time (user + system,
 * GNU time) and peak memory, median of --runs runs, on a copy of the data (1×: data/; N×: the
 * generated sample). Writes bench/xlsx.md. Meant for a quiet machine: other work shows in wall time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { loadDatasetSync } from '../../src/data/load.ts';
import { LEVEL_CHOICES } from '../lib/xlsx/labels.ts';
import { FIRST_ROW, KEY_ROW } from '../lib/xlsx/write.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';
const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: 'bench' } } });
const scales = values.scales.split(',').map(Number);
const runs = Number(values.runs);
const work = mkdtempSync(path.join(os.tmpdir(), 'xlsx-bench-'));

interface Timing {
  wall: number;
  cpu: number;
  rssMiB: number;
}

function timed(script: string, args: string[]): Timing {
  const out = path.join(work, 'time.txt');
  const cmd = existsSync(TIME) ? [TIME, '-f', '%e %U %S %M', '-o', out, process.execPath] : [process.execPath];
  const t0 = performance.now();
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), path.join(REPO, script), ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')}: ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr}`);
  if (!existsSync(out)) return { wall, cpu: NaN, rssMiB: NaN };
  const [, user, sys, rss] = readFileSync(out, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: user! + sys!, rssMiB: rss! / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const med = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)), rssMiB: median(ts.map((t) => t.rssMiB)) });
const show = (t: Timing) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s, ${Math.round(t.rssMiB)} MiB)`;

/** The workbook with one level changed: the first person of the first district sheet. */
async function oneChange(file: string, to: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[1]!;
  let col = 0;
  ws.getRow(KEY_ROW).eachCell((c, n) => (col = c.value === 'unionWork' ? n : col));
  const cell = ws.getRow(FIRST_ROW).getCell(col);
  cell.value = LEVEL_CHOICES.unionWork.find((l) => l.label !== cell.value)!.label;
  await wb.xlsx.writeFile(to);
}

const rows: string[] = [];
try {
  for (const scale of scales) {
    const source = path.join(work, `src-${scale}`);
    if (scale === 1) cpSync(path.join(REPO, 'data'), source, { recursive: true });
    else {
      const g = spawnSync(process.execPath, [path.join(REPO, 'scripts/generate-sample.ts'), '--scale', String(scale), '--out', source], { cwd: REPO, encoding: 'utf8' });
      if (g.status !== 0) throw new Error(g.stderr);
    }
    const people = loadDatasetSync(source).dataset!.people.length;
    const exp: Timing[] = [];
    const same: Timing[] = [];
    const one: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      const data = path.join(work, `run-${scale}-${i}`, 'data');
      mkdirSync(path.dirname(data), { recursive: true });
      cpSync(source, data, { recursive: true });
      const book = path.join(work, `x-${scale}-${i}.xlsx`);
      const changed = path.join(work, `y-${scale}-${i}.xlsx`);
      exp.push(timed('scripts/export-xlsx.ts', ['--data', data, '--out', book]));
      same.push(timed('scripts/import-xlsx.ts', [book, '--data', data, '--allow-sample']));
      await oneChange(book, changed);
      one.push(timed('scripts/import-xlsx.ts', [changed, '--data', data, '--allow-sample']));
      rmSync(path.dirname(data), { recursive: true, force: true });
      process.stdout.write(`${scale}× run ${i + 1}/${runs} done\n`);
    }
    rows.push(`| ${scale}× | ${people} | ${show(med(exp))} | ${show(med(same))} | ${show(med(one))} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const md = [
  '# Excel round trip',
  '',
  `${new Date().toISOString()} · ${os.cpus().length} cores · Node ${process.versions.node} · load at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} · median of ${runs} run(s). Written by \`node scripts/bench/xlsx.ts\`.`,
  '',
  '| scale | people | export:xlsx | import:xlsx, no change | import:xlsx, one level changed (with impact report) |',
  '|---:|---:|---:|---:|---:|',
  ...rows,
  '',
].join('\n');
mkdirSync(path.resolve(values.out), { recursive: true });
writeFileSync(path.join(path.resolve(values.out), 'xlsx.md'), md);
console.log(md);

/**
 * Writes the deterministic sample roster, courses and progress (all marked `sample: true`).
 *   npm run generate:sample -- [--scale N] [--out DIR] [--seed S]
 * Same arguments, same bytes. Reads the real data/districts.yaml, plan.yaml and baseline.yaml;
 * when DIR is not data/, copies them there (districts scaled for N > 1) so DIR is a whole dataset.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath } from '../src/data/files.ts';
import { formatNumber } from '../src/format/vi.ts';
import { DEFAULT_SEED, generateSample } from './sample/generate.ts';
import { readInputs } from './sample/inputs.ts';
import { failWith, problem, type Problem } from './sample/problems.ts';
import { isSample } from './sample/sample-flag.ts';
import { writeFilesAtomically } from './sample/write-files.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(REPO, 'data');
const WHAT = 'Sinh dữ liệu mẫu';

/** Files of these kinds in the output folder belong to the generator, as long as they say they are samples. */
const GENERATED = /^(people|courses)\/[^/]+\.yaml$|^progress\.yaml$/;

function main(): void {
  const t0 = performance.now();
  let args;
  try {
    args = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string' }, seed: { type: 'string', default: DEFAULT_SEED } } }).values;
  } catch (e) {
    failWith([problem('dòng lệnh', 'invalid_argument', `Tham số không hợp lệ: ${(e as Error).message}`, { hint: 'npm run generate:sample -- [--scale N] [--out DIR] [--seed S]' })], WHAT);
  }
  const scale = Number(args.scale);
  const out = path.resolve(args.out ?? DATA);
  const intoData = out === DATA;
  if (intoData && scale !== 1) {
    failWith([problem('--out', 'scaled_into_data', 'Bản nhân (--scale > 1) có xã giả, không được ghi vào data/', { hint: 'thêm --out <thư mục khác>' })], WHAT);
  }

  const { inputs, problems } = readInputs(DATA);
  if (!inputs) failWith(problems, WHAT);
  const { output, problems: genProblems } = generateSample(inputs, { scale, seed: args.seed });
  if (!output) failWith(genProblems, WHAT);

  const files = output.files;
  if (!intoData) {
    if (!files.has('districts.yaml')) files.set('districts.yaml', inputs.text.districts);
    files.set('plan.yaml', inputs.text.plan);
    files.set('baseline.yaml', inputs.text.baseline);
  }
  const stale = existingGenerated(out).filter((rel) => !files.has(rel));
  const refused = [...existingGenerated(out).filter((rel) => files.has(rel)), ...stale].filter((rel) => !isSample(readFileSync(path.join(out, rel), 'utf8')));
  if (refused.length > 0) {
    failWith(
      refused.map((rel): Problem => problem(displayPath(path.join(out, rel)), 'not_sample', 'Tệp không ghi `sample: true`: có thể là dữ liệu thật, bộ sinh không ghi đè hay xoá', { hint: 'chọn --out khác, hoặc tự chuyển tệp này đi nếu đúng là muốn thay bằng dữ liệu mẫu' })),
      WHAT,
    );
  }
  writeFilesAtomically(out, files);
  for (const rel of stale) rmSync(path.join(out, rel));

  const c = output.counts;
  const bytes = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(
    `Đã ghi ${files.size} tệp vào ${displayPath(out)} (${formatNumber(bytes / 1024 / 1024, 1)} MB, ${formatNumber(performance.now() - t0)} ms): ` +
      `${formatNumber(c.people)} người (${formatNumber(c.chairwomen)} từng là chủ tịch, ${formatNumber(c.sourceCadres)} từng là cán bộ nguồn), ${formatNumber(c.courses)} lớp, ${formatNumber(c.participants)} lượt học viên.`,
  );
  if (output.discrepancies.length > 0) {
    console.log('\nChỗ văn bản tự mâu thuẫn (danh sách theo các ô bảng):');
    for (const d of output.discrepancies) console.log(`  - ${d}`);
  }
}

function existingGenerated(out: string): string[] {
  const found: string[] = [];
  for (const dir of ['people', 'courses']) {
    const abs = path.join(out, dir);
    if (existsSync(abs)) for (const name of readdirSync(abs)) if (name.endsWith('.yaml')) found.push(`${dir}/${name}`);
  }
  if (existsSync(path.join(out, 'progress.yaml'))) found.push('progress.yaml');
  return found.filter((rel) => GENERATED.test(rel)).sort();
}

main();

/**
 * Personal data stay out of the public site: no birth date of anyone in any written format, and
 * no one's party membership. The second half proves it by construction on a small dataset:
 * moving every birthday within its year and flipping every party flag leaves every record page
 * and data file byte for byte the same.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetSync } from '../../src/data/load.ts';
import type { PersonRecord } from '../../src/data/dataset.ts';
import { assessedSite } from './assessed-site.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';

const TEXT = /\.(html|js|mjs|css|json|csv|xml|txt|svg|webmanifest)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every way a page could write 1968-03-05: ISO, day/month/year with or without leading zeros, dots, dashes. */
function birthDateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const days = [d, String(Number(d))];
  const months = [m, String(Number(m))];
  const out = new Set<string>([iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`]);
  for (const dd of days) for (const mm of months) for (const sep of ['/', '-', '.']) out.add(`${dd}${sep}${mm}${sep}${y}`);
  return [...out];
}

const DATE_LIKE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/g;

function people(dataDir: string): PersonRecord[] {
  const { dataset, problems } = loadDatasetSync(dataDir);
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  return dataset.people;
}

/** Every cell of a workbook as text a page would show: dates as ISO, numbers as written, with where it is. */
async function workbookTexts(file: string): Promise<{ at: string; text: string; serial?: number }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const out: { at: string; text: string; serial?: number }[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const at = `${ws.name}!${cell.address}`;
        if (v instanceof Date) out.push({ at, text: v.toISOString().slice(0, 10) });
        else if (typeof v === 'number') out.push({ at, text: String(v), serial: v });
        else if (v !== null && v !== undefined) out.push({ at, text: typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v) });
      }),
    ),
  );
  return out;
}

/** The serial day number a spreadsheet stores for an ISO date. */
const serialOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

describe('the built site', () => {
  let dist: string;
  let roster: PersonRecord[];

  beforeAll(() => {
    const site = assessedSite();
    dist = site.dir;
    roster = site.a.dataset.people;
  });

  it('prints no birth date of anyone, in any format, in any text file', () => {
    const forms = new Map<string, string>();
    for (const p of roster) for (const f of birthDateForms(p.birthDate)) forms.set(f, p.id);
    const found: string[] = [];
    const files = filesUnder(dist).filter((f) => TEXT.test(f));
    expect(files.length).toBeGreaterThan(roster.length);
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(DATE_LIKE)) {
        const who = forms.get(m[0]);
        if (who) found.push(`${path.relative(dist, file)}: ${m[0]} (${who})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('puts no birth date in any .xlsx file: no date cell, serial day number or text that is one', async () => {
    const forms = new Map<string, string>();
    for (const p of roster) for (const f of birthDateForms(p.birthDate)) forms.set(f, p.id);
    const serials = new Map(roster.map((p) => [serialOf(p.birthDate), p.id]));
    const books = filesUnder(dist).filter((f) => f.endsWith('.xlsx'));
    expect(books.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const book of books) {
      for (const cell of await workbookTexts(book)) {
        const rel = `${path.relative(dist, book)} ${cell.at}`;
        for (const m of cell.text.matchAll(DATE_LIKE)) if (forms.has(m[0])) found.push(`${rel}: ${m[0]} (${forms.get(m[0])})`);
        if (cell.serial !== undefined && serials.has(cell.serial) && path.basename(book) === 'danh-sach.xlsx') found.push(`${rel}: ${cell.serial} (${serials.get(cell.serial)})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names no one as a party member: no party field in pages or data files', async () => {
    const offending = filesUnder(dist)
      .filter((f) => TEXT.test(f))
      .filter((f) => /partyMember|birthDate/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(dist, f));
    expect(offending).toEqual([]);
    const personal = [...filesUnder(path.join(dist, 'nguoi')), ...filesUnder(path.join(dist, 'du-lieu'))];
    for (const f of personal.filter((x) => !x.endsWith('.xlsx'))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/đảng viên/i);
    for (const f of personal.filter((x) => x.endsWith('.xlsx'))) {
      const texts = (await workbookTexts(f)).map((c) => c.text).join('\n');
      expect(texts, f).not.toMatch(/đảng viên|partyMember|birthDate/i);
    }
  });
});

describe('pages that show people', () => {
  const FIXTURE = path.resolve('test/fixtures/xss');
  /** Folders whose content concerns individuals. Other pages may count party members in aggregate. */
  const RECORD_PAGES = ['nguoi', 'quan-huyen', 'lop-hoc', 'du-lieu'];
  let before: string;
  let after: string;
  let sites: FixtureSite[] = [];

  beforeAll(async () => {
    // Same folder name as the fixture: "Sửa dữ liệu" links name the data file by it.
    const variantParent = mkdtempSync(path.join(tmpdir(), 'de-an-variant-'));
    const variant = path.join(variantParent, path.basename(FIXTURE));
    cpSync(FIXTURE, variant, { recursive: true });
    for (const f of readdirSync(path.join(variant, 'people'))) {
      const file = path.join(variant, 'people', f);
      const yaml = readFileSync(file, 'utf8')
        // Same year, so the same age under the plan's rule; a different day and month.
        .replace(/birthDate: (\d{4})-(\d{2}-\d{2})/g, (_, y: string, md: string) => `birthDate: ${y}-${md === '02-01' ? '11-28' : '02-01'}`)
        .replace(/partyMember: (true|false)/g, (_, v: string) => `partyMember: ${v === 'true' ? 'false' : 'true'}`);
      writeFileSync(file, yaml);
    }
    const original = people(FIXTURE);
    const changed = people(variant);
    // The variant really differs from the original in every birth date and party flag.
    original.forEach((p, i) => {
      expect(changed[i]!.birthDate).not.toBe(p.birthDate);
      expect(changed[i]!.partyMember).toBe(!p.partyMember);
    });
    sites = await Promise.all([buildFixtureSite(FIXTURE), buildFixtureSite(variant)]);
    [before, after] = sites.map((s) => s.dir) as [string, string];
    rmSync(variantParent, { recursive: true, force: true });
  });

  afterAll(() => {
    for (const s of sites) s.remove();
  });

  it('do not change when birthdays move within the year or party flags flip', () => {
    for (const folder of RECORD_PAGES) {
      const files = filesUnder(path.join(before, folder)).map((f) => path.relative(before, f));
      expect(files.length, folder).toBeGreaterThan(0);
      expect(filesUnder(path.join(after, folder)).map((f) => path.relative(after, f)).sort()).toEqual([...files].sort());
      // Byte for byte: the .xlsx workbooks too.
      const differing = files.filter((f) => !readFileSync(path.join(after, f)).equals(readFileSync(path.join(before, f))));
      expect(differing, folder).toEqual([]);
    }
  });
});

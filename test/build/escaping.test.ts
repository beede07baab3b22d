/**
 * Data are text, never markup: a dataset whose names, notes, titles and places hold HTML, quotes,
 * {} and ${} builds, and every page shows those strings as written while the parsed document
 * gains no element, attribute or script from them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { attr, byTag, comments, elements, one, readHtml, text, type Document } from './html-tree.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';
import { htmlFiles } from '../quality/helpers.ts';

const FIXTURE = path.resolve('test/fixtures/xss');
let site: FixtureSite | undefined;
let dist: string;
let a: Assessment;
let pages: { file: string; doc: Document }[];

beforeAll(async () => {
  const { dataset, problems } = loadDatasetSync(FIXTURE);
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  a = assess(dataset);
  site = await buildFixtureSite(FIXTURE);
  dist = site.dir;
  pages = htmlFiles(dist).map((file) => ({ file, doc: readHtml(path.join(dist, file)) }));
});

afterAll(() => site?.remove());

const read = (...parts: string[]) => readHtml(path.join(dist, ...parts, 'index.html'));

describe('the fixture', () => {
  it('really carries markup, quotes and template syntax in its texts', () => {
    const texts = [...a.dataset.people.map((p) => p.name), ...a.dataset.courses.flatMap((c) => [c.title, c.organiser, c.note ?? ''])];
    for (const needle of ['<script>', '</script>', 'onerror=', '"', "'", '{}', '${']) expect(texts.some((t) => t.includes(needle)), needle).toBe(true);
  });
});

describe('every page of the fixture site', () => {
  it('has no element or attribute that came from the data', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { file, doc } of pages) {
      for (const el of elements(doc)) {
        for (const at of el.attrs) expect(at.name.startsWith('on'), `${file}: <${el.tagName} ${at.name}>`).toBe(false);
        // The tags the fixture injects that the site itself never writes.
        expect(['iframe', 'textarea', 'b'].includes(el.tagName), `${file}: <${el.tagName}>`).toBe(false);
        if (el.tagName === 'img') expect(attr(el, 'src'), `${file}: <img>`).not.toBe('x');
      }
      for (const s of byTag(doc, 'script')) expect(text(s), `${file}: script`).not.toMatch(/alert/);
      for (const s of byTag(doc, 'style')) expect(text(s), `${file}: style`).not.toMatch(/display:\s*none/);
      for (const c of comments(doc)) expect(c, `${file}: comment`).not.toMatch(/không đóng|alert/);
    }
  });
});

describe('record pages', () => {
  it('show each person name exactly as written, in the heading, the title and the description', () => {
    for (const p of a.dataset.people) {
      const doc = read('nguoi', p.id);
      expect(text(byTag(doc, 'h1')[0]!)).toBe(p.name);
      expect(text(byTag(doc, 'title')[0]!).startsWith(p.name)).toBe(true);
      expect(attr(one(doc, 'name', 'description'), 'content')!.startsWith(p.name)).toBe(true);
    }
  });

  it('show each course title, organiser and note as written', () => {
    for (const c of a.courseViews()) {
      const doc = read('lop-hoc', c.id);
      expect(text(byTag(doc, 'h1')[0]!)).toBe(c.title);
      const body = text(byTag(doc, 'main')[0]!);
      expect(body).toContain(c.organiser);
      if (c.note) expect(body).toContain(c.note.replace(/\s+/g, ' '));
      const participants = byTag(doc, 'tbody')[0]!;
      for (const p of c.people) expect(text(participants)).toContain(p.person.name);
    }
  });

  it('show commune names and term notes as written on district and person pages', () => {
    for (const d of a.dataset.districts) {
      const doc = read('quan-huyen', d.id);
      for (const c of d.communes) expect(text(one(doc, 'data-commune', c.code))).toContain(c.name);
    }
    const list = text(read('quan-huyen'));
    for (const c of a.dataset.clusters) expect(list).toContain(c.name);
    expect(list).toContain(a.dataset.clusterNote!);
    const withNote = a.dataset.people.find((p) => p.roles.some((r) => r.note))!;
    expect(text(read('nguoi', withNote.id))).toContain(withNote.roles.find((r) => r.note)!.note!);
  });
});

describe('data files of the fixture site', () => {
  it('keep names as plain text in JSON and CSV', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'du-lieu', 'danh-sach.json'), 'utf8')) as { rows: { id: string; name: string }[] };
    expect(json.rows.map((r) => r.name).sort()).toEqual(a.dataset.people.map((p) => p.name).sort());
    const csv = readFileSync(path.join(dist, 'du-lieu', 'lop-hoc.csv'), 'utf8');
    for (const c of a.dataset.courses) expect(csv).toContain(c.title.includes('"') ? `"${c.title.replace(/"/g, '""')}"` : c.title);
  });
});

/**
 * The district, person and course pages of the built site, against the assessment of the same
 * data: every record has its page, and every figure printed there is the assessment's, formatted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainTerm, type Assessment, type Scope } from '../../src/assessment/index.ts';
import { personRecord } from '../../src/search/facets.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../src/site/format.ts';
import { communeAnchor, courseHref, districtHref, personHref } from '../../src/site/links.ts';
import { formatRatio, formatShare } from '../../src/site/share.ts';
import { editUrl, sourceUrl } from '../../src/site/url.ts';
import { assessedSite } from './assessed-site.ts';
import { attr, byTag, cells, elements, one, text, withAttr, type Document } from './html-tree.ts';

let dist: string;
let a: Assessment;
let read: (...parts: string[]) => Document;

beforeAll(() => {
  const site = assessedSite();
  dist = site.dir;
  a = site.a;
  read = site.page;
});

const page = (...parts: string[]) => path.join(dist, ...parts, 'index.html');
const unit = (u: string) => (u === 'commune' ? 'xã' : 'người');

function editLinks(doc: Document): string[] {
  return byTag(doc, 'a')
    .map((e) => attr(e, 'href') ?? '')
    .filter((h) => h.includes('/edit/') || h.includes('/blob/'));
}

describe('every record has its page', () => {
  it('each district, linked from /quan-huyen/', () => {
    const list = read('quan-huyen');
    const links = new Set(byTag(list, 'a').map((e) => attr(e, 'href')));
    for (const d of a.dataset.districts) {
      expect(existsSync(page('quan-huyen', d.id)), d.id).toBe(true);
      expect(links.has(districtHref(d.id)), d.id).toBe(true);
    }
  });

  it('each person who was ever chairwoman or source cadre', () => {
    const ever = a.dataset.people.filter((p) => p.roles.length > 0);
    expect(ever.some((p) => p.roles.some((r) => r.role === 'chairwoman'))).toBe(true);
    for (const p of ever) expect(existsSync(page('nguoi', p.id)), p.id).toBe(true);
  });

  it('each course, linked from /lop-hoc/ under its year', () => {
    const list = read('lop-hoc');
    for (const c of a.courseViews()) {
      expect(existsSync(page('lop-hoc', c.id)), c.id).toBe(true);
      const row = one(list, 'data-course', c.id);
      expect(one(row, 'href', courseHref(c.id))).toBeDefined();
    }
  });
});

describe('the district list', () => {
  it('shows each district and cluster with the assessment figures', () => {
    const list = read('quan-huyen');
    const rows = byTag(list, 'tr');
    const check = (label: string, scope: Scope) => {
      const s = a.scopeSummary(scope);
      const row = rows.find((r) => text(cells(r)[0]!) === label);
      expect(row, label).toBeDefined();
      expect(cells(row!).map(text)).toEqual([
        label,
        formatNumber(s.communes),
        `${formatRatio(s.meeting, s.population)} = ${formatShare(s.percent)}`,
        ...s.targets.map((t) => `${formatRatio(t.numerator, t.denominator)} = ${formatShare(t.percent)}`),
      ]);
    };
    for (const d of a.dataset.districts) check(a.scopeLabel({ district: d.id }), { district: d.id });
    const totals = rows.filter((r) => text(cells(r)[0]!) === 'Cả cụm');
    expect(totals).toHaveLength(a.dataset.clusters.length);
    a.dataset.clusters.forEach((c, i) => {
      const s = a.scopeSummary({ cluster: c.id });
      expect(text(cells(totals[i]!)[2]!)).toBe(`${formatRatio(s.meeting, s.population)} = ${formatShare(s.percent)}`);
    });
  });

  it('lists the districts of each cluster by name, in Vietnamese order, with no script to re-sort them', () => {
    const list = read('quan-huyen');
    const collator = new Intl.Collator('vi');
    for (const c of a.dataset.clusters) {
      const section = one(list, 'data-cluster', c.id);
      expect(withAttr(section, 'data-sortable')).toEqual([]);
      const shown = byTag(byTag(section, 'tbody')[0]!, 'tr').map((r) => attr(byTag(cells(r)[0]!, 'a')[0]!, 'href'));
      const byName = a.dataset.districts.filter((d) => d.cluster === c.id).sort((x, y) => collator.compare(x.name, y.name));
      expect(shown).toEqual(byName.map((d) => districtHref(d.id)));
    }
  });
});

describe('a district page', () => {
  it('prints the targets, the standard, the chairwomen and the tables of the assessment', () => {
    for (const d of a.dataset.districts) {
      const v = a.districtView(d.id)!;
      const doc = read('quan-huyen', d.id);
      expect(text(byTag(doc, 'h1')[0]!)).toBe(v.name);
      expect(text(one(doc, 'data-figure', 'meeting'))).toBe(formatRatio(v.standard.meeting, v.standard.population));

      for (const t of v.targets) {
        const row = withAttr(doc, 'data-target', t.id).find((e) => e.tagName === 'tr')!;
        expect(text(one(row, 'data-figure', 'ratio'))).toBe(`${formatRatio(t.numerator, t.denominator)} ${unit(t.unit)}`);
        expect(text(one(row, 'data-figure', 'percent'))).toBe(formatShare(t.percent));
        expect(text(one(row, 'data-figure', 'goal'))).toBe(`${formatPercent(t.goal, 0)} (${formatNumber(t.goalCount)} ${unit(t.unit)})`);
        expect(text(one(row, 'data-figure', 'missing'))).toBe(`${formatNumber(t.missing)} ${unit(t.unit)}`);
      }

      for (const c of v.standard.criteria) {
        const row = one(doc, 'data-criterion', c.id);
        expect(cells(row).slice(1, 4).map(text)).toEqual([c.applicable, c.met, c.notMet].map((n) => formatNumber(n)));
      }

      // Those short of the standard in the table, each with the course that would close a gap; the rest folded.
      const short = v.standard.people.filter((s) => !s.meets);
      const chairRows = short.length > 0 ? withAttr(one(doc, 'id', 'bang-chu-tich'), 'data-person') : [];
      expect(chairRows.map((r) => attr(r, 'data-person'))).toEqual(short.map((s) => s.person.id));
      chairRows.forEach((r, i) => {
        const s = short[i]!;
        expect(text(cells(r)[0]!)).toBe(s.person.name);
        expect(text(cells(r)[3]!)).toBe('Chưa đạt');
      });
      expect(withAttr(doc, 'data-person').filter((e) => e.tagName === 'li' && v.standard.people.some((s) => s.meets && s.person.id === attr(e, 'data-person'))).length).toBe(
        v.standard.people.filter((s) => s.meets).length,
      );
      const t3 = new Map(a.communeTargetRows(d.id).map((r) => [r.commune.code, r.counted]));

      for (const t of v.tables) {
        const fig = one(doc, 'id', `bang-${t.dimension}`);
        const body = byTag(byTag(fig, 'tbody')[0]!, 'tr');
        expect(body.map((r) => cells(r).map(text))).toEqual(
          t.rows.map((r) => [r.label, formatNumber(r.total), formatShare(r.percent), ...r.cells.map((n) => formatNumber(n))]),
        );
        const total = byTag(byTag(fig, 'tfoot')[0]!, 'tr')[0]!;
        expect(cells(total).map(text)).toEqual(['Cộng', formatNumber(t.total), '', ...t.columnTotals.map((n) => formatNumber(n))]);
      }

      for (const row of v.communes) {
        // The anchor is on the heading of a commune shown in full, or on its row of the compact table,
        // so search results (Pagefind sub-results) land on the commune.
        const section = one(doc, 'data-commune', row.commune.code);
        const head = section.tagName === 'section' ? byTag(section, 'h3')[0]! : byTag(section, 'th')[0]!;
        expect(attr(head, 'id')).toBe(communeAnchor(row.commune.code));
        expect(text(head)).toBe(section.tagName === 'section' ? `${row.commune.name} · ${v.name}` : row.commune.name);
        expect(attr(one(section, 'data-commune-target'), 'data-commune-target')).toBe(t3.get(row.commune.code) ? 'dat' : 'chua-dat');
        const links = byTag(section, 'a').map((e) => attr(e, 'href'));
        if (row.chairwoman) expect(links).toContain(personHref(row.chairwoman.person.id));
        if (section.tagName === 'section') for (const c of row.sourceCadres) expect(links).toContain(personHref(c.id));
      }
      // Its people file, never data/districts.yaml (the administrative list is not staff's to edit).
      const peopleFile = a.dataset.people.find((p) => p.district === d.id)?.source.file;
      expect(editLinks(doc)).toEqual(peopleFile ? [editUrl(peopleFile), editUrl(peopleFile)] : []);
    }
  });

  it('reports each year only up to the data date', () => {
    const d = a.dataset.districts[0]!;
    const doc = read('quan-huyen', d.id);
    const dates = withAttr(doc, 'data-date').map((e) => attr(e, 'data-date'));
    expect(dates.length).toBeGreaterThan(1);
    for (const date of dates) expect(date! <= a.currentDate).toBe(true);
  });
});

describe('a person page', () => {
  it('reads in its heading and first line as her search record, and carries no search markup of its own', () => {
    for (const ref of a.people()) {
      const doc = read('nguoi', ref.id);
      const record = personRecord(a.personView(ref.id)!, a.nameRank(ref.id));
      const role = byTag(doc, 'p').find((e) => attr(e, 'class') === 'person-role')!;
      expect(`${text(byTag(doc, 'h1')[0]!)}. ${text(role)}`).toBe(record.content);
      // The indexer never reads person pages (src/search/records-file.ts): what would add to the index here would be dead.
      const adds = /^data-pagefind-(body|meta|filter|sort|weight)$/;
      expect(elements(doc).filter((e) => e.attrs.some((x) => adds.test(x.name)))).toEqual([]);
    }
  });

  it('shows her age band, qualifications, courses, standing and terms as assessed', () => {
    for (const ref of a.people()) {
      const v = a.personView(ref.id)!;
      const doc = read('nguoi', ref.id);
      expect(text(byTag(doc, 'h1')[0]!)).toBe(v.person.name);
      expect(text(one(doc, 'data-figure', 'age-band'))).toBe(v.ageBand ?? 'ngoài các nhóm tuổi của đề án');
      for (const q of v.qualifications) expect(text(cells(one(doc, 'data-dimension', q.dimension))[2]!)).toContain(q.label);

      expect(withAttr(doc, 'data-course').map((e) => attr(e, 'data-course'))).toEqual(v.courses.map((c) => c.id));
      for (const c of v.courses) expect(one(one(doc, 'data-course', c.id), 'href', courseHref(c.id))).toBeDefined();

      const s = a.personStandard(ref.id)!;
      expect(s.counted).toBe(v.standard !== undefined);
      // The standard is judged only for a chairwoman; a source cadre is judged against target 3.
      expect(withAttr(doc, 'data-criterion').length).toBe(s.counted ? s.criteria.length : 0);
      if (s.counted) {
        for (const c of s.criteria) {
          const li = one(doc, 'data-criterion', c.id);
          expect(attr(li, 'data-met')).toBe(c.met === null ? 'khong-ap-dung' : c.met ? 'dat' : 'chua-dat');
          if (c.met === false && c.measure) for (const k of a.nextCourses(ref.id, mainTerm(v).commune.district, { measure: c.measure })) expect(one(li, 'href', courseHref(k.id))).toBeDefined();
        }
      }
      const cadre = a.sourceCadreCheck(ref.id);
      expect(withAttr(doc, 'data-subject').map((e) => [attr(e, 'data-subject'), attr(e, 'data-met')])).toEqual(
        cadre ? cadre.target.subjects.map((x) => [x.id, cadre.missing.some((y) => y.id === x.id) ? 'chua-dat' : 'dat']) : [],
      );

      const links = byTag(doc, 'a').map((e) => attr(e, 'href'));
      for (const t of v.terms) {
        if (t.predecessor) expect(links).toContain(personHref(t.predecessor.id));
        if (t.successor) expect(links).toContain(personHref(t.successor.id));
        expect(text(doc)).toContain(formatDate(t.from));
      }
      // Who came before and after her: two columns, shown only for someone with either.
      const roles = one(doc, 'aria-label', 'Quá trình giữ vai trò');
      const succession = v.terms.some((t) => t.predecessor || t.successor);
      expect(byTag(roles, 'th').filter((e) => attr(e, 'scope') === 'col').map(text)).toEqual(
        ['Vai trò', 'Xã, phường, thị trấn', 'Thời gian', ...(succession ? ['Người trước', 'Người sau'] : [])],
      );
      expect(editLinks(doc)).toEqual([editUrl(v.person.source.file), sourceUrl(v.person.source)]);
    }
  });
});

describe('a course page', () => {
  it('shows seats, participants, completion and cost as assessed', () => {
    for (const c of a.courseViews()) {
      const doc = read('lop-hoc', c.id);
      expect(text(byTag(doc, 'h1')[0]!)).toBe(c.title);
      expect(text(one(doc, 'data-figure', 'seats'))).toBe(formatNumber(c.seats));
      expect(text(one(doc, 'data-figure', 'filled'))).toBe(`${formatNumber(c.filled)} (${formatShare(c.fillPercent)} số chỗ)`);
      expect(text(one(doc, 'data-figure', 'outcomes'))).toBe(
        `${formatNumber(c.participants.completed)} hoàn thành (${formatShare(c.completionPercent)} học viên), ${formatNumber(c.participants.enrolled)} đang học, ${formatNumber(c.participants.dropped)} bỏ học`,
      );
      expect(text(one(doc, 'data-figure', 'cost'))).toBe(formatMoney(c.cost).replace(/\s+/g, ' '));
      const rows = withAttr(doc, 'data-person');
      expect(rows.map((r) => [attr(r, 'data-person'), attr(r, 'data-outcome')])).toEqual(c.people.map((p) => [p.person.id, p.outcome]));
      for (const p of c.people) expect(one(one(doc, 'data-person', p.person.id), 'href', personHref(p.person.id))).toBeDefined();
      expect(editLinks(doc)).toEqual([editUrl(c.source.file), sourceUrl(c.source)]);
    }
  });
});

import { describeRef, ref, type Ref, type Report, type ValidFiles } from './check-context.ts';

interface Keyed {
  id: string;
  at: Ref;
  /** What the message shows, when the compared key is more than the value (a commune's type and name). */
  shown?: string;
}

/** Reports every value already seen; compared in NFC, so visually equal text counts as equal. */
function unique(report: Report, items: Iterable<Keyed>, what: string, key = 'duplicate_id'): void {
  const seen = new Map<string, Ref>();
  for (const { id, at, shown } of items) {
    const k = id.normalize('NFC');
    const first = seen.get(k);
    if (first) report(at, 'error', key, `${what} trùng: "${shown ?? id}"`, `đã có ở ${describeRef(first)}`);
    else seen.set(k, at);
  }
}

/** Ids and names that must be unique, within a file or across all files of a kind. */
export function checkUniqueness(files: ValidFiles, report: Report): void {
  const d = files.districts;
  const { clusters, districts } = d.data;
  unique(report, clusters.map((c, i) => ({ id: c.id, at: ref(d, 'clusters', i, 'id') })), 'Mã cụm');
  unique(report, districts.map((x, i) => ({ id: x.id, at: ref(d, 'districts', i, 'id') })), 'Mã quận, huyện');
  unique(report, districts.map((x, i) => ({ id: x.code, at: ref(d, 'districts', i, 'code') })), 'Mã số quận, huyện');
  unique(report, districts.map((x, i) => ({ id: x.name, at: ref(d, 'districts', i, 'name') })), 'Tên quận, huyện', 'duplicate_name');
  unique(
    report,
    districts.flatMap((x, i) => x.communes.map((c, j) => ({ id: c.code, at: ref(d, 'districts', i, 'communes', j, 'code') }))),
    'Mã xã, phường, thị trấn',
  );
  // Gia Lâm has both a xã and a thị trấn Yên Viên: a commune is its type and its name.
  districts.forEach((x, i) =>
    unique(
      report,
      x.communes.map((c, j) => ({ id: `${c.type} ${c.name}`, shown: c.name, at: ref(d, 'districts', i, 'communes', j, 'name') })),
      'Tên xã, phường, thị trấn trong quận, huyện',
      'duplicate_name',
    ),
  );

  const p = files.plan;
  const plan = p.data;
  unique(report, plan.age.bands.map((b, i) => ({ id: b.id, at: ref(p, 'age', 'bands', i, 'id') })), 'Mã nhóm tuổi');
  unique(report, plan.standard.criteria.map((c, i) => ({ id: c.id, at: ref(p, 'standard', 'criteria', i, 'id') })), 'Mã tiêu chí');
  unique(report, plan.targets.map((t, i) => ({ id: t.id, at: ref(p, 'targets', i, 'id') })), 'Mã chỉ tiêu');
  unique(report, plan.targets.map((t, i) => ({ id: String(t.number), at: ref(p, 'targets', i, 'number') })), 'Số thứ tự chỉ tiêu');
  unique(report, plan.measures.map((m, i) => ({ id: m.id, at: ref(p, 'measures', i, 'id') })), 'Mã giải pháp');
  unique(report, plan.roadmap.map((y, i) => ({ id: String(y.year), at: ref(p, 'roadmap', i, 'year') })), 'Năm lộ trình');
  unique(
    report,
    plan.roadmap.flatMap((y, i) => y.items.map((it, j) => ({ id: it.id, at: ref(p, 'roadmap', i, 'items', j, 'id') }))),
    'Mã nhiệm vụ lộ trình',
  );

  const b = files.baseline;
  unique(report, b.data.tables.map((t, i) => ({ id: t.id, at: ref(b, 'tables', i, 'id') })), 'Mã bảng thực trạng');
  b.data.tables.forEach((t, i) =>
    unique(report, t.rows.map((r, j) => ({ id: r.level, at: ref(b, 'tables', i, 'rows', j, 'level') })), 'Trình độ trong bảng'),
  );
  unique(
    report,
    [...b.data.figures.map((x, i) => ({ id: x.id, at: ref(b, 'figures', i, 'id') })), ...b.data.documentNotes.map((x, i) => ({ id: x.id, at: ref(b, 'documentNotes', i, 'id') }))],
    'Mã con số, ghi chú văn bản',
  );

  unique(report, files.people.flatMap((f) => f.data.people.map((x, i) => ({ id: x.id, at: ref(f, 'people', i, 'id') }))), 'Mã người');
  unique(report, files.courses.flatMap((f) => f.data.courses.map((x, i) => ({ id: x.id, at: ref(f, 'courses', i, 'id') }))), 'Mã lớp');
  const g = files.progress;
  unique(report, g.data.entries.map((e, i) => ({ id: e.item, at: ref(g, 'entries', i, 'item') })), 'Tiến độ của nhiệm vụ', 'duplicate_entry');
}

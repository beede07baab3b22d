import { ref, type Ref, type Report, type ValidFiles } from './check-context.ts';
import type { Index } from './check-index.ts';
import { SCALES } from '../schema/index.ts';

function exists(report: Report, has: boolean, at: Ref, what: string, id: string, where: string): boolean {
  if (!has) report(at, 'error', 'dangling_reference', `Không tìm thấy ${what} "${id}"`, `phải là một mã trong ${where}`);
  return has;
}

/** Every id a record names must name something that exists. */
export function checkReferences(files: ValidFiles, ix: Index, report: Report): void {
  const d = files.districts;
  const districtsFile = d.file;
  d.data.districts.forEach((x, i) => {
    exists(report, ix.clusters.has(x.cluster), ref(d, 'districts', i, 'cluster'), 'cụm', x.cluster, `clusters[].id của ${districtsFile}`);
  });

  // One people file per district, named after it, saying so.
  const peopleFiles = new Set(files.people.map((f) => f.name));
  d.data.districts.forEach((x, i) => {
    if (!peopleFiles.has(x.id)) {
      report(ref(d, 'districts', i, 'id'), 'error', 'missing_file', `Quận, huyện "${x.id}" chưa có tệp danh sách người`, `tạo tệp people/${x.id}.yaml`);
    }
  });
  for (const f of files.people) {
    if (!ix.districts.has(f.name)) {
      report(ref(f), 'error', 'dangling_reference', `Tên tệp "${f.name}.yaml" không phải mã một quận, huyện`, `tên tệp phải là một mã trong districts[].id của ${districtsFile}`);
    } else if (f.data.district !== f.name) {
      report(ref(f, 'district'), 'error', 'district_mismatch', `Khoá district "${f.data.district}" không trùng tên tệp "${f.name}.yaml"`, `ghi district: ${f.name}`);
    }
  }

  const p = files.plan;
  const planFile = p.file;
  p.data.standard.criteria.forEach((c, i) => {
    if (c.measure) exists(report, ix.measures.has(c.measure), ref(p, 'standard', 'criteria', i, 'measure'), 'giải pháp', c.measure, `measures[].id của ${planFile}`);
  });
  p.data.roadmap.forEach((y, i) =>
    y.items.forEach((it, j) => {
      if (it.measure) exists(report, ix.measures.has(it.measure), ref(p, 'roadmap', i, 'items', j, 'measure'), 'giải pháp', it.measure, `measures[].id của ${planFile}`);
    }),
  );

  for (const f of files.courses) {
    f.data.courses.forEach((c, i) => {
      const item = ix.roadmapItems.get(c.roadmapItem);
      exists(report, item !== undefined, ref(f, 'courses', i, 'roadmapItem'), 'nhiệm vụ lộ trình', c.roadmapItem, `roadmap[].items[].id của ${planFile}`);
      exists(report, ix.measures.has(c.measure), ref(f, 'courses', i, 'measure'), 'giải pháp', c.measure, `measures[].id của ${planFile}`);
      if (item && item.kind !== 'course') {
        report(ref(f, 'courses', i, 'roadmapItem'), 'warning', 'not_a_course_item', `Nhiệm vụ lộ trình "${item.id}" không phải nhiệm vụ mở lớp`, 'nhiệm vụ có kind: course');
      }
      if (item?.measure && ix.measures.has(c.measure) && item.measure !== c.measure) {
        report(ref(f, 'courses', i, 'measure'), 'warning', 'measure_mismatch', `Lớp thuộc giải pháp "${c.measure}" nhưng nhiệm vụ lộ trình "${item.id}" thuộc giải pháp "${item.measure}"`);
      }
      c.participants.forEach((x, j) => {
        exists(report, ix.people.has(x.person), ref(f, 'courses', i, 'participants', j, 'person'), 'người', x.person, 'people[].id của các tệp people/*.yaml');
      });
    });
  }

  const g = files.progress;
  g.data.entries.forEach((e, i) => {
    exists(report, ix.roadmapItems.has(e.item), ref(g, 'entries', i, 'item'), 'nhiệm vụ lộ trình', e.item, `roadmap[].items[].id của ${planFile}`);
  });

  const b = files.baseline;
  const bands = p.data.age.bands.map((x) => x.id);
  b.data.tables.forEach((t, i) => {
    t.columns.forEach((c, j) => {
      exists(report, bands.includes(c), ref(b, 'tables', i, 'columns', j), 'nhóm tuổi', c, `age.bands[].id của ${planFile}`);
    });
    const levels: readonly { id: string }[] = SCALES[t.dimension].levels;
    const width = t.columns.length;
    t.rows.forEach((r, j) => {
      if (!levels.some((l) => l.id === r.level)) {
        report(ref(b, 'tables', i, 'rows', j, 'level'), 'error', 'invalid_value', `Trình độ "${r.level}" không có trên thang "${SCALES[t.dimension].label}" của bảng`, `giá trị hợp lệ: ${levels.map((l) => l.id).join(', ')}`);
      }
      if (r.cells.length !== width) {
        report(ref(b, 'tables', i, 'rows', j, 'cells'), 'error', 'wrong_length', `Hàng có ${r.cells.length} ô nhưng bảng có ${width} cột nhóm tuổi`);
      }
    });
    if (t.totalRow.cells.length !== width) {
      report(ref(b, 'tables', i, 'totalRow', 'cells'), 'error', 'wrong_length', `Hàng cộng có ${t.totalRow.cells.length} ô nhưng bảng có ${width} cột nhóm tuổi`);
    }
  });
}

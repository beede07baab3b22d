import { describeRef, ref, type Ref, type Report, type ValidFiles } from './check-context.ts';

/** The tile map, when given: every district exactly one tile, no two tiles on one square, short names apart. */
export function checkTileMap(files: ValidFiles, report: Report): void {
  const t = files.tileMap;
  if (!t) return;
  const d = files.districts;
  const districts = new Set(d.data.districts.map((x) => x.id));
  const byDistrict = new Map<string, Ref>();
  const bySquare = new Map<string, Ref>();
  const byShort = new Map<string, Ref>();
  t.data.tiles.forEach((x, i) => {
    if (!districts.has(x.district)) {
      report(ref(t, 'tiles', i, 'district'), 'error', 'dangling_reference', `Không tìm thấy quận, huyện "${x.district}"`, `phải là một mã trong districts[].id của ${d.file}`);
    }
    const seen = byDistrict.get(x.district);
    if (seen) report(ref(t, 'tiles', i, 'district'), 'error', 'duplicate_id', `Quận, huyện "${x.district}" có hai ô`, `đã có ở ${describeRef(seen)}`);
    else byDistrict.set(x.district, ref(t, 'tiles', i, 'district'));
    const square = `${x.row},${x.col}`;
    const other = bySquare.get(square);
    if (other) report(ref(t, 'tiles', i, 'row'), 'error', 'duplicate_tile', `Hai ô cùng chỗ: hàng ${x.row}, cột ${x.col}`, `ô kia ở ${describeRef(other)}`);
    else bySquare.set(square, ref(t, 'tiles', i, 'row'));
    const short = x.short.normalize('NFC');
    const same = byShort.get(short);
    if (same) report(ref(t, 'tiles', i, 'short'), 'error', 'duplicate_name', `Tên viết tắt trùng: "${x.short}"`, `đã có ở ${describeRef(same)}`);
    else byShort.set(short, ref(t, 'tiles', i, 'short'));
  });
  d.data.districts.forEach((x, i) => {
    if (!byDistrict.has(x.id)) report(ref(d, 'districts', i, 'id'), 'error', 'missing_tile', `Quận, huyện "${x.id}" chưa có ô trên bản đồ ô`, `thêm một ô district: ${x.id} vào ${t.file}`);
  });
}

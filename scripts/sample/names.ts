import type { Rng } from './prng.ts';

/**
 * Synthetic Vietnamese women's names. Family-name weights follow the northern distribution
 * (Nguyễn about 38%); Khuất, Kiều, Phùng are Hà Tây names. Younger women more often have a
 * middle name other than "Thị". No name here belongs to a real record.
 */
const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 10], ['Lê', 8], ['Phạm', 6.5], ['Hoàng', 4], ['Vũ', 4], ['Đỗ', 3], ['Bùi', 2.5],
  ['Đặng', 2], ['Phan', 1.8], ['Ngô', 1.5], ['Dương', 1.2], ['Đinh', 1.2], ['Trịnh', 1], ['Đào', 1],
  ['Hồ', 0.8], ['Đoàn', 0.8], ['Lương', 0.6], ['Mai', 0.6], ['Tạ', 0.6], ['Trương', 0.6], ['Hà', 0.6],
  ['Lý', 0.5], ['Chu', 0.5], ['Cao', 0.5], ['Lưu', 0.5], ['Phùng', 0.5], ['Khuất', 0.4], ['Kiều', 0.4],
  ['Lại', 0.3], ['Nghiêm', 0.3], ['Tô', 0.3], ['Vương', 0.3], ['Quách', 0.2], ['Đồng', 0.2],
];

const MIDDLE_OLDER: readonly (readonly [string, number])[] = [
  ['Thị', 78], ['Thị Thu', 4], ['Thị Minh', 3], ['Thị Thanh', 3], ['Thị Kim', 2], ['Thanh', 3], ['Thu', 3], ['Ngọc', 2], ['Minh', 1], ['Kim', 1],
];
const MIDDLE_YOUNGER: readonly (readonly [string, number])[] = [
  ['Thị', 52], ['Thị Thu', 6], ['Thị Minh', 4], ['Thị Thanh', 4], ['Thị Hồng', 3], ['Thanh', 7], ['Thu', 7], ['Ngọc', 6], ['Minh', 4], ['Hồng', 3], ['Phương', 2], ['Bích', 2],
];

const GIVEN = [
  'Hằng', 'Hương', 'Lan', 'Mai', 'Hà', 'Thủy', 'Nga', 'Hoa', 'Huyền', 'Thảo', 'Dung', 'Liên', 'Loan', 'Phương',
  'Yến', 'Oanh', 'Nhung', 'Hạnh', 'Vân', 'Xuân', 'Tuyết', 'Hiền', 'Bình', 'Đào', 'Hồng', 'Thúy', 'Hường',
  'Nguyệt', 'Tâm', 'Thanh', 'Lý', 'Sen', 'Cúc', 'Minh', 'Chi', 'Linh', 'Ngọc', 'Trang', 'Quyên', 'Hảo',
  'Thoa', 'Thơm', 'Gấm', 'Lụa', 'Hiên', 'Ánh', 'Diệp', 'Giang', 'Hậu', 'Huệ', 'Lương', 'My', 'Ninh', 'Tươi',
] as const;
/** Names that became common only from the 1980s on, and names mostly borne by older women. */
const YOUNGER_ONLY = new Set(['Linh', 'Trang', 'My', 'Chi', 'Quyên', 'Giang']);
const OLDER_ONLY = new Set(['Thơm', 'Gấm', 'Lụa', 'Sen', 'Cúc', 'Hảo', 'Tươi']);
const GIVEN_YOUNGER = GIVEN.filter((g) => !OLDER_ONLY.has(g));
const GIVEN_OLDER = GIVEN.filter((g) => !YOUNGER_ONLY.has(g));

export function womanName(rng: Rng, birthYear: number, avoid: ReadonlySet<string>): string {
  const younger = birthYear >= 1975;
  for (;;) {
    const family = rng.weighted(FAMILY);
    const middle = rng.weighted(younger ? MIDDLE_YOUNGER : MIDDLE_OLDER);
    const given = rng.pick(younger ? GIVEN_YOUNGER : GIVEN_OLDER);
    if (middle.endsWith(given)) continue;
    const name = `${family} ${middle} ${given}`.normalize('NFC');
    if (!avoid.has(name)) return name;
  }
}

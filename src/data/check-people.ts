import { compareDates } from '../domain/dates.ts';
import { ref, type Ref, type Report, type ValidFiles } from './check-context.ts';
import type { Index } from './check-index.ts';

interface Term {
  person: string;
  from: string;
  to?: string;
  at: Ref;
}

const OPEN_END = '9999-12-31';
const span = (t: Term) => `${t.person} (${t.from} – ${t.to ?? 'nay'})`;

/** Each role in a commune of the file's district, in date order; one chairwoman per commune at a time. */
export function checkPeople(files: ValidFiles, ix: Index, report: Report): void {
  const chairs = new Map<string, Term[]>();
  for (const f of files.people) {
    f.data.people.forEach((p, i) => {
      p.roles.forEach((r, j) => {
        const at = (field: string) => ref(f, 'people', i, 'roles', j, field);
        const district = ix.communeDistrict.get(r.commune);
        if (district === undefined) {
          report(at('commune'), 'error', 'dangling_reference', `Không tìm thấy xã, phường, thị trấn mã "${r.commune}"`, `phải là một mã trong districts[].communes[].code của ${files.districts.file}`);
        } else if (district !== f.name) {
          report(at('commune'), 'error', 'wrong_district', `Xã mã "${r.commune}" thuộc quận, huyện "${district}", không thuộc "${f.name}" của tệp này`, `ghi người này vào tệp people/${district}.yaml`);
        }
        if (r.from < p.birthDate) {
          // The birth date stays out of the message: these lines reach CI logs and annotations.
          report(at('from'), 'error', 'date_order', `Ngày bắt đầu vai trò ${r.from} trước ngày sinh của người này`, 'kiểm tra from và birthDate');
        }
        if (r.to !== undefined && r.to < r.from) {
          report(at('to'), 'error', 'date_order', `Ngày thôi ${r.to} trước ngày bắt đầu ${r.from}`);
        }
        if (r.role === 'chairwoman') {
          const list = chairs.get(r.commune) ?? [];
          list.push({ person: p.id, from: r.from, ...(r.to ? { to: r.to } : {}), at: at('from') });
          chairs.set(r.commune, list);
        }
      });
    });
  }

  for (const [commune, terms] of chairs) {
    const sorted = [...terms].sort((a, b) => compareDates(a.from, b.from));
    sorted.forEach((later, k) => {
      for (const earlier of sorted.slice(0, k)) {
        if (later.from <= (earlier.to ?? OPEN_END)) {
          report(
            later.at,
            'error',
            'overlapping_terms',
            `Hai chủ tịch Hội cùng lúc ở xã mã "${commune}": ${span(earlier)} và ${span(later)}`,
            'nhiệm kỳ không được chồng lên nhau, tính cả ngày đầu và ngày cuối',
          );
        }
      }
    });
  }
}

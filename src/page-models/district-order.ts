import type { Assessment } from '../assessment/index.ts';

/**
 * The sentence that names the site's one order of districts (Assessment.districtOrder), for every
 * table that lists them in it: the clusters come from the data, so the words follow them.
 */
export function districtOrderNote(a: Assessment): string {
  const clusters = a.clustersWithDistricts().map((c) => c.name);
  return `Quận, huyện xếp theo cụm thi đua (${clusters.join(', ')}), trong mỗi cụm theo tên: thứ tự chung của mọi bảng trên trang web.`;
}

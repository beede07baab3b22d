/**
 * ASCII slug of Vietnamese text, for URLs, anchors and the district ids the admin-units importer
 * writes: "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN" → "i-can-cu-xay-dung-de-an", "Đống Đa" → "dong-da".
 * đ is a letter of its own, not a d with a mark, so NFD leaves it: it is mapped by hand. Neutral ground,
 * like vi.ts: the site and the scripts both import it, and it imports nothing.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Vietnamese without diacritics, as people type it on a keyboard with no Vietnamese input:
 * "Đống Đa" → "Dong Da", "Phượng" → "Phuong". Pagefind already matches across tone marks and the
 * breve, circumflex and horn (ă â ê ô ơ ư decompose into a base letter and a mark), but not across
 * đ/Đ, which Unicode treats as letters of their own, so "dong" never finds "Đống": the search index
 * carries a folded copy of the names (src/search/facets.ts) made by this function.
 */

/** Combining marks left after canonical decomposition: tones, breve, circumflex, horn. */
const MARKS = /[\u0300-\u036f]/g;

/** The text with every mark removed and đ/Đ as d/D; NFC or NFD input gives the same NFC output. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** True when folding changes the text, i.e. a reader typing without marks would miss it. */
export function hasMarks(text: string): boolean {
  return fold(text) !== text.normalize('NFC');
}

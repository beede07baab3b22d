/**
 * đ = d at query time. Pagefind matches across tone marks and the breve, circumflex and horn, but
 * treats đ as a letter of its own, so "dao tao" misses "đào tạo". Rather than index a folded copy
 * of every text (twice the index), a query is searched in each of its spellings with d or đ
 * ("dao tao", "đao tao") and the answers are merged (src/scripts/search-client.ts).
 * Pure, for the browser scripts and tests.
 */

/** At most this many spellings of one query: each is one Pagefind search. */
export const MAX_VARIANTS = 8;

/** The spellings of one word: each d either kept or made đ ("dad" → dad, đad, dađ, đađ), the word as typed first. */
function wordVariants(word: string): string[] {
  let out = [''];
  for (const ch of word) out = ch === 'd' || ch === 'D' ? out.flatMap((v) => [v + ch, v + (ch === 'd' ? 'đ' : 'Đ')]) : out.map((v) => v + ch);
  return out;
}

/**
 * The query's spellings, as typed first. The words are spelt every way left to right while the
 * count stays within MAX_VARIANTS; a later word gets as typed and all-đ while room is left, else as typed.
 */
export function queryVariants(query: string): string[] {
  const parts = query.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  let out = [''];
  for (const word of parts) {
    const vs = wordVariants(word);
    const allD = word.replace(/d/g, 'đ').replace(/D/g, 'Đ');
    const choices = out.length * vs.length <= MAX_VARIANTS ? vs : [...new Set([word, allD])].slice(0, Math.max(1, Math.floor(MAX_VARIANTS / out.length)));
    out = out.flatMap((v) => choices.map((c) => (v ? `${v} ${c}` : c)));
  }
  return out;
}

import { mainTerm, type PersonView } from '../assessment/index.ts';

/**
 * Her current roles ("Chủ tịch Hội Phường Phúc Xá; …"), or the last one she held: the first line of
 * her page and the text of her search record, which must read the same.
 */
export function roleSummary(v: PersonView): string {
  const current = v.terms.filter((t) => t.current);
  if (current.length > 0) return current.map((t) => `${t.roleLabel} ${t.commune.name}`).join('; ');
  const lead = mainTerm(v);
  return `Đã thôi giữ vai trò (trước đây: ${lead.roleLabel.toLowerCase()} ${lead.commune.name})`;
}

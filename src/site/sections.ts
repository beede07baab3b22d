import { slugify } from '../format/slug.ts';

/**
 * Numbering of the plan's headings. The document numbers its parts "II." (roman, level 2),
 * "1." (level 3) and "1.1." (level 4, repeating its level-3 number); other data cite them as
 * "II.1.1" (`where` in data/). A heading's anchor starts with that path so it is unique and
 * readable: "II. THỰC TRẠNG…" → "ii-thuc-trang-…", "1.1. Trình độ chuyên môn:" under II →
 * "ii-1-1-trinh-do-chuyen-mon". The words are cut at the first ":" or "(", where the printed
 * headings run on into text.
 */
export interface Section {
  /** "II.1.1"; undefined for an unnumbered heading. */
  path?: string;
  id: string;
}

const ROMAN = /^([IVX]+)\.\s*(.*)$/s;
const ARABIC = /^(\d+(?:\.\d+)*)\.?\s*(.*)$/s;

function words(text: string): string {
  return text.split(/[:(]/, 1)[0]!.trim();
}

/** Numbers the headings of one document, in order. One numberer per document: it remembers the current part. */
export function createSectionNumberer(): (depth: number, text: string) => Section {
  let part: string | undefined;
  const used = new Set<string>();

  function unique(id: string): string {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  }

  return (depth, rawText) => {
    const text = rawText.normalize('NFC').trim();
    const roman = depth === 2 ? ROMAN.exec(text) : null;
    if (roman) {
      part = roman[1]!;
      return { path: part, id: unique(slugify(`${part} ${words(roman[2]!)}`)) };
    }
    const arabic = depth > 2 && part ? ARABIC.exec(text) : null;
    if (arabic) {
      const path = `${part}.${arabic[1]}`;
      return { path, id: unique(slugify(`${path} ${words(arabic[2]!)}`)) };
    }
    if (depth === 2) part = undefined;
    return { id: unique(slugify(text) || 'muc') };
  };
}

/**
 * The anchor for a place the data cite ("V.2.3"): the deepest numbered heading that contains it
 * (V.2.3 is a paragraph under heading V.2). Undefined when the document has no such part.
 */
export function sectionAnchor(where: string, sections: Readonly<Record<string, string>>): string | undefined {
  // A place may carry words after its number ("II.1 (nhận xét về lý luận chính trị)"): only the number locates it.
  const parts = (where.trim().split(/\s/, 1)[0] ?? '').split('.');
  while (parts.length > 0) {
    const id = sections[parts.join('.')];
    if (id) return id;
    parts.pop();
  }
  return undefined;
}

/**
 * The section path → anchor map of a Markdown text, as the document-anchors plugin makes it from the
 * rendered headings (h2–h4), for code that cannot render the MDX (page-model tests). Headings are
 * plain text lines ("## II. THỰC TRẠNG…").
 */
export function markdownSections(markdown: string): Record<string, string> {
  const number = createSectionNumberer();
  const out: Record<string, string> = {};
  for (const m of markdown.matchAll(/^(#{2,4}) +(.+?) *$/gm)) {
    const section = number(m[1]!.length, m[2]!);
    if (section.path) out[section.path] = section.id;
  }
  return out;
}

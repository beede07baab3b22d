/**
 * The plan's text as a reader sees it, from src/content/de-an.mdx, for tests that hold the data's
 * quotes and the transcription's mends to the document: Markdown and HTML markup out, the
 * document's own list markers kept ("-" as written, "+" for the II.1.3 list that prints them by
 * CSS), each <PrintedTable> replaced by the text it shows (when asked), NFC, whitespace folded.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const MDX_PATH = new URL('../../src/content/de-an.mdx', import.meta.url);
/** The web copy the transcription was made from, as scraped (page debris included; "³56" is "≥56"). */
export const SCRAPED_PATH = new URL('../fixtures/document/de-an-04-DA-BCH-2012.txt', import.meta.url);

export const readMdx = (): string => readFileSync(MDX_PATH, 'utf8');
export const readScraped = (): string => readFileSync(SCRAPED_PATH, 'utf8');

/** NFC, every run of white space one space, trimmed. */
export function fold(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The front matter: the YAML between the "---" lines that open the MDX. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** The MDX's front matter as written (the build adds the section anchors to it). */
export function frontmatterOf(mdx: string): Record<string, unknown> {
  return parse(FRONT_MATTER.exec(mdx)?.[1] ?? '') as Record<string, unknown>;
}

/** The document part of the MDX: without the front matter, the imports and the editorial note. */
export function documentPart(mdx: string): string {
  const [body = ''] = mdx.replace(FRONT_MATTER, '').split('<div class="editorial-note">');
  return body.replace(/^import .*$/gm, '');
}

/** The editorial note ("Ghi chú về bản chép"). */
export function editorialNote(mdx: string): string {
  return mdx.split('<div class="editorial-note">')[1] ?? '';
}

/**
 * The reader's text of the document part. `table(id)` gives the text a <PrintedTable id> shows
 * (default: nothing, the tables being data).
 */
export function documentText(mdx: string, table: (id: string) => string = () => ''): string {
  let s = documentPart(mdx);
  s = s.replace(/<PrintedTable id="([^"]+)"[^>]*\/>/g, (_, id: string) => `\n${table(id)}\n`);
  s = s.replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '\n');
  s = s.replace(/<ul class="marker-plus">([\s\S]*?)<\/ul>/g, (_, items: string) => items.replace(/<li>/g, '\n+ '));
  s = s.replace(/<br \/>/g, ' ');
  s = s.replace(/<[^>]+>/g, '\n');
  s = s.replace(/^#{1,6} /gm, '');
  s = s.replace(/\\\*/g, '*');
  return fold(s);
}

/**
 * Whether a quote occurs in a text, both folded: "…" marks an elision, so the quote's parts must
 * each occur, in order.
 */
export function quoteOccurs(quote: string, text: string): boolean {
  const parts = fold(quote)
    .split('…')
    .map((p) => p.trim());
  if (parts.some((p) => p === '')) return false;
  let from = 0;
  for (const p of parts) {
    const at = text.indexOf(p, from);
    if (at === -1) return false;
    from = at + p.length;
  }
  return true;
}

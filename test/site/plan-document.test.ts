import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createSectionNumberer, sectionAnchor } from '../../src/site/sections.ts';

const mdx = readFileSync(new URL('../../src/content/de-an.mdx', import.meta.url), 'utf8');
const [documentText = '', editorialNote = ''] = mdx.split('<div class="editorial-note">');
const readData = (file: string): unknown => parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));

/** The section map the document-anchors plugin builds, from the Markdown headings of the file. */
function sectionsOfDocument(): Record<string, string> {
  const number = createSectionNumberer();
  const sections: Record<string, string> = {};
  for (const [, hashes, text] of mdx.matchAll(/^(#{2,4}) (.+)$/gm)) {
    const s = number(hashes!.length, text!);
    if (s.path) sections[s.path] = s.id;
  }
  return sections;
}

function collectWhere(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collectWhere(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'where' && typeof v === 'string') out.push(v);
      else collectWhere(v, out);
    }
  }
  return out;
}

describe('the plan as transcribed', () => {
  it('has the six parts of the document, in order', () => {
    const parts = Object.keys(sectionsOfDocument()).filter((p) => !p.includes('.'));
    expect(parts).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
  });

  it('has a place for every section the data cite', () => {
    const sections = sectionsOfDocument();
    const cited = [...collectWhere(readData('plan.yaml')), ...collectWhere(readData('baseline.yaml'))];
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter((w) => sectionAnchor(w, sections) === undefined);
    expect(missing).toEqual([]);
  });

  it('prints each baseline table of data/baseline.yaml once, and no other', () => {
    const used = [...documentText.matchAll(/<PrintedTable id="([^"]+)"/g)].map((m) => m[1]);
    const tables = (readData('baseline.yaml') as { tables: { id: string }[] }).tables.map((t) => t.id);
    expect(used.sort()).toEqual([...tables].sort());
  });

  it('carries none of the scraping faults of the web copy', () => {
    expect(documentText).not.toContain('³');
    expect(documentText).not.toMatch(/^\s*\d+\.\s+\d+\.\S/m);
    expect(documentText).not.toContain('Đã kíNguyễn');
    expect(documentText).not.toMatch(/Developed by|JoomVision|hinh_anh_hoat_dong/);
    // The signature as printed: spelling kept, no brackets added.
    expect(documentText).toMatch(/^Đã kí$/m);
    expect(documentText).not.toContain('(Đã ký)');
    expect(documentText).toBe(documentText.normalize('NFC'));
  });

  it('says what the transcription changed', () => {
    expect(editorialNote).toContain('[nữ]');
    expect(editorialNote).toContain('≥56');
  });
});

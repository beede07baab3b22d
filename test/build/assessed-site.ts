/**
 * The built site under test (test/setup/built-site.ts) with the assessment of the data it was
 * built from: build tests read a page and compare it with what src/assessment/ computes.
 */
import path from 'node:path';
import { inject } from 'vitest';
import { assess, type Assessment } from '../../src/assessment/index.ts';
import { loadDatasetSync } from '../../src/data/load.ts';
import { attr, elements, one, readHtml, withAttr, type Document, type Element } from './html-tree.ts';

export interface AssessedSite {
  dir: string;
  basePath: string;
  a: Assessment;
  /** A page by its base-relative path: page('lo-trinh', '2013'); page() is the home page. */
  page(...parts: string[]): Document;
}

let cached: AssessedSite | undefined;

export function assessedSite(): AssessedSite {
  if (cached) return cached;
  const { dir, dataDir, basePath } = inject('builtSite');
  const { dataset, problems } = loadDatasetSync(dataDir);
  if (!dataset) throw new Error(problems.map((p) => p.message).join('\n'));
  cached = {
    dir,
    basePath,
    a: assess(dataset),
    page: (...parts) => readHtml(path.join(dir, ...parts, 'index.html')),
  };
  return cached;
}

/** The chart specs a page carries, by the id of their figure, as the browser will parse them. */
export function chartSpecs(doc: Document): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const figure of withAttr(doc, 'data-chart')) {
    const script = elements(figure).find((e) => e.tagName === 'script' && attr(e, 'data-chart-spec') !== undefined);
    const raw = script?.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('') ?? '';
    out.set(attr(figure, 'id') ?? '', JSON.parse(raw));
  }
  return out;
}

/** The section an element with this id heads (its nearest <section> ancestor). */
export function sectionOf(doc: Document, id: string): Element {
  let n: Element | undefined = one(doc, 'id', id);
  while (n && n.tagName !== 'section') n = n.parentNode && 'tagName' in n.parentNode ? (n.parentNode as Element) : undefined;
  if (!n) throw new Error(`#${id} is not inside a <section>`);
  return n;
}

/** Elements whose class list has the class. */
export function byClass(root: Element | Document, cls: string): Element[] {
  return elements(root).filter((e) => (attr(e, 'class') ?? '').split(/\s+/).includes(cls));
}

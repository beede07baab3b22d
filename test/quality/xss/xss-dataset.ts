/**
 * The committed dataset with an XSS payload added to EVERY free-text field of every file: names of
 * districts, communes, clusters and people, course titles, organisers and notes, the plan's and the
 * baseline's quotes, labels and explanations, progress notes… so every page type, chart and table
 * carries them. Built on the fly (never committed) so it follows data/ as it grows.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';

/**
 * Keys whose string values are prose or names (the schemas' `text` fields). Left out on purpose:
 * ids, codes, dates, enums, and `unit`, which the assessment reads ("chỗ học", "lớp").
 */
export const TEXT_KEYS = new Set([
  'name', 'title', 'note', 'organiser', 'source', 'clusterNote', 'quote', 'reading', 'label', 'text', 'of',
  'place', 'issuer', 'explanation', 'inWords', 'printedLabel', 'dateLabel', 'where', 'number', 'about', 'allocatedTo', 'value',
]);

/**
 * Breaks out of a <script> (a chart's JSON), of a double- or single-quoted attribute, opens an
 * HTML comment and a script-data escape; each part calls alert, confirm or prompt if it ever runs.
 */
export const PAYLOAD =
  `</script><script>alert(1)</script><!--<script>"><img src=x onerror=confirm(2)>'><svg onload=prompt(3)>` +
  '<a href="javascript:alert(4)">x</a>';

/** Markers that must never appear raw in a built page: each would be live markup. */
export const LIVE_MARKUP = ['<script>alert(1)', '<img src=x onerror', '<svg onload', 'href="javascript:', '<!--<script>'];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
}

/** Appends the payload to every free-text string; returns how many were changed. */
export function injectPayloads(text: string): { text: string; count: number } {
  const doc = parseDocument(text);
  let count = 0;
  const poison = (node: Scalar) => {
    if (typeof node.value === 'string') {
      node.value = `${node.value} ${PAYLOAD}`;
      // Plain or folded styles would not survive the payload's quotes and ">"; let the library choose.
      node.type = undefined;
      count++;
    }
  };
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!TEXT_KEYS.has(key)) return;
      if (isScalar(pair.value)) poison(pair.value);
      else if (isSeq(pair.value)) for (const item of pair.value.items) if (isScalar(item)) poison(item);
      else if (isMap(pair.value)) return; // e.g. signer: { name, title } — visited as pairs of their own
    },
  });
  return { text: doc.toString({ lineWidth: 0 }), count };
}

/** Copies `from` into `to` (a folder named like the data folder) and poisons every YAML file there. */
export function writeXssDataset(from: string, to: string): { files: number; fields: number } {
  cpSync(from, to, { recursive: true });
  let fields = 0;
  const files = yamlFiles(to);
  for (const f of files) {
    const file = path.join(to, f);
    const r = injectPayloads(readFileSync(file, 'utf8'));
    writeFileSync(file, r.text);
    fields += r.count;
  }
  return { files: files.length, fields };
}

/**
 * "Sửa dữ liệu" on the pages whose figures staff edit: each points at the file and line the loader
 * recorded (the dataset's `source` refs), and none at a file staff must not edit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtPaths } from '../../src/page-models/district.ts';
import { roadmapPage } from '../../src/page-models/roadmap.ts';
import { roadmapYearPaths } from '../../src/page-models/roadmap-year.ts';
import { sampleContext } from './context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The files README tells staff not to edit. */
const NOT_STAFF = ['data/districts.yaml', 'data/baseline.yaml', 'data/plan.yaml'];

describe('edit links', () => {
  const ctx = sampleContext();
  const { a } = ctx;
  const progressFile = a.dataset.progress.source.file;

  it('the roadmap page points at data/progress.yaml', () => {
    expect(progressFile).toBe('data/progress.yaml');
    expect(roadmapPage(ctx).edit).toEqual({ file: progressFile });
  });

  it('each roadmap year item points at its entry’s line in data/progress.yaml, the line holding "item: <id>"', () => {
    const lines = readFileSync(path.join(ROOT, progressFile), 'utf8').split('\n');
    let withLine = 0;
    for (const { props: { model: m } } of roadmapYearPaths(ctx)) {
      expect(m.edit.source).toEqual({ file: progressFile });
      m.edit.items.forEach((e, k) => expect(m.report.items[k]!.text.startsWith(e.label)).toBe(true));
      expect(m.edit.items).toHaveLength(m.report.items.length);
      m.report.items.forEach((item, k) => {
        const s = m.edit.items[k]!.source;
        const entry = a.dataset.progress.entries.find((e) => e.item === item.id);
        expect(s.file).toBe(progressFile);
        if (!entry) return expect('line' in s).toBe(false);
        expect(s).toEqual(entry.source);
        expect('line' in s && lines[s.line - 1]).toMatch(new RegExp(`item: ${item.id}\\b`));
        withLine++;
      });
    }
    expect(withLine).toBe(a.dataset.progress.entries.length);
  });

  it('a district page points at its people file, never at data/districts.yaml', () => {
    for (const { props: { model: m } } of districtPaths(ctx)) {
      expect(JSON.stringify(m)).not.toMatch(new RegExp(NOT_STAFF.map((f) => f.replace('.', '\\.')).join('|')));
      expect(m.peopleFile?.file).toMatch(/^data\/people\/.+\.yaml$/);
    }
  });
});

import type { ValidFiles } from './check-context.ts';
import type { Dataset, Sourced } from './dataset.ts';
import type { ParsedFile } from './parse-yaml.ts';

/** Item `i` of the top-level list `key`, with its place in the data (no positioned parse needed). */
function sourced<T extends object>(value: T, f: ParsedFile, key: string, i: number): Sourced<T> {
  return { ...value, source: { file: f.sourceFile, line: f.itemLine(key, i) } };
}

/** The Dataset from files that passed every check; people in the order of districts.yaml. */
export function assemble(files: ValidFiles): Dataset {
  const d = files.districts;
  const byDistrict = new Map(files.people.map((f) => [f.name, f]));
  return {
    plan: files.plan.data,
    baseline: files.baseline.data,
    adminSource: d.data.source,
    ...(d.data.clusterNote !== undefined ? { clusterNote: d.data.clusterNote } : {}),
    clusters: d.data.clusters,
    districts: d.data.districts.map((x, i) => sourced(x, d, 'districts', i)),
    people: d.data.districts.flatMap((x) => {
      const f = byDistrict.get(x.id);
      return f ? f.data.people.map((p, i) => ({ ...sourced(p, f, 'people', i), district: x.id })) : [];
    }),
    courses: files.courses.flatMap((f) => f.data.courses.map((c, i) => sourced(c, f, 'courses', i))),
    progress: {
      ...files.progress.data,
      entries: files.progress.data.entries.map((e, i) => sourced(e, files.progress, 'entries', i)),
      source: { file: files.progress.sourceFile, line: 1 },
    },
    ...(files.tileMap ? { tileMap: { note: files.tileMap.data.note, tiles: files.tileMap.data.tiles.map((t, i) => sourced(t, files.tileMap!, 'tiles', i)) } } : {}),
    sample: {
      people: files.people.some((f) => f.data.sample),
      courses: files.courses.some((f) => f.data.sample),
      progress: files.progress.data.sample,
    },
  };
}

import type { Ref, ValidFiles } from './check-context.ts';
import { ref } from './check-context.ts';
import type { Measure, Person, RoadmapItem } from '../schema/index.ts';

export interface PersonEntry {
  person: Person;
  at: Ref;
  /** The district of the file she is recorded in. */
  district: string;
}

/** Lookups the cross-checks share; on a duplicate id the first record wins (the duplicate is reported). */
export interface Index {
  clusters: Set<string>;
  districts: Map<string, Ref>;
  /** Commune code → district id. */
  communeDistrict: Map<string, string>;
  people: Map<string, PersonEntry>;
  measures: Map<string, Measure>;
  roadmapItems: Map<string, RoadmapItem>;
}

function firstWins<K, V>(entries: Iterable<[K, V]>): Map<K, V> {
  const m = new Map<K, V>();
  for (const [k, v] of entries) if (!m.has(k)) m.set(k, v);
  return m;
}

export function buildIndex(files: ValidFiles): Index {
  const { clusters, districts } = files.districts.data;
  const plan = files.plan.data;
  return {
    clusters: new Set(clusters.map((c) => c.id)),
    districts: firstWins(districts.map((d, i) => [d.id, ref(files.districts, 'districts', i)])),
    communeDistrict: firstWins(districts.flatMap((d) => d.communes.map((c) => [c.code, d.id] as [string, string]))),
    people: firstWins(
      files.people.flatMap((f) => f.data.people.map((p, i): [string, PersonEntry] => [p.id, { person: p, at: ref(f, 'people', i), district: f.name }])),
    ),
    measures: firstWins(plan.measures.map((m) => [m.id, m])),
    roadmapItems: firstWins(plan.roadmap.flatMap((y) => y.items.map((it) => [it.id, it] as [string, RoadmapItem]))),
  };
}

import type { Baseline, Cluster, Course, District, Person, Plan, ProgressEntry, ProgressFile, Tile } from '../schema/index.ts';

/** Where a record stands in data/, for error messages and the site's "Sửa dữ liệu" links. */
export interface SourceRef {
  /** Path relative to the data folder's parent, with forward slashes: "data/people/dong-da.yaml". */
  file: string;
  /** 1-based line of the record's first key. */
  line: number;
}

export type Sourced<T> = T & { source: SourceRef };

/** A person as loaded: the file she is recorded in tells her district. */
export type PersonRecord = Sourced<Person> & { district: string };

/**
 * Everything in data/, validated and cross-checked, NFC-normalised. The only input of
 * src/assessment/; arrays keep file order (people files in district order).
 */
/** data/progress.yaml as loaded: each entry with its line, the file with its path (line 1). */
export type ProgressRecord = Sourced<Omit<ProgressFile, 'entries'> & { entries: Sourced<ProgressEntry>[] }>;

export interface Dataset {
  plan: Plan;
  baseline: Baseline;
  adminSource: string;
  clusterNote?: string;
  clusters: Cluster[];
  districts: Sourced<District>[];
  people: PersonRecord[];
  courses: Sourced<Course>[];
  progress: ProgressRecord;
  /** data/tile-map.yaml when present: one tile per district (checked), positions roughly as on a map. */
  tileMap?: { note: string; tiles: Sourced<Tile>[] };
  /** True where the files of that kind say `sample: true`: the site must say the data are synthetic. */
  sample: { people: boolean; courses: boolean; progress: boolean };
}

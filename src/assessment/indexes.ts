import type { Dataset, PersonRecord, Sourced } from '../data/dataset.ts';
import {
  DIMENSIONS,
  type AgeBand,
  type Cluster,
  type Commune,
  type Course,
  type Dimension,
  type District,
  type Participant,
  type ProgressEntry,
  type Qualifications,
  type RoadmapItem,
  type Role,
  type RoleTerm,
  type Subject,
  SUBJECTS,
} from '../schema/index.ts';
import { completionDate, completionsOf, type Completion as DomainCompletion } from '../domain/completions.ts';
import { bandOf, compareDates, dayKey, yearOf, type IsoDate } from '../domain/dates.ts';
import { levelsOf, perDimension, qualificationsOf, raiseBy } from '../domain/levels.ts';
import { sortByName } from './names.ts';
import { districtLabel, makeCommuneRef, makePersonRef, unknownCommuneRef, type CommuneRef, type PersonRef } from './refs.ts';
import { CITY, clusterKey, districtKey, scopeKey, type Scope } from './scope.ts';
import { standardRules, type StandardRules } from './standard-rules.ts';

/** A course a person completed, on the day it counts from. */
export type Completion = DomainCompletion<Sourced<Course>>;

export interface Participation {
  course: Sourced<Course>;
  participant: Participant;
  /** For outcome 'completed': completedOn, else the course's end. */
  completedOn: IsoDate | undefined;
}

export interface CommuneInfo {
  commune: Commune;
  district: Sourced<District>;
  /** Position in data order. */
  idx: number;
  /** Every scope the commune counts in: 'city', 'district:<id>', 'cluster:<id>'. */
  scopeKeys: readonly string[];
  /** The same scopes as positions in DatasetIndex.scopes. */
  scopeIdx: readonly number[];
  /** Its page-facing reference (refs.ts). */
  ref: CommuneRef;
}

export interface TermOf {
  person: PersonRecord;
  term: RoleTerm;
}

export interface PlacedRoadmapItem {
  year: number;
  item: RoadmapItem;
}

/** From a date on, until the next step: what her completed courses have made of her. */
export interface Step {
  /** dayKey of the first day; 0 for the recorded levels. */
  from: number;
  qualifications: Qualifications;
  subjects: ReadonlySet<Subject>;
  /** Her row in each level table (see tableRows), in DIMENSIONS order. */
  rows: readonly number[];
}

/** A role term with its commune resolved; every one has the same shape, so the hot loops stay fast. */
export interface TermEntry {
  role: Role;
  commune: string;
  /** dayKey of the first and last day; Infinity while the term runs on. */
  from: number;
  to: number;
  place: CommuneInfo | undefined;
  term: RoleTerm;
}

/** One person, prepared once so that placing her at any date needs no lookup. */
export interface PersonEntry {
  person: PersonRecord;
  birthYear: number;
  firstTerm: boolean;
  partyMember: boolean;
  /** The recorded levels (from 0), then one step per completion date. */
  steps: readonly Step[];
  terms: readonly TermEntry[];
  /** Her page-facing reference (refs.ts). */
  ref: PersonRef;
}

/** Lookups built once per dataset so every figure is a linear pass, never a search inside a loop. */
export interface DatasetIndex {
  dataset: Dataset;
  personById: ReadonlyMap<string, PersonRecord>;
  /** Per person, sorted by date. */
  completions: ReadonlyMap<string, readonly Completion[]>;
  participations: ReadonlyMap<string, readonly Participation[]>;
  communes: ReadonlyMap<string, CommuneInfo>;
  districtById: ReadonlyMap<string, Sourced<District>>;
  clusterById: ReadonlyMap<string, Cluster>;
  /** Every scope the site reports on: the city, each district, each cluster (data order). */
  scopes: readonly Scope[];
  scopeIdxByKey: ReadonlyMap<string, number>;
  /** Communes per scope position. */
  communeCount: Int32Array;
  /** The commune codes of each scope, by scope key, in data order. */
  communesByScope: ReadonlyMap<string, readonly string[]>;
  /** Chairwoman terms per commune, sorted by start. */
  chairTermsByCommune: ReadonlyMap<string, readonly TermOf[]>;
  /** Every role term per commune, any role, in data order: a commune's history without a scan of the roster. */
  termsByCommune: ReadonlyMap<string, readonly TermOf[]>;
  roadmapItems: ReadonlyMap<string, PlacedRoadmapItem>;
  coursesByItem: ReadonlyMap<string, readonly Sourced<Course>[]>;
  coursesByMeasure: ReadonlyMap<string, readonly Sourced<Course>[]>;
  progressByItem: ReadonlyMap<string, Sourced<ProgressEntry>>;
  /** Position of each person in Vietnamese name order. */
  nameRank: ReadonlyMap<string, number>;
  /** Everyone in that order: walking it yields every list already sorted. */
  peopleByName: readonly PersonRecord[];
  /** Everyone prepared, in data order (the figures need no order)… */
  entries: readonly PersonEntry[];
  /** …and in name order, made on first use (for lists). */
  entriesByName: readonly PersonEntry[];
  entryById: ReadonlyMap<string, PersonEntry>;
  /** Rows of the level tables: the baseline table's order, then the scale's other levels. */
  tableRows: Record<Dimension, readonly string[]>;
  /** The age band of each age (index = age), for ages 0–150. */
  bandByAge: readonly (AgeBand | undefined)[];
  /** Its column in the level tables; bands.length for no band. */
  bandColByAge: readonly number[];
  /** The standard's criteria (I.9), compiled. */
  standardRules: StandardRules;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}


/** Same value on every read, computed on the first: what only pages about one person or commune need. */
function lazy<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const completions = completionsOf(dataset.courses);
  const coursesByItem = new Map<string, Sourced<Course>[]>();
  const coursesByMeasure = new Map<string, Sourced<Course>[]>();
  for (const course of dataset.courses) {
    push(coursesByItem, course.roadmapItem, course);
    push(coursesByMeasure, course.measure, course);
  }
  const participations = lazy(() => {
    const out = new Map<string, Participation[]>();
    for (const course of dataset.courses) {
      for (const participant of course.participants) push(out, participant.person, { course, participant, completedOn: completionDate(course, participant) });
    }
    return out;
  });

  const scopes: Scope[] = [
    'city',
    ...dataset.districts.map((d) => ({ district: d.id })),
    ...dataset.clusters.map((c) => ({ cluster: c.id })),
  ];
  const scopeIdxByKey = new Map(scopes.map((s, i) => [scopeKey(s), i]));
  const communes = new Map<string, CommuneInfo>();
  const communesByScope = new Map<string, string[]>();
  for (const district of dataset.districts) {
    const scopeKeys = [CITY, districtKey(district.id), clusterKey(district.cluster)];
    const scopeIdx = scopeKeys.map((k) => scopeIdxByKey.get(k)).filter((i) => i !== undefined);
    for (const commune of district.communes) {
      communes.set(commune.code, { commune, district, idx: communes.size, scopeKeys, scopeIdx, ref: makeCommuneRef(commune, district) });
      for (const k of scopeKeys) push(communesByScope, k, commune.code);
    }
  }
  const communeCount = Int32Array.from(scopes, (s) => communesByScope.get(scopeKey(s))?.length ?? 0);

  const termsByCommune = lazy(() => {
    const out = new Map<string, TermOf[]>();
    for (const person of dataset.people) for (const term of person.roles) push(out, term.commune, { person, term });
    return out;
  });

  const chairTermsByCommune = lazy(() => {
    const out = new Map<string, TermOf[]>();
    for (const [code, terms] of termsByCommune()) {
      const chairs = terms.filter((t) => t.term.role === 'chairwoman');
      if (chairs.length > 0) out.set(code, chairs.sort((a, b) => compareDates(a.term.from, b.term.from)));
    }
    return out;
  });

  const roadmapItems = new Map<string, PlacedRoadmapItem>();
  for (const y of dataset.plan.roadmap) for (const item of y.items) roadmapItems.set(item.id, { year: y.year, item });

  const tableRows = perDimension((d) => {
    const printed = dataset.baseline.tables.find((t) => t.dimension === d)?.rows.map((r) => r.level) ?? [];
    return [...printed, ...levelsOf(d).filter((l) => !printed.includes(l))];
  });
  const rowIndex = perDimension((d) => new Map(tableRows[d].map((l, i) => [l, i])));
  const rowsOf = (q: Qualifications) => DIMENSIONS.map((d) => rowIndex[d].get(q[d])!);
  // People recorded alike and without completions share one timeline, keyed by their table rows.
  const shared = new Map<number, readonly Step[]>();
  const timeline = (person: PersonRecord): readonly Step[] => {
    const done = completions.get(person.id);
    if (done) return steps(person, done, rowsOf);
    let key = 0;
    for (const d of DIMENSIONS) key = key * 16 + rowIndex[d].get(person[d])!;
    let t = shared.get(key);
    if (!t) shared.set(key, (t = Object.freeze(steps(person, [], rowsOf))));
    return t;
  };

  const districtById = new Map(dataset.districts.map((d) => [d.id, d]));
  const districtNames = new Map(dataset.districts.map((d) => [d.id, districtLabel(d)]));
  // Plain loops: this runs once per person and term, 124,000 times at 100× the sample.
  const entries: PersonEntry[] = new Array(dataset.people.length);
  for (let i = 0; i < dataset.people.length; i++) {
    const person = dataset.people[i]!;
    const roles = person.roles;
    const terms: TermEntry[] = new Array(roles.length);
    for (let j = 0; j < roles.length; j++) {
      const term = roles[j]!;
      terms[j] = {
        role: term.role === 'chairwoman' ? 'chairwoman' : 'sourceCadre', // the code's own strings (see qualificationsOf)
        commune: term.commune,
        from: dayKey(term.from),
        to: term.to ? dayKey(term.to) : Infinity,
        place: communes.get(term.commune),
        term,
      };
    }
    entries[i] = {
      person,
      birthYear: yearOf(person.birthDate),
      firstTerm: person.firstTerm,
      partyMember: person.partyMember,
      steps: timeline(person),
      terms,
      ref: makePersonRef(person, districtNames.get(person.district) ?? person.district),
    };
  }
  const personById = lazy(() => new Map(dataset.people.map((p) => [p.id, p])));
  const entriesByName = lazy(() => sortByName(entries, (e) => e.person));
  const peopleByName = lazy(() => entriesByName().map((e) => e.person));
  const nameRank = lazy(() => new Map(entriesByName().map((e, i) => [e.person.id, i])));
  const entryById = lazy(() => new Map(entries.map((e) => [e.person.id, e])));

  const bandByAge = Array.from({ length: 151 }, (_, age) => bandOf(dataset.plan.age.bands, age));
  return {
    dataset,
    // Getters build on first use: the figures never need them, pages about one person do.
    get personById() {
      return personById();
    },
    completions,
    get participations() {
      return participations();
    },
    communes,
    districtById,
    clusterById: new Map(dataset.clusters.map((c) => [c.id, c])),
    scopes,
    scopeIdxByKey,
    communeCount,
    communesByScope,
    get chairTermsByCommune() {
      return chairTermsByCommune();
    },
    get termsByCommune() {
      return termsByCommune();
    },
    roadmapItems,
    coursesByItem,
    coursesByMeasure,
    progressByItem: new Map(dataset.progress.entries.map((e) => [e.item, e])),
    get nameRank() {
      return nameRank();
    },
    get peopleByName() {
      return peopleByName();
    },
    entries,
    get entriesByName() {
      return entriesByName();
    },
    get entryById() {
      return entryById();
    },
    tableRows,
    bandByAge,
    bandColByAge: bandByAge.map((b) => (b ? dataset.plan.age.bands.indexOf(b) : dataset.plan.age.bands.length)),
    standardRules: standardRules(dataset.plan.standard.criteria),
  };
}

const NO_SUBJECTS: ReadonlySet<Subject> = new Set();

const SUBJECT_IDS = new Map((Object.keys(SUBJECTS) as Subject[]).map((s) => [s, s]));
/** The code's own string for a subject (see qualificationsOf). */
export const canonicalSubject = (s: Subject): Subject => SUBJECT_IDS.get(s) ?? s;

/** Levels raise, never lower; courses completed the same day make one step. */
function steps(person: PersonRecord, done: readonly Completion[], rowsOf: (q: Qualifications) => number[]): Step[] {
  const first = qualificationsOf(person);
  const out: Step[] = [{ from: 0, qualifications: first, subjects: NO_SUBJECTS, rows: rowsOf(first) }];
  for (const c of done) {
    const last = out[out.length - 1]!;
    const q = raiseBy(last.qualifications, c.course.confers);
    const taught = c.course.subjects.map(canonicalSubject);
    const subjects = taught.every((s) => last.subjects.has(s)) ? last.subjects : new Set([...last.subjects, ...taught]);
    const from = dayKey(c.date);
    const step = { from, qualifications: q, subjects, rows: q === last.qualifications ? last.rows : rowsOf(q) };
    if (last.from === from) out[out.length - 1] = step;
    else out.push(step);
  }
  return out;
}

/** Her page-facing reference. */
export function personRef(ix: DatasetIndex, p: PersonRecord): PersonRef {
  const e = ix.entryById.get(p.id);
  if (!e) throw new RangeError(`Người "${p.id}" không có trong dữ liệu (unknown-person)`);
  return e.ref;
}

/** The commune's page-facing reference; a placeholder for a code the data do not list. */
export function communeRef(ix: DatasetIndex, code: string): CommuneRef {
  return ix.communes.get(code)?.ref ?? unknownCommuneRef(code);
}

/** The commune codes a scope covers, in data order; throws on an unknown district or cluster. */
export function scopeCommunes(ix: DatasetIndex, s: Scope): readonly string[] {
  if (s !== 'city') scopeLabel(ix, s); // validates the id
  return ix.communesByScope.get(scopeKey(s)) ?? [];
}

/** "Toàn thành phố", "Quận Đống Đa", a cluster's name; throws on an unknown district or cluster. */
export function scopeLabel(ix: DatasetIndex, s: Scope): string {
  if (s === 'city') return 'Toàn thành phố';
  if ('district' in s) {
    const d = ix.districtById.get(s.district);
    if (!d) throw new RangeError(`Không có quận, huyện "${s.district}" (unknown-district)`);
    return districtLabel(d);
  }
  const c = ix.clusterById.get(s.cluster);
  if (!c) throw new RangeError(`Không có cụm "${s.cluster}" (unknown-cluster)`);
  return c.name;
}

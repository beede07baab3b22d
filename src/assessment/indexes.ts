import type { Dataset, PersonRecord, Sourced } from '../data/dataset.ts';
import type { Cluster, Commune, Course, District, Participant, ProgressEntry, RoadmapItem, RoleTerm } from '../data/schema/index.ts';
import type { IsoDate } from './dates.ts';
import { rankByName } from './names.ts';

/** A course a person completed, on the day it counts from. */
export interface Completion {
  date: IsoDate;
  course: Sourced<Course>;
}

export interface Participation {
  course: Sourced<Course>;
  participant: Participant;
  /** For outcome 'completed': completedOn, else the course's end. */
  completedOn: IsoDate | undefined;
}

export interface CommuneInfo {
  commune: Commune;
  district: Sourced<District>;
  /** Every scope the commune counts in: 'city', 'district:<id>', 'cluster:<id>'. */
  scopeKeys: readonly string[];
}

export interface TermOf {
  person: PersonRecord;
  term: RoleTerm;
}

export interface PlacedRoadmapItem {
  year: number;
  item: RoadmapItem;
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
  /** Chairwoman terms per commune, sorted by start. */
  chairTermsByCommune: ReadonlyMap<string, readonly TermOf[]>;
  roadmapItems: ReadonlyMap<string, PlacedRoadmapItem>;
  coursesByItem: ReadonlyMap<string, readonly Sourced<Course>[]>;
  coursesByMeasure: ReadonlyMap<string, readonly Sourced<Course>[]>;
  progressByItem: ReadonlyMap<string, ProgressEntry>;
  /** Position of each person in Vietnamese name order: lists sort by this integer. */
  nameRank: ReadonlyMap<string, number>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export const CITY = 'city';
export const districtKey = (id: string): string => `district:${id}`;
export const clusterKey = (id: string): string => `cluster:${id}`;

export function buildIndex(dataset: Dataset): DatasetIndex {
  const personById = new Map(dataset.people.map((p) => [p.id, p]));

  const completions = new Map<string, Completion[]>();
  const participations = new Map<string, Participation[]>();
  const coursesByItem = new Map<string, Sourced<Course>[]>();
  const coursesByMeasure = new Map<string, Sourced<Course>[]>();
  for (const course of dataset.courses) {
    push(coursesByItem, course.roadmapItem, course);
    push(coursesByMeasure, course.measure, course);
    for (const participant of course.participants) {
      const completedOn = participant.outcome === 'completed' ? (participant.completedOn ?? course.end) : undefined;
      push(participations, participant.person, { course, participant, completedOn });
      if (completedOn) push(completions, participant.person, { date: completedOn, course });
    }
  }
  for (const list of completions.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const communes = new Map<string, CommuneInfo>();
  for (const district of dataset.districts) {
    const scopeKeys = [CITY, districtKey(district.id), clusterKey(district.cluster)];
    for (const commune of district.communes) communes.set(commune.code, { commune, district, scopeKeys });
  }

  const chairTermsByCommune = new Map<string, TermOf[]>();
  for (const person of dataset.people) {
    for (const term of person.roles) if (term.role === 'chairwoman') push(chairTermsByCommune, term.commune, { person, term });
  }
  for (const list of chairTermsByCommune.values()) list.sort((a, b) => (a.term.from < b.term.from ? -1 : a.term.from > b.term.from ? 1 : 0));

  const roadmapItems = new Map<string, PlacedRoadmapItem>();
  for (const y of dataset.plan.roadmap) for (const item of y.items) roadmapItems.set(item.id, { year: y.year, item });

  return {
    dataset,
    personById,
    completions,
    participations,
    communes,
    districtById: new Map(dataset.districts.map((d) => [d.id, d])),
    clusterById: new Map(dataset.clusters.map((c) => [c.id, c])),
    chairTermsByCommune,
    roadmapItems,
    coursesByItem,
    coursesByMeasure,
    progressByItem: new Map(dataset.progress.entries.map((e) => [e.item, e])),
    nameRank: rankByName(dataset.people),
  };
}

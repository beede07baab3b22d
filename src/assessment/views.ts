import type { Role } from '../schema/condition.ts';
import { COURSE_KINDS, OUTCOMES } from '../schema/courses.ts';
import { DISTRICT_TYPES } from '../schema/districts.ts';
import { DIMENSIONS, type Dimension, type Qualifications } from '../schema/levels.ts';
import type { SourceRef } from '../data/dataset.ts';
import { compareDates, type IsoDate } from '../domain/dates.ts';
import { communeRef, personRef, type DatasetIndex, type TermOf } from './indexes.ts';
import { dimensionLabel, levelLabel } from '../domain/levels.ts';
import type { CommuneRef, PersonRef } from './refs.ts';
import type { Standing } from './standard.ts';
import type { PersonAt } from './state.ts';

export const ROLE_LABELS: Record<Role, string> = { chairwoman: 'Chủ tịch Hội', sourceCadre: 'Cán bộ nguồn' };

export interface QualificationView {
  dimension: Dimension;
  dimensionLabel: string;
  level: string;
  label: string;
}

export interface PersonCourseView {
  id: string;
  title: string;
  kindLabel: string;
  start: string;
  end: string;
  outcome: 'enrolled' | 'completed' | 'dropped';
  outcomeLabel: string;
  completedOn?: string;
  confers: QualificationView[];
  source: SourceRef;
}

export interface TermView {
  role: Role;
  roleLabel: string;
  commune: CommuneRef;
  from: string;
  to?: string;
  note?: string;
  /** Running at the view's date. */
  current: boolean;
  /** For chairwoman terms: who held the commune before and after. */
  predecessor?: PersonRef;
  successor?: PersonRef;
}

/** One person for her page: age band, never birth date; no party membership. */
export interface PersonView {
  person: PersonRef;
  date: IsoDate;
  baselineDate: IsoDate;
  firstTerm: boolean;
  ageBand?: string;
  ageBandAtBaseline?: string;
  qualificationsAtBaseline: QualificationView[];
  qualifications: QualificationView[];
  /** Scales on which courses raised her between the baseline and the date. */
  raised: Dimension[];
  courses: PersonCourseView[];
  terms: TermView[];
  /** Her standing against I.9 where she is chairwoman at the date. */
  standard?: Standing;
}

export function qualificationViews(q: Qualifications): QualificationView[] {
  return DIMENSIONS.map((d) => ({ dimension: d, dimensionLabel: dimensionLabel(d), level: q[d], label: levelLabel(d, q[d]) }));
}

function neighbours(list: readonly TermOf[], self: TermOf['term']): { before?: TermOf; after?: TermOf } {
  const i = list.findIndex((t) => t.term === self);
  return { before: i > 0 ? list[i - 1] : undefined, after: i >= 0 ? list[i + 1] : undefined };
}

export function personView(ix: DatasetIndex, now: PersonAt, then: PersonAt, standing: Standing | undefined): PersonView {
  const p = now.person;
  const courses = (ix.participations.get(p.id) ?? []).map(
    ({ course, participant, completedOn }): PersonCourseView => ({
      id: course.id,
      title: course.title,
      kindLabel: COURSE_KINDS[course.kind],
      start: course.start,
      end: course.end,
      outcome: participant.outcome,
      outcomeLabel: OUTCOMES[participant.outcome],
      ...(completedOn ? { completedOn } : {}),
      confers: course.confers.map((l) => ({ dimension: l.dimension, dimensionLabel: dimensionLabel(l.dimension), level: l.level, label: levelLabel(l.dimension, l.level) })),
      source: course.source,
    }),
  );
  courses.sort((a, b) => compareDates(a.start, b.start));

  const terms = p.roles.map((term): TermView => {
    const v: TermView = {
      role: term.role,
      roleLabel: ROLE_LABELS[term.role],
      commune: communeRef(ix, term.commune),
      from: term.from,
      ...(term.to ? { to: term.to } : {}),
      ...(term.note ? { note: term.note } : {}),
      current: now.terms.includes(term),
    };
    if (term.role === 'chairwoman') {
      const { before, after } = neighbours(ix.chairTermsByCommune.get(term.commune) ?? [], term);
      if (before) v.predecessor = personRef(ix, before.person);
      if (after) v.successor = personRef(ix, after.person);
    }
    return v;
  });

  return {
    person: personRef(ix, p),
    date: now.date,
    baselineDate: then.date,
    firstTerm: p.firstTerm,
    ...(now.band ? { ageBand: now.band.label } : {}),
    ...(then.band ? { ageBandAtBaseline: then.band.label } : {}),
    qualificationsAtBaseline: qualificationViews(then.facts.qualifications),
    qualifications: qualificationViews(now.facts.qualifications),
    raised: DIMENSIONS.filter((d) => now.facts.qualifications[d] !== then.facts.qualifications[d]),
    courses,
    terms,
    ...(standing ? { standard: standing } : {}),
  };
}

export interface CommuneRow {
  commune: CommuneRef;
  /** The chairwoman at the date and how she stands. */
  chairwoman?: Standing;
  sourceCadres: PersonRef[];
}

export function districtHeader(ix: DatasetIndex, id: string) {
  const d = ix.districtById.get(id)!;
  const cluster = ix.clusterById.get(d.cluster);
  return {
    id: d.id,
    code: d.code,
    name: `${DISTRICT_TYPES[d.type]} ${d.name}`,
    shortName: d.name,
    type: d.type,
    cluster: { id: d.cluster, name: cluster?.name ?? d.cluster },
    source: d.source,
  };
}

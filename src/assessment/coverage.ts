import { tallyGroups } from './groups.ts';
import type { DatasetIndex } from './indexes.ts';
import type { IsoDate } from '../domain/dates.ts';

/** The roadmap unit that counts as seats; other units (lớp, cụm, %) are not people. */
export const SEAT_UNIT = 'chỗ học';

export interface SeatPromise {
  item: string;
  year: number;
  value: number;
  unit: string;
}

export interface MeasureCoverage {
  id: string;
  label: string;
  where: string;
  date: IsoDate;
  /** Members of the measure's target group at the date (whole city). */
  needing: number;
  /** The number V.2.3 itself gives, if any. */
  measureSeats?: number;
  /** Roadmap items of this measure that promise a number (any unit). */
  promises: SeatPromise[];
  /** max(measureSeats, sum of roadmap promises in seats): the two describe the same seats, so they are not added. */
  promisedSeats: number | null;
  /** Courses of this measure started by the date. */
  courses: string[];
  /** Their participants who did not drop out. */
  seatsUsed: number;
  /** promisedSeats − seatsUsed, not below 0. */
  seatsLeft: number | null;
  /** Needing beyond the seats left: max(0, needing − seatsLeft). */
  uncovered: number | null;
}

export function coverage(ix: DatasetIndex, date: IsoDate): MeasureCoverage[] {
  const { measures } = ix.dataset.plan;
  const needs = tallyGroups(ix, date, measures.map((m) => ({ group: m.targetGroup })));
  return measures.map((m, i) => {
    const needing = needs[i]!.of[0]!; // the city
    const promises: SeatPromise[] = [];
    for (const { year, item } of ix.roadmapItems.values()) {
      if (item.measure === m.id && item.promise) promises.push({ item: item.id, year, value: item.promise.value, unit: item.promise.unit });
    }
    const roadmapSeats = promises.filter((p) => p.unit === SEAT_UNIT).reduce((s, p) => s + p.value, 0);
    const hasPromise = m.seats !== undefined || promises.some((p) => p.unit === SEAT_UNIT);
    const promisedSeats = hasPromise ? Math.max(m.seats ?? 0, roadmapSeats) : null;
    const started = (ix.coursesByMeasure.get(m.id) ?? []).filter((c) => c.start <= date);
    const seatsUsed = started.reduce((s, c) => s + c.participants.filter((p) => p.outcome !== 'dropped').length, 0);
    const seatsLeft = promisedSeats === null ? null : Math.max(0, promisedSeats - seatsUsed);
    return {
      id: m.id,
      label: m.label,
      where: m.where,
      date: date,
      needing,
      ...(m.seats !== undefined ? { measureSeats: m.seats } : {}),
      promises,
      promisedSeats,
      courses: started.map((c) => c.id),
      seatsUsed,
      seatsLeft,
      uncovered: seatsLeft === null ? null : Math.max(0, needing - seatsLeft),
    };
  });
}

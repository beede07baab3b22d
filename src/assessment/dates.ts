import type { AgeBand } from '../data/schema/plan.ts';

/** Dates stay ISO strings (YYYY-MM-DD): they compare correctly as strings and never meet a time zone. */
export type IsoDate = string;

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01, for the linear pace. */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The plan's rule 'year-minus-birth-year': age = year of the date − year of birth. */
export function ageAt(birthDate: IsoDate, date: IsoDate): number {
  return yearOf(date) - yearOf(birthDate);
}

export function bandOf(bands: readonly AgeBand[], age: number): AgeBand | undefined {
  return bands.find((b) => age >= b.min && (b.max === undefined || age <= b.max));
}

export function yearEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

/** from ≤ date ≤ to, an absent end meaning "still". */
export function within(date: IsoDate, from: IsoDate, to: IsoDate | undefined): boolean {
  return from <= date && (to === undefined || date <= to);
}

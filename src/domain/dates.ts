import type { AgeBand } from '../schema/plan.ts';

/** Dates stay ISO strings (YYYY-MM-DD): they compare correctly as strings and never meet a time zone. */
export type IsoDate = string;

/** Digits at [from, to) of an ISO date, read without making substrings (these run per person). */
function digits(date: IsoDate, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (date.charCodeAt(i) - 48);
  return n;
}

export function yearOf(date: IsoDate): number {
  return digits(date, 0, 4);
}

/** Days since 1970-01-01, for the linear pace. */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The plan's rule 'year-minus-birth-year': age = year of the date − year of birth. */
export function ageFromBirthYear(year: number, birthYear: number): number {
  return year - birthYear;
}

export function ageAt(birthDate: IsoDate, date: IsoDate): number {
  return ageFromBirthYear(yearOf(date), yearOf(birthDate));
}

export function bandOf(bands: readonly AgeBand[], age: number): AgeBand | undefined {
  return bands.find((b) => age >= b.min && (b.max === undefined || age <= b.max));
}

export function yearEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

/** Earlier first, for sort(): ISO dates order as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** from ≤ date ≤ to, an absent end meaning "still". */
export function within(date: IsoDate, from: IsoDate, to: IsoDate | undefined): boolean {
  return from <= date && (to === undefined || date <= to);
}

/** The date as the integer yyyymmdd: ordered like the ISO string, compared far faster in hot loops. */
export function dayKey(date: IsoDate): number {
  return digits(date, 0, 4) * 10_000 + digits(date, 5, 7) * 100 + digits(date, 8, 10);
}

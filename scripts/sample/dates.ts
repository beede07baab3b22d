import { dayNumber, type IsoDate } from '../../src/domain/dates.ts';

/** Date arithmetic the generator needs beyond the assessment's own date rules. */
export { yearOf, type IsoDate } from '../../src/domain/dates.ts';

const DAY = 86_400_000;

export const toDays = dayNumber;

export function fromDays(n: number): IsoDate {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDays(toDays(d) + n);
}

export function randomDate(rng: { int(a: number, b: number): number }, from: IsoDate, to: IsoDate): IsoDate {
  return fromDays(rng.int(toDays(from), toDays(to)));
}

/** Inclusive ranges overlap. */
export function overlaps(a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

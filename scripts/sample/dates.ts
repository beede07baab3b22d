/** ISO dates (YYYY-MM-DD) as plain strings: they compare correctly as strings and need no time zone. */
export type IsoDate = string;

const DAY = 86_400_000;

export function toDays(d: IsoDate): number {
  const [y, m, dd] = d.split('-').map(Number);
  return Date.UTC(y!, m! - 1, dd!) / DAY;
}

export function fromDays(n: number): IsoDate {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDays(toDays(d) + n);
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** The date of a weekday near d (Saturday, Sunday move forward to Monday): courses open on working days. */
export function workday(d: IsoDate): IsoDate {
  const wd = new Date(toDays(d) * DAY).getUTCDay();
  return wd === 6 ? addDays(d, 2) : wd === 0 ? addDays(d, 1) : d;
}

export function randomDate(rng: { int(a: number, b: number): number }, from: IsoDate, to: IsoDate): IsoDate {
  return fromDays(rng.int(toDays(from), toDays(to)));
}

/** Inclusive ranges overlap. */
export function overlaps(a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

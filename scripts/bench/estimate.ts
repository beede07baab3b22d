/** How long and how much memory a benchmark step will take at a scale not run yet. */
import type { Stat } from './report.ts';

export interface Done {
  scale: number;
  step: Stat;
}

/**
 * What a step will cost at `scale`, from the scales already run: a power law through the last two
 * (a build grows faster than its page count once pages grow with the data), never below linear;
 * linear from one scale alone. A floor, not a forecast: 1× → 10× grew less than linearly (Astro's
 * start-up weighs at 1×), which said ~7 min for 100×, and the 100× build took 14 min 53 s by hand
 * because its person pages were ten times the size (bench/results.md).
 */
export function extrapolate(done: readonly Done[], scale: number, of: (s: Stat) => number | null): number | undefined {
  const known = done.filter((d) => of(d.step) !== null).slice(-2);
  const last = known.at(-1);
  if (!last) return undefined;
  const y = of(last.step)!;
  let exponent = 1;
  if (known.length === 2) {
    const first = known[0]!;
    const e = Math.log(y / of(first.step)!) / Math.log(last.scale / first.scale);
    if (Number.isFinite(e)) exponent = Math.max(1, e);
  }
  return y * (scale / last.scale) ** exponent;
}


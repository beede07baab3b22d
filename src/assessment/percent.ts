/** Unrounded share on the 0–100 scale; null when there is nothing to divide by. */
export function percentOf(count: number, of: number): number | null {
  return of === 0 ? null : (count * 100) / of;
}

/**
 * count/of × 100 rounded half-up to `decimals`, in integer arithmetic so that 52.65 never
 * becomes 52.6 through binary fractions. Returns the value scaled by 10^decimals (an integer).
 */
export function scaledPercent(count: number, of: number, decimals: number): number {
  const num = count * 100 * 10 ** decimals;
  let q = Math.floor(num / of);
  if (2 * (num - q * of) >= of) q += 1;
  return q;
}

export function roundedPercent(count: number, of: number, decimals: number): number | null {
  return of === 0 ? null : scaledPercent(count, of, decimals) / 10 ** decimals;
}

/** A printed percentage as an integer at its printed precision: (52.6, 1) → 526. */
export function scaledPrinted(printed: number, decimals: number): number {
  return Math.round(printed * 10 ** decimals);
}

/** Smallest whole count reaching `percent` of `of`: ceil(percent × of / 100), forgiving float dust. */
export function countForPercent(percent: number, of: number): number {
  return Math.max(0, Math.ceil((percent * of) / 100 - 1e-9));
}

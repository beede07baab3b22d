/**
 * vi-VN presentation of numbers, money, percentages, dates and names, for the pages. The one
 * implementation lives in src/format/vi.ts, which the loader and the assessment use too.
 */
export * from '../format/vi.ts';

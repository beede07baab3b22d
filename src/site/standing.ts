/**
 * Where a person or a commune stands on a rule at the data date, in words: the one place for them.
 * "Chưa đạt" (not yet), never the target verdict's "Không đạt" (src/site/status.ts): a chairwoman can
 * still meet the standard by finishing a course, while a target read at its deadline is settled.
 * No imports, so the search vocabulary (shipped to the browser) can use it too.
 */
/** "Không áp dụng" also for a target whose denominator she is not in: one word for one meaning. */
export const STANDING_WORDS = { met: 'Đạt', short: 'Chưa đạt', notApplicable: 'Không áp dụng' } as const;

/** "Đạt" / "Chưa đạt"; "Không áp dụng" where the rule does not apply to her. */
export function standingWord(met: boolean | null): string {
  return met === null ? STANDING_WORDS.notApplicable : met ? STANDING_WORDS.met : STANDING_WORDS.short;
}

/** The chairwoman standard (plan I.9), in the middle of a sentence: "đạt tiêu chuẩn" / "chưa đạt tiêu chuẩn". */
export function standardPhrase(meets: boolean): string {
  return `${(meets ? STANDING_WORDS.met : STANDING_WORDS.short).toLowerCase()} tiêu chuẩn`;
}

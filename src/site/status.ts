/**
 * A target's verdict, in words: the one place the site decides them. Before the plan's deadline a
 * figure is read against the linear pace ("Đúng tiến độ" / "Chậm tiến độ", with where the pace
 * stands); on or after it, against the goal itself ("Đạt" / "Không đạt, còn thiếu N người"). At the
 * baseline itself there is no pace to be behind: it is the starting point ("Mốc xuất phát"). The page
 * models hand each figure's verdict to the templates (`withVerdict`), which only print it.
 */
import type { TargetFigure } from '../assessment/index.ts';
import { formatDate, formatNumber } from './format.ts';
import { formatShare } from './share.ts';
import { unitNoun } from './target-text.ts';

/** The verdict words themselves, for legends that name them without a figure. */
export const VERDICT_WORDS = { 'on-track': 'Đúng tiến độ', behind: 'Chậm tiến độ', reached: 'Đạt', missed: 'Không đạt', start: 'Mốc xuất phát' } as const;

export type VerdictKey = 'no-data' | 'start' | 'on-track' | 'behind' | 'reached' | 'missed';

/** Whether a verdict is good news, bad news or neither: badges, tiles and their marks follow it. */
export type VerdictTone = 'good' | 'bad' | 'none';

const TONES: Record<VerdictKey, VerdictTone> = { 'no-data': 'none', start: 'none', 'on-track': 'good', reached: 'good', behind: 'bad', missed: 'bad' };

/** The mark that repeats a verdict's tone without colour. */
export const TONE_MARKS: Record<VerdictTone, string> = { good: '✓', bad: '!', none: '–' };

export interface Verdict {
  key: VerdictKey;
  tone: VerdictTone;
  /** The verdict itself: "Chậm tiến độ", "Không đạt, còn thiếu 12 người". */
  text: string;
  /** What it is measured against: "theo tiến độ cần 61,0%, tức 352 người", "hạn 31/12/2016". */
  detail: string;
  /** Both in one phrase: "Chậm tiến độ (theo tiến độ cần 61,0%, tức 352 người)". */
  line: string;
  /** For a badge in a grid, where the column says the unit: "Không đạt, thiếu 12". */
  short: string;
}

const verdictOf = (key: VerdictKey, text: string, detail: string, short = text): Verdict => ({ key, tone: TONES[key], text, detail, line: detail ? `${text} (${detail})` : text, short });

/** Whether the figure is read at or after the deadline, where only the goal counts. */
export function isFinal(f: Pick<TargetFigure, 'date' | 'pace'>): boolean {
  return f.date >= f.pace.deadline;
}

export function verdict(f: TargetFigure): Verdict {
  if (f.percent === null) return verdictOf('no-data', 'Chưa có số liệu để xét', '');
  if (isFinal(f)) {
    const due = `hạn ${formatDate(f.pace.deadline)}`;
    return f.reached ? verdictOf('reached', VERDICT_WORDS.reached, due) : verdictOf('missed', `${VERDICT_WORDS.missed}, còn thiếu ${formatNumber(f.missing)} ${unitNoun(f.unit)}`, due, `${VERDICT_WORDS.missed}, thiếu ${formatNumber(f.missing)}`);
  }
  if (f.pace.onTrack === null) return verdictOf('no-data', 'Chưa có số liệu để xét tiến độ', '');
  if (f.date <= f.pace.baselineDate) return verdictOf('start', VERDICT_WORDS.start, `thực trạng ngày ${formatDate(f.pace.baselineDate)}, lộ trình bắt đầu từ đây`);
  const pace = `theo tiến độ cần ${formatShare(f.pace.expectedPercent)}, tức ${formatNumber(f.pace.expectedCount)} ${unitNoun(f.unit)}`;
  return f.pace.onTrack ? verdictOf('on-track', VERDICT_WORDS['on-track'], pace) : verdictOf('behind', VERDICT_WORDS.behind, pace);
}

/** A figure with its verdict, as the page models hand it over. */
export type JudgedFigure<T extends TargetFigure = TargetFigure> = T & { verdict: Verdict };

export function withVerdict<T extends TargetFigure>(f: T): JudgedFigure<T> {
  return { ...f, verdict: verdict(f) };
}

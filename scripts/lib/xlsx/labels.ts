/**
 * The choices of every enum column of the staff workbook, made from the zod schemas and the label
 * maps beside them (src/schema): the dropdowns show the labels, the import maps them back to codes.
 * Nothing here is typed a second time: a code the schema gains without a label fails loudly.
 */
import type { z } from 'zod';
import { ROLE_LABELS } from '../../../src/assessment/index.ts';
import {
  COURSE_KINDS,
  DIMENSIONS,
  LEVEL_SCHEMAS,
  OUTCOMES,
  SCALES,
  STATUSES,
  SUBJECTS,
  course,
  participant,
  progressEntry,
  role,
  subject,
  type Dimension,
} from '../../../src/schema/index.ts';

export interface Choice {
  code: string;
  label: string;
}

/** The codes of a zod enum, each with its label; throws when a code has none (the map fell behind the schema). */
export function choicesOf(schema: z.ZodEnum, labels: Readonly<Record<string, string>>): Choice[] {
  return schema.options.map((code) => {
    const label = labels[String(code)];
    if (label === undefined) throw new Error(`Mã "${String(code)}" không có nhãn tiếng Việt`);
    return { code: String(code), label };
  });
}

const levelLabels = (d: Dimension) => Object.fromEntries(SCALES[d].levels.map((l) => [l.id, l.label]));

export const LEVEL_CHOICES = Object.fromEntries(DIMENSIONS.map((d) => [d, choicesOf(LEVEL_SCHEMAS[d], levelLabels(d))])) as Record<Dimension, Choice[]>;
export const ROLE_CHOICES = choicesOf(role, ROLE_LABELS);
export const OUTCOME_CHOICES = choicesOf(participant.shape.outcome, OUTCOMES);
export const STATUS_CHOICES = choicesOf(progressEntry.shape.status, STATUSES);
export const KIND_CHOICES = choicesOf(course.shape.kind, COURSE_KINDS);
export const SUBJECT_CHOICES = choicesOf(subject, SUBJECTS);

/** A level on one scale, as one text: "Trình độ lý luận chính trị: Trung cấp". */
export const CONFER_CHOICES: Choice[] = DIMENSIONS.flatMap((d) =>
  LEVEL_CHOICES[d].map((l) => ({ code: `${d}:${l.code}`, label: `${SCALES[d].label}: ${l.label}` })),
);

export const YES = 'Có';
export const NO = 'Không';
export const BOOLEAN_CHOICES: Choice[] = [
  { code: 'true', label: YES },
  { code: 'false', label: NO },
];

/** A commune in a dropdown: "00178 – Phường Cát Linh"; the import keeps the code before the dash. */
export const COMMUNE_SEPARATOR = ' – ';

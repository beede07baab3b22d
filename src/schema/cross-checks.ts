import { z } from 'zod';
import { slug, text } from './common.ts';
import { group } from './condition.ts';

const where = text.meta({ description: 'Vị trí trong văn bản (ví dụ "V.2.3", "VI.1.2")' });

/**
 * A figure, date or wording the document prints in one place. `value` is what the place says,
 * written so that the places can be compared: a number (30, 47.7), an ISO date or month
 * ("2010-03-05", "2012-04"), or a short wording when the places word one thing differently
 * ("từ 40 tuổi trở xuống", "không ghi").
 */
export const crossMention = z.union([
  z
    .strictObject({
      where,
      quote: text.meta({ description: 'Nguyên văn chỗ ấy (đúng từng chữ như bản chép; "…" đánh dấu chỗ lược)' }),
      value: z
        .union([z.number(), text])
        .meta({ description: 'Điều chỗ ấy nói: số (30, 47.7), ngày hay tháng ISO ("2010-03-05", "2012-04"), hoặc cách nói ngắn để so ("từ 40 tuổi trở xuống")' }),
    })
    .meta({ description: 'Một chỗ văn bản nêu con số, ngày hay cách nói' }),
  z
    .strictObject({ figure: slug.meta({ description: 'Mã một con số trong data/baseline.yaml figures[] (lấy vị trí, câu và số từ đó)' }) })
    .meta({ description: 'Một con số phần thực trạng đã ghi ở data/baseline.yaml' }),
]);

export const UNIT_COUNTS = ['communes', 'districts', 'clusters', 'urban-clusters', 'rural-clusters'] as const;

/** A value the site computes to set beside the printed ones: from the roster at the baseline date or from the data's places. */
export const crossComputed = z.union([
  z.strictObject({ roster: group.meta({ description: 'Số người của nhóm theo danh sách, ngày thực trạng' }) }),
  z.strictObject({
    printedCells: group.meta({ description: 'Số người của nhóm đếm trên các ô bảng thực trạng in (bảng nào đếm được: nhóm tuổi trọn vẹn, thang của bảng)' }),
  }),
  z.strictObject({ targetGap: slug.meta({ description: 'Mã chỉ tiêu: số người (hay xã) còn thiếu để đạt chỉ tiêu, tính ngày thực trạng' }) }),
  z.strictObject({
    units: z.enum(UNIT_COUNTS).meta({
      description: 'Số đơn vị trong data/districts.yaml: communes = xã, phường, thị trấn; districts = quận, huyện, thị xã; clusters = cụm; urban-clusters / rural-clusters = cụm khối quận / khối huyện',
    }),
  }),
]);

const base = {
  id: slug,
  about: text.meta({ description: 'Điều được so, nói ngắn (hiển thị làm tiêu đề)' }),
  note: text.optional().meta({ description: 'Cách đọc hay điều chỗ lệch gợi ra; là cách đọc, không phải sự thật đã biết' }),
};

/**
 * One comparison of the document with itself across its sections, written as data so that a
 * corrected document (or a corrected transcription) clears it: src/assessment/consistency.ts
 * evaluates it.
 */
export const crossCheck = z
  .discriminatedUnion('compare', [
    z.strictObject({
      ...base,
      compare: z.literal('same').meta({ description: 'Mọi chỗ (và mọi số tính được) phải nói cùng một điều' }),
      mentions: z.array(crossMention).min(1),
      computed: z.array(crossComputed).default([]).meta({ description: 'Số tính được từ dữ liệu để đặt cạnh' }),
    }),
    z.strictObject({
      ...base,
      compare: z.literal('sum').meta({ description: 'total bằng tổng các parts' }),
      total: crossMention,
      parts: z.array(crossMention).min(2),
    }),
    z.strictObject({
      ...base,
      compare: z.literal('share').meta({ description: 'percent bằng count / of × 100, làm tròn đến số chữ số văn bản in' }),
      percent: crossMention,
      count: crossMention,
      of: crossMention,
      decimals: z.int().min(0).max(2).optional().meta({ description: 'Số chữ số thập phân để so (bỏ trống: như percent in)' }),
    }),
    z.strictObject({
      ...base,
      compare: z.literal('within').meta({ description: 'part là một phần của mỗi whole: không lớn hơn' }),
      part: crossMention,
      whole: z.array(crossMention).min(1),
    }),
    z.strictObject({
      ...base,
      compare: z.literal('before').meta({ description: 'earlier phải trước later (ngày, tháng hay năm)' }),
      earlier: crossMention,
      later: crossMention,
    }),
    z.strictObject({
      ...base,
      compare: z.literal('covers').meta({ description: 'Tổng số chỗ học (seats) đủ cho mỗi nhóm cần (need)' }),
      seats: z.array(crossMention).min(1).meta({ description: 'Những chỗ văn bản hứa chỗ học, cộng lại' }),
      need: z.array(z.union([crossMention, crossComputed])).min(1).meta({ description: 'Số người (hay xã) cần: văn bản in hoặc tính từ dữ liệu' }),
    }),
  ])
  .meta({ description: 'Một phép đối chiếu văn bản với chính nó giữa các mục (I, II, III, V, VI)' });

export type CrossMention = z.infer<typeof crossMention>;
export type CrossComputed = z.infer<typeof crossComputed>;
export type CrossCheckRecord = z.infer<typeof crossCheck>;

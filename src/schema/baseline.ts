import { z } from 'zod';
import { isoDate, slug, text } from './common.ts';
import { group } from './condition.ts';
import { dimension } from './levels.ts';

const where = text.meta({ description: 'Vị trí trong văn bản (ví dụ "II.1.2")' });
const printedPercent = z.number().min(0).max(100).meta({
  description: 'Phần trăm như văn bản in (23.7 cho "23,7%"); giữ đúng số chữ số thập phân văn bản in',
});

export const baselineRow = z
  .strictObject({
    level: z.string().min(1).meta({ description: 'Mã trình độ trên thang của bảng (ví dụ so-cap)' }),
    printedLabel: text.meta({ description: 'Nhãn hàng như văn bản in (ví dụ "PTTH", "ĐH trở lên")' }),
    total: z.int().min(0).meta({ description: 'Cột "Tổng số" văn bản in' }),
    percent: printedPercent,
    percentDecimals: z.int().min(0).max(2).meta({ description: 'Số chữ số thập phân của phần trăm văn bản in (1 cho "23.7%", 0 cho "1%")' }),
    cells: z.array(z.int().min(0)).min(1).meta({ description: 'Các ô theo nhóm tuổi, đúng thứ tự cột' }),
  })
  .meta({ description: 'Một hàng của bảng thực trạng, đúng như văn bản in' });

export const baselineTable = z
  .strictObject({
    id: slug,
    title: text,
    where,
    dimension: dimension.meta({ description: 'Thang trình độ của các hàng' }),
    columns: z.array(slug).min(1).meta({ description: 'Các cột nhóm tuổi: mã trong plan.yaml age.bands' }),
    decimalMark: z
      .enum(['.', ','])
      .optional()
      .meta({ description: 'Dấu thập phân bảng in dùng cho phần trăm (bản đề án in "23.7%"); bỏ trống: dấu phẩy' }),
    rows: z.array(baselineRow).min(1),
    totalRow: z
      .strictObject({ printedLabel: text, total: z.int().min(0), cells: z.array(z.int().min(0)).min(1) })
      .meta({ description: 'Hàng "Cộng" như văn bản in' }),
  })
  .meta({ description: 'Một bảng thực trạng (tháng 4/2012), đúng từng ô như văn bản in' });

export const baselineFigure = z
  .strictObject({
    id: slug,
    where,
    quote: text.meta({ description: 'Câu văn bản chứa con số' }),
    printed: z.number().min(0).meta({ description: 'Con số như văn bản in' }),
    unit: z.enum(['people', 'percent']).meta({ description: 'people = số người; percent = phần trăm' }),
    percentDecimals: z.int().min(0).max(2).optional().meta({ description: 'Với percent: số chữ số thập phân văn bản in' }),
    count: group.meta({ description: 'Đếm những ai tại thời điểm thực trạng' }),
    of: group.optional().meta({ description: 'Với percent: mẫu số (bỏ trống: mọi chủ tịch)' }),
    note: text.optional().meta({ description: 'Cách đọc con số, nếu cần giải thích' }),
  })
  .meta({ description: 'Một con số văn bản nêu trong lời văn, kèm cách đếm lại từ danh sách' });

export const documentNote = z
  .strictObject({ id: slug, where, quote: text, note: text })
  .meta({ description: 'Một chỗ văn bản tự mâu thuẫn mà không phải con số về danh sách (ví dụ ngày trích dẫn sai)' });

export const findingNote = z
  .strictObject({
    id: slug,
    checks: z
      .array(z.string().min(1))
      .min(1)
      .meta({ description: 'Mã các phép đối chiếu (ví dụ "roster:ly-luan-chinh-tri/so-cap/total") mà cách đọc này giải thích chung' }),
    reading: text.meta({ description: 'Cách đọc chung: vì sao nhiều chỗ lệch có thể chỉ là một lỗi; là cách đọc, không phải sự thật' }),
  })
  .meta({ description: 'Một cách đọc nối nhiều chỗ lệch của phần đối chiếu thực trạng' });

export const baselineFile = z
  .strictObject({
    date: isoDate.meta({ description: 'Ngày thực trạng (văn bản: "tháng 4/2012")' }),
    dateLabel: text.meta({ description: 'Thời điểm như văn bản ghi' }),
    population: z.strictObject({ printed: z.int().min(0), where, count: group }).meta({ description: 'Tổng số chủ tịch Hội' }),
    tables: z.array(baselineTable).min(1),
    figures: z.array(baselineFigure),
    documentNotes: z.array(documentNote).default([]),
    findingNotes: z.array(findingNote).default([]),
  })
  .meta({ title: 'Thực trạng tháng 4/2012 như văn bản in (data/baseline.yaml)' });

export type BaselineRow = z.infer<typeof baselineRow>;
export type BaselineTable = z.infer<typeof baselineTable>;
export type BaselineFigure = z.infer<typeof baselineFigure>;
export type FindingNoteRecord = z.infer<typeof findingNote>;
export type Baseline = z.infer<typeof baselineFile>;

import { z } from 'zod';
import { isoDate, sampleFlag, slug, text } from './common.ts';

export const STATUSES = {
  'chua-bat-dau': 'Chưa bắt đầu',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'khong-thuc-hien': 'Không thực hiện',
} as const;

export const progressEntry = z
  .strictObject({
    item: slug.meta({ description: 'Nhiệm vụ lộ trình (plan.yaml roadmap[].items[].id)' }),
    status: z.enum(Object.keys(STATUSES) as ['chua-bat-dau', 'dang-thuc-hien', 'hoan-thanh', 'khong-thuc-hien']).meta({
      description: 'chua-bat-dau, dang-thuc-hien, hoan-thanh, khong-thuc-hien',
    }),
    start: isoDate.optional(),
    end: isoDate.optional(),
    achieved: z.number().min(0).optional().meta({
      description: 'Con số đạt được, cùng đơn vị với con số lộ trình hứa (với nhiệm vụ mở lớp, số học viên được tính từ data/courses)',
    }),
    note: text.optional(),
  })
  .meta({ description: 'Tiến độ một nhiệm vụ lộ trình' });

export const progressFile = z
  .strictObject({
    sample: sampleFlag,
    asOf: isoDate.meta({ description: 'Số liệu tính đến ngày' }),
    entries: z.array(progressEntry),
  })
  .meta({ title: 'Tiến độ thực hiện lộ trình (data/progress.yaml)' });

export type ProgressEntry = z.infer<typeof progressEntry>;
export type ProgressFile = z.infer<typeof progressFile>;

import { z } from 'zod';
import { LEVEL_SCHEMAS, SCALES, type Dimension } from './levels.ts';

function levelTest<D extends Dimension>(d: D) {
  const lvl = LEVEL_SCHEMAS[d];
  return z
    .strictObject({
      atLeast: lvl.optional().meta({ description: `Từ trình độ này trở lên (${SCALES[d].label})` }),
      below: lvl.optional().meta({ description: `Chưa đạt trình độ này (${SCALES[d].label})` }),
      is: z.array(lvl).min(1).optional().meta({ description: 'Đúng một trong các trình độ này' }),
    })
    .meta({ description: `Điều kiện về ${SCALES[d].label.toLowerCase()}` });
}

/**
 * A test on one person at a date. Every key given must hold (AND). Used by the standard,
 * the targets, the measures' target groups and the baseline figures, so that the plan's
 * readings are written once, in data, and computed the same way everywhere.
 */
export const condition = z
  .strictObject({
    age: z
      .strictObject({
        min: z.int().min(0).optional().meta({ description: 'Tuổi tối thiểu (tính theo quy ước tuổi của đề án)' }),
        max: z.int().min(0).optional().meta({ description: 'Tuổi tối đa (tính theo quy ước tuổi của đề án)' }),
      })
      .optional()
      .meta({ description: 'Khoảng tuổi, gồm cả hai đầu' }),
    education: levelTest('education').optional(),
    professional: levelTest('professional').optional(),
    politicalTheory: levelTest('politicalTheory').optional(),
    unionWork: levelTest('unionWork').optional(),
    firstTerm: z.boolean().optional().meta({ description: 'Chủ tịch mới tham gia lần đầu nhiệm kỳ 2011–2016' }),
    partyMember: z.boolean().optional().meta({ description: 'Đảng viên' }),
  })
  .meta({ description: 'Điều kiện đối với một người tại một thời điểm; mọi khoá ghi ra đều phải thoả' });
export type Condition = z.infer<typeof condition>;

export const ROLES = ['chairwoman', 'sourceCadre'] as const;
export const role = z.enum(ROLES).meta({
  description: 'Vai trò: chairwoman = Chủ tịch Hội LHPN xã, phường, thị trấn; sourceCadre = cán bộ nguồn chức danh Chủ tịch Hội',
});
export type Role = z.infer<typeof role>;

/** A group of people at a date: those holding one of the roles and meeting the condition. */
export const group = z
  .strictObject({
    roles: z.array(role).min(1).meta({ description: 'Những vai trò thuộc nhóm' }),
    where: condition.optional().meta({ description: 'Điều kiện thêm (bỏ trống: mọi người giữ vai trò)' }),
  })
  .meta({ description: 'Một nhóm người: giữ vai trò nào, thoả điều kiện gì' });
export type Group = z.infer<typeof group>;

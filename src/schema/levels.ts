import { z } from 'zod';

/**
 * The four qualification scales the plan speaks of, lowest first. The order is the meaning:
 * "at least sơ cấp" compares positions in these lists. Labels are the plan's own words.
 */
export const SCALES = {
  education: {
    label: 'Trình độ học vấn',
    levels: [
      { id: 'tieu-hoc', label: 'Tiểu học' },
      { id: 'thcs', label: 'THCS' },
      { id: 'thpt', label: 'PTTH' },
    ],
  },
  professional: {
    label: 'Trình độ chuyên môn',
    levels: [
      { id: 'chua-qua-dao-tao', label: 'Chưa qua đào tạo (PTTH)' },
      { id: 'so-cap', label: 'Sơ cấp' },
      { id: 'trung-cap', label: 'Trung cấp' },
      { id: 'cao-dang', label: 'Cao đẳng' },
      { id: 'dai-hoc', label: 'Đại học trở lên' },
    ],
  },
  politicalTheory: {
    label: 'Trình độ lý luận chính trị',
    levels: [
      { id: 'chua-qua', label: 'Chưa qua LLCT' },
      { id: 'so-cap', label: 'Sơ cấp' },
      { id: 'trung-cap', label: 'Trung cấp' },
      { id: 'cao-cap', label: 'Cao cấp, cử nhân' },
    ],
  },
  unionWork: {
    label: 'Nghiệp vụ công tác Hội',
    levels: [
      { id: 'duoi-1-thang', label: 'Chưa bồi dưỡng từ 1 tháng trở lên' },
      { id: 'boi-duong-1-thang', label: 'Bồi dưỡng 1 tháng' },
      { id: 'so-cap', label: 'Sơ cấp' },
      { id: 'trung-cap', label: 'Trung cấp' },
    ],
  },
} as const;

export type Dimension = keyof typeof SCALES;
export const DIMENSIONS = Object.keys(SCALES) as Dimension[];
export type LevelOf<D extends Dimension> = (typeof SCALES)[D]['levels'][number]['id'];
export type Qualifications = { [D in Dimension]: LevelOf<D> };

function levelEnum<D extends Dimension>(d: D) {
  const ids = SCALES[d].levels.map((l) => l.id) as [LevelOf<D>, ...LevelOf<D>[]];
  return z.enum(ids).meta({
    description: `${SCALES[d].label}: ${SCALES[d].levels.map((l) => `${l.id} = ${l.label}`).join('; ')}`,
  });
}

export const educationLevel = levelEnum('education');
export const professionalLevel = levelEnum('professional');
export const politicalTheoryLevel = levelEnum('politicalTheory');
export const unionWorkLevel = levelEnum('unionWork');
export const LEVEL_SCHEMAS = {
  education: educationLevel,
  professional: professionalLevel,
  politicalTheory: politicalTheoryLevel,
  unionWork: unionWorkLevel,
} as const;

export const dimension = z.enum(DIMENSIONS as [Dimension, ...Dimension[]]).meta({
  description: 'Thang trình độ: education (học vấn), professional (chuyên môn), politicalTheory (lý luận chính trị), unionWork (nghiệp vụ công tác Hội)',
});

/** A level on one scale: what a course confers or a condition names. */
export const levelOnScale = z
  .discriminatedUnion('dimension', [
    z.object({ dimension: z.literal('education'), level: educationLevel }),
    z.object({ dimension: z.literal('professional'), level: professionalLevel }),
    z.object({ dimension: z.literal('politicalTheory'), level: politicalTheoryLevel }),
    z.object({ dimension: z.literal('unionWork'), level: unionWorkLevel }),
  ])
  .meta({ description: 'Một trình độ trên một thang' });
export type LevelOnScale = z.infer<typeof levelOnScale>;

/** What a course teaches; target 3 counts source cadres by the subjects they completed. */
export const SUBJECTS = {
  'ly-luan-chinh-tri': 'Lý luận chính trị',
  'nghiep-vu-cong-tac-hoi': 'Nghiệp vụ công tác Hội',
  'chuyen-mon': 'Chuyên môn',
} as const;
export type Subject = keyof typeof SUBJECTS;
export const subject = z.enum(Object.keys(SUBJECTS) as [Subject, ...Subject[]]).meta({
  description: 'Nội dung học: ly-luan-chinh-tri, nghiep-vu-cong-tac-hoi, chuyen-mon',
});

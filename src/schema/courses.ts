import { z } from 'zod';
import { isoDate, money, sampleFlag, slug, text } from './common.ts';
import { levelOnScale, subject } from './levels.ts';

export const OUTCOMES = { enrolled: 'Đang học', completed: 'Hoàn thành', dropped: 'Bỏ học' } as const;

export const participant = z
  .strictObject({
    person: slug.meta({ description: 'Mã người (trong data/people/*.yaml)' }),
    outcome: z.enum(Object.keys(OUTCOMES) as ['enrolled', 'completed', 'dropped']).meta({
      description: 'enrolled = đang học; completed = hoàn thành; dropped = bỏ học',
    }),
    completedOn: isoDate.optional().meta({ description: 'Ngày hoàn thành (bỏ trống: ngày kết thúc lớp)' }),
  })
  .meta({ description: 'Một học viên' });

export const COURSE_KINDS = { 'dao-tao': 'Đào tạo', 'boi-duong': 'Bồi dưỡng' } as const;

export const course = z
  .strictObject({
    id: slug.meta({ description: 'Mã lớp, duy nhất (ví dụ 2013-so-cap-ctpn)' }),
    title: text,
    kind: z.enum(Object.keys(COURSE_KINDS) as ['dao-tao', 'boi-duong']).meta({
      description: 'dao-tao = đào tạo có văn bằng; boi-duong = bồi dưỡng ngắn hạn',
    }),
    roadmapItem: slug.meta({ description: 'Nhiệm vụ lộ trình (plan.yaml roadmap[].items[].id)' }),
    measure: slug.meta({ description: 'Giải pháp (plan.yaml measures[].id)' }),
    organiser: text.meta({ description: 'Đơn vị tổ chức' }),
    start: isoDate,
    end: isoDate,
    seats: z.int().min(1).meta({ description: 'Số chỗ học theo kế hoạch' }),
    cost: money.meta({ description: 'Kinh phí đã chi, đồng' }),
    subjects: z.array(subject).min(1),
    confers: z.array(levelOnScale).default([]).meta({ description: 'Trình độ học viên đạt được khi hoàn thành' }),
    participants: z.array(participant),
    note: text.optional(),
  })
  .meta({ description: 'Một lớp học' });

export const coursesFile = z
  .strictObject({ sample: sampleFlag, courses: z.array(course) })
  .meta({ title: 'Các lớp học một năm (data/courses/<năm>.yaml)' });

export type Participant = z.infer<typeof participant>;
export type Course = z.infer<typeof course>;
export type CoursesFile = z.infer<typeof coursesFile>;

import { z } from 'zod';
import { communeCode, isoDate, sampleFlag, slug, text } from './common.ts';
import { role } from './condition.ts';
import { educationLevel, politicalTheoryLevel, professionalLevel, unionWorkLevel } from './levels.ts';

export const roleTerm = z
  .strictObject({
    role,
    commune: communeCode.meta({ description: 'Mã xã, phường, thị trấn nơi giữ vai trò' }),
    from: isoDate.meta({ description: 'Ngày bắt đầu' }),
    to: isoDate.optional().meta({ description: 'Ngày thôi (bỏ trống: đang giữ)' }),
    note: text.optional(),
  })
  .meta({ description: 'Một lần giữ vai trò: Chủ tịch Hội (một nhiệm kỳ hoặc một phần) hoặc cán bộ nguồn' });

export const person = z
  .strictObject({
    id: slug.meta({ description: 'Mã người, duy nhất toàn bộ dữ liệu (ví dụ dong-da-001); dùng trong đường dẫn trang' }),
    name: text.meta({ description: 'Họ và tên đầy đủ, có dấu (ví dụ "Nguyễn Thị Hằng")' }),
    birthDate: isoDate.meta({ description: 'Ngày sinh (không công bố; trang web chỉ hiện nhóm tuổi)' }),
    education: educationLevel,
    professional: professionalLevel,
    politicalTheory: politicalTheoryLevel,
    unionWork: unionWorkLevel,
    firstTerm: z.boolean().meta({ description: 'Chủ tịch Hội lần đầu trong nhiệm kỳ 2011–2016 ("mới tham gia")' }),
    partyMember: z.boolean().meta({ description: 'Đảng viên (chỉ công bố số tổng hợp)' }),
    roles: z.array(roleTerm).min(1).meta({ description: 'Các vai trò theo thời gian' }),
    note: text.optional(),
  })
  .meta({
    description:
      'Một người: trình độ ghi ở đây là trình độ trước mọi lớp học có trong data/courses (lớp đã hoàn thành sẽ tự nâng trình độ)',
  });

export const peopleFile = z
  .strictObject({
    sample: sampleFlag,
    district: slug.meta({ description: 'Mã quận, huyện, thị xã của tệp này (trùng tên tệp)' }),
    people: z.array(person),
  })
  .meta({ title: 'Chủ tịch Hội và cán bộ nguồn của một quận, huyện (data/people/<quận-huyện>.yaml)' });

export type RoleTerm = z.infer<typeof roleTerm>;
export type Person = z.infer<typeof person>;
export type PeopleFile = z.infer<typeof peopleFile>;

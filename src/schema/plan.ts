import { z } from 'zod';
import { isoDate, money, slug, text } from './common.ts';
import { condition, group, role } from './condition.ts';
import { crossCheck } from './cross-checks.ts';
import { levelOnScale, subject } from './levels.ts';

const where = text.meta({ description: 'Vị trí trong văn bản đề án (ví dụ "I.9", "III.2", "VI.1.2")' });

export const ageBand = z
  .strictObject({
    id: slug.meta({ description: 'Mã nhóm tuổi (ví dụ 18-30, 56-tro-len)' }),
    label: text.meta({ description: 'Nhãn như văn bản in (ví dụ "18-30", "≥56")' }),
    min: z.int().min(0),
    max: z.int().min(0).optional().meta({ description: 'Bỏ trống: không giới hạn trên' }),
  })
  .meta({ description: 'Một nhóm tuổi trong bảng thực trạng' });

export const criterion = z
  .strictObject({
    id: slug,
    label: text.meta({ description: 'Tên ngắn của tiêu chí, như trang web đếm (nguyên văn ở quote)' }),
    quote: text.optional().meta({ description: 'Nguyên văn tiêu chí trong mục I.9' }),
    reading: text
      .optional()
      .meta({ description: 'Cách trang web đọc tiêu chí khi văn bản không nói đủ (hiển thị cùng tiêu chí, ở mọi trang ghi "theo mục I.9")' }),
    appliesTo: condition.optional().meta({ description: 'Chỉ áp dụng cho người thoả điều kiện này (bỏ trống: mọi chủ tịch)' }),
    require: condition.meta({ description: 'Điều kiện phải đạt' }),
    measure: slug.optional().meta({ description: 'Giải pháp (mục V.2.3) giúp đạt tiêu chí này, nếu đề án có' }),
  })
  .meta({ description: 'Một tiêu chí của tiêu chuẩn chủ tịch Hội' });

const targetBase = {
  id: slug,
  number: z.int().min(1).meta({ description: 'Số thứ tự chỉ tiêu trong mục III.2' }),
  label: text.meta({ description: 'Tên ngắn của chỉ tiêu' }),
  quote: text.meta({ description: 'Nguyên văn chỉ tiêu trong văn bản' }),
  where,
  goal: z.number().min(0).max(100).meta({ description: 'Mục tiêu, phần trăm (đến cuối năm 2016)' }),
  reading: text.meta({ description: 'Cách đọc chỉ tiêu: đếm gì trên tử số, mẫu số (hiển thị trên trang)' }),
};

export const target = z
  .discriminatedUnion('unit', [
    z.strictObject({
      ...targetBase,
      unit: z.literal('person').meta({ description: 'Tỷ lệ tính trên số người' }),
      population: group.meta({ description: 'Mẫu số: những người được tính' }),
      require: condition.meta({ description: 'Tử số: người trong mẫu số thoả điều kiện này' }),
    }),
    z.strictObject({
      ...targetBase,
      unit: z.literal('commune').meta({ description: 'Tỷ lệ tính trên số xã, phường, thị trấn' }),
      role: role.meta({ description: 'Vai trò của người giúp xã được tính' }),
      subjects: z.array(subject).min(1).meta({
        description: 'Xã được tính khi có một người giữ vai trò đã hoàn thành các lớp thuộc đủ các nội dung này',
      }),
    }),
  ])
  .meta({ description: 'Một chỉ tiêu cơ bản (mục III.2)' });

export const measure = z
  .strictObject({
    id: slug,
    label: text.meta({ description: 'Tên ngắn của giải pháp' }),
    quote: text.meta({ description: 'Nguyên văn trong văn bản' }),
    where,
    targetGroup: group.meta({ description: 'Đối tượng của giải pháp (những người cần đến)' }),
    confers: z.array(levelOnScale).default([]).meta({ description: 'Trình độ người học đạt được khi hoàn thành' }),
    seats: z.int().min(0).optional().meta({ description: 'Số chỗ học văn bản nêu trong mục này, nếu có' }),
    reading: text.optional().meta({ description: 'Cách trang web đọc đối tượng hay kết quả của giải pháp khi văn bản không nói đủ (hiển thị cùng giải pháp)' }),
  })
  .meta({ description: 'Một giải pháp đào tạo, bồi dưỡng (mục V.2.3)' });

export const roadmapItem = z
  .strictObject({
    id: slug,
    text: text.meta({ description: 'Nguyên văn nhiệm vụ trong lộ trình' }),
    kind: z.enum(['course', 'activity']).meta({ description: 'course = mở lớp học; activity = hoạt động khác (khảo sát, hội thi, tọa đàm...)' }),
    measure: slug.optional().meta({ description: 'Giải pháp (mục V.2.3) mà nhiệm vụ thực hiện' }),
    promise: z
      .strictObject({
        value: z.number().min(0).meta({ description: 'Con số văn bản hứa' }),
        unit: text.meta({ description: 'Đơn vị (ví dụ "chỗ học", "lớp", "cụm", "%")' }),
        of: text.optional().meta({ description: 'Của cái gì (ví dụ "quận, huyện, thị xã")' }),
      })
      .optional()
      .meta({ description: 'Con số văn bản nêu cho nhiệm vụ' }),
    classes: z.int().min(1).optional().meta({ description: 'Số lớp văn bản nêu' }),
    reading: text.optional().meta({ description: 'Cách trang web đọc nhiệm vụ khi văn bản không nói đủ (ví dụ giải pháp nào nó thực hiện)' }),
  })
  .meta({ description: 'Một nhiệm vụ trong lộ trình thực hiện (mục VI.1)' });

export const roadmapYear = z
  .strictObject({
    year: z.int().min(2012).max(2016),
    where,
    items: z.array(roadmapItem).min(1),
  })
  .meta({ description: 'Lộ trình một năm' });

export const planFile = z
  .strictObject({
    number: text.meta({ description: 'Số hiệu văn bản' }),
    date: isoDate.meta({ description: 'Ngày ban hành' }),
    place: text,
    issuer: text.meta({ description: 'Cơ quan ban hành' }),
    signer: z.strictObject({ name: text, title: text }).meta({ description: 'Người ký' }),
    title: text.meta({ description: 'Tên đề án' }),
    period: z.strictObject({ start: z.int(), end: z.int() }).meta({ description: 'Giai đoạn, năm bắt đầu và năm kết thúc' }),
    deadline: z
      .strictObject({
        date: isoDate.meta({ description: 'Ngày các chỉ tiêu được xét lần cuối' }),
        reading: text.meta({ description: 'Vì sao là ngày này: văn bản có ghi ngày không, nếu không thì trang web chọn thế nào (hiển thị cùng ngày)' }),
      })
      .meta({ description: 'Hạn của các chỉ tiêu' }),
    term: z
      .strictObject({
        start: z.int(),
        end: z.int(),
        reading: text.optional().meta({ description: 'Cách trang web đọc "mới tham gia" theo nhiệm kỳ (hiển thị cùng con số "mới tham gia")' }),
      })
      .meta({ description: 'Nhiệm kỳ Đại hội Hội LHPN văn bản nói tới ("nhiệm kỳ 2011 - 2016"), năm đầu và năm cuối; "mới tham gia" (firstTerm) là lần đầu làm Chủ tịch Hội trong nhiệm kỳ này' }),
    age: z
      .strictObject({
        rule: z.literal('year-minus-birth-year').meta({ description: 'Tuổi = năm tính trừ năm sinh (cách thống kê cán bộ)' }),
        explanation: text,
        bands: z.array(ageBand).min(1),
        minTrainingAge: z.int().min(0).meta({ description: 'Không ai được đi học trước tuổi này' }),
      })
      .meta({ description: 'Quy ước tính tuổi và các nhóm tuổi' }),
    standard: z
      .strictObject({ where, quote: text, criteria: z.array(criterion).min(1) })
      .meta({ description: 'Tiêu chuẩn Chủ tịch Hội xã, phường, thị trấn (mục I.9)' }),
    pace: z
      .strictObject({ rule: z.literal('linear'), explanation: text })
      .meta({ description: 'Cách xét tiến độ một năm có đủ để đạt chỉ tiêu 2016' }),
    targets: z.array(target).min(1),
    measures: z.array(measure).min(1),
    budget: z
      .strictObject({
        total: money,
        inWords: text.meta({ description: 'Số tiền bằng chữ như văn bản' }),
        where,
        quote: text.meta({ description: 'Nguyên văn câu về kinh phí' }),
        source: text.meta({ description: 'Nguồn kinh phí văn bản nêu (một nguồn: "ngân sách nhà nước")' }),
        allocatedTo: z
          .array(text)
          .min(1)
          .meta({ description: 'Những nơi được cấp kinh phí từ nguồn ấy, như câu văn kê (không phải những nguồn khác nhau)' }),
        note: text.optional().meta({ description: 'Điều câu văn không nói (ví dụ dự toán chi tiết không kèm bản đăng)' }),
      })
      .meta({ description: 'Kinh phí thực hiện đề án (mục V.3)' }),
    roadmap: z.array(roadmapYear).min(1),
    crossChecks: z
      .array(crossCheck)
      .default([])
      .meta({ description: 'Đối chiếu văn bản với chính nó giữa các mục: mỗi con số, số chỗ, cụm, ngày nêu ở nhiều nơi' }),
  })
  .meta({ title: 'Đề án 04/ĐA-BCH (data/plan.yaml)' });

export type AgeBand = z.infer<typeof ageBand>;
export type Criterion = z.infer<typeof criterion>;
export type Target = z.infer<typeof target>;
export type Measure = z.infer<typeof measure>;
export type RoadmapItem = z.infer<typeof roadmapItem>;
export type RoadmapYear = z.infer<typeof roadmapYear>;
export type Plan = z.infer<typeof planFile>;

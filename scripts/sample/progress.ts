import type { Course, Plan, ProgressEntry } from '../../src/schema/index.ts';
import type { IsoDate } from './dates.ts';

/** The sample ends here: the plan's last day. */
export const AS_OF: IsoDate = '2016-12-31';

/**
 * How the sample reports the activities (non-course items). Sample-design choices; an item not
 * listed gets a plain "done during its year" entry. Course items take their dates from the courses.
 */
const ACTIVITIES: Record<string, Omit<ProgressEntry, 'item'>> = {
  '2012-khao-sat': { status: 'hoan-thanh', start: '2012-07-02', end: '2012-09-28', note: 'Các quận, huyện, thị xã gửi báo cáo khảo sát nhu cầu và danh sách quy hoạch bổ sung.' },
  '2012-lay-y-kien': { status: 'hoan-thanh', start: '2012-07-09', end: '2012-08-31', note: 'Đề án được Ban Thường vụ Thành uỷ cho ý kiến.' },
  '2012-trien-khai': { status: 'hoan-thanh', start: '2012-09-10', end: '2012-11-30', note: 'Hội nghị triển khai theo từng cụm thi đua.' },
  '2013-hoc-tap-kinh-nghiem': { status: 'hoan-thanh', start: '2013-10-14', end: '2013-10-18', note: 'Đoàn học tập kinh nghiệm tại Hội LHPN một tỉnh bạn.' },
  '2013-hoi-thi': { status: 'hoan-thanh', start: '2013-08-05', end: '2013-11-22', note: 'Thi cụm, sau đó giao lưu cấp Thành phố.' },
  '2014-danh-gia-giua-ky': { status: 'hoan-thanh', start: '2014-06-02', end: '2014-07-31', note: 'Báo cáo sơ kết giữa kỳ trình Ban Thường vụ.' },
  '2014-quan-ly-lop': { status: 'hoan-thanh', start: '2014-01-02', end: '2014-12-31' },
  '2014-toa-dam': { status: 'hoan-thanh', start: '2014-10-20', end: '2014-11-14', note: 'Tọa đàm tại cụm khối quận và một cụm khối huyện.' },
  '2015-quan-ly-lop': { status: 'hoan-thanh', start: '2015-01-05', end: '2015-12-31' },
  '2015-tong-hop-danh-gia': { status: 'hoan-thanh', start: '2015-09-01', end: '2015-12-15', note: 'Kết quả đưa vào báo cáo nhân sự Đại hội phụ nữ các cấp nhiệm kỳ 2016–2021.' },
  '2016-tong-ket': { status: 'dang-thuc-hien', start: '2016-11-01', note: 'Đang tổng hợp báo cáo; hội nghị tổng kết dự kiến quý I/2017.' },
};

export function progressEntries(plan: Plan, courses: readonly Course[]): ProgressEntry[] {
  return plan.roadmap.flatMap((year) =>
    year.items.map((item): ProgressEntry => {
      if (item.kind === 'course') {
        const own = courses.filter((c) => c.roadmapItem === item.id);
        if (own.length === 0) return { item: item.id, status: 'chua-bat-dau' };
        const start = own.map((c) => c.start).sort()[0]!;
        const end = own.map((c) => c.end).sort().at(-1)!;
        return end > AS_OF ? { item: item.id, status: 'dang-thuc-hien', start } : { item: item.id, status: 'hoan-thanh', start, end };
      }
      const known = ACTIVITIES[item.id] ?? { status: 'hoan-thanh', start: `${year.year}-03-01`, end: `${year.year}-11-30` };
      // A promised number is reported as met when the activity is done: the sample has no reason to invent a shortfall.
      const achieved = known.status === 'hoan-thanh' && item.promise ? { achieved: item.promise.value } : {};
      return { item: item.id, ...known, ...achieved };
    }),
  );
}

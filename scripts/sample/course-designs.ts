import { DISTRICT_TYPES, type District, type Role, type Subject } from '../../src/schema/index.ts';
import { addDays, type IsoDate } from './dates.ts';
import type { Rng } from './prng.ts';
import type { Draft } from './world.ts';

/**
 * How the sample runs each roadmap item that opens courses: dates, organisers, costs, who is
 * sent first. These are sample-design choices; what the plan fixes (measure, target group,
 * what a course confers, seats promised) is read from plan.yaml.
 */
export interface ClassDesign {
  /** Course id without the copy suffix; starts with the year so the file it goes to is obvious. */
  id: string;
  title: string;
  kind: 'dao-tao' | 'boi-duong';
  organiser: string;
  start: IsoDate;
  end: IsoDate;
  subjects: Subject[];
  /** Drawn from these roles only (a subset of the measure's target group). */
  roles: Role[];
  /** Share of the eligible pool that takes up a seat when seats are plenty. */
  uptake: number;
  dropRate: number;
  /** Part-time (tại chức) courses may overlap full-time ones, not each other. */
  partTime: boolean;
  cost: { fixed: number; perSeat: number };
  /** Who is sent first. */
  priority: (p: Draft, age: number) => number;
  /** Sent with this probability each, instead of filling seats (district classes have no quota). */
  chance?: (age: number) => number;
  /** Only people of this district. */
  district?: string;
  /** At most one person per commune, so more communes get a trained cadre. */
  onePerCommune?: boolean;
  note?: string;
}

const LHP = 'Trường Đào tạo cán bộ Lê Hồng Phong';

/** One entry per roadmap item of kind `course`; the generator refuses a plan with an item missing here. */
export const DESIGNS: Record<string, (districts: readonly District[], rng: Rng) => ClassDesign[]> = {
  '2012-dai-hoc-tai-chuc': () => [
    {
      id: '2012-dai-hoc-tai-chuc',
      title: 'Đại học hệ vừa làm vừa học, ngành Công tác xã hội',
      kind: 'dao-tao',
      organiser: 'Học viện Phụ nữ Việt Nam',
      start: '2012-10-15',
      end: '2016-10-28',
      subjects: ['chuyen-mon'],
      roles: ['chairwoman'],
      uptake: 0.9,
      dropRate: 0.07,
      partTime: true,
      cost: { fixed: 20_000_000, perSeat: 15_000_000 },
      priority: (_p, age) => 42 - age,
      note: 'Đề án "động viên, khuyến khích": học viên tự nguyện đăng ký, đề án hỗ trợ một phần học phí.',
    },
  ],
  '2013-trung-cap-can-bo-nguon': () => [
    {
      id: '2013-trung-cap-llct-can-bo-nguon',
      title: 'Trung cấp lý luận chính trị – hành chính và nghiệp vụ phụ vận cho cán bộ nguồn',
      kind: 'dao-tao',
      organiser: LHP,
      start: '2013-03-04',
      end: '2014-06-27',
      subjects: ['ly-luan-chinh-tri', 'nghiep-vu-cong-tac-hoi'],
      roles: ['sourceCadre'],
      uptake: 1,
      dropRate: 0.05,
      partTime: true,
      cost: { fixed: 40_000_000, perSeat: 6_500_000 },
      priority: (_p, age) => 1 + (41 - age) / 8,
      onePerCommune: true,
    },
  ],
  '2013-so-cap-cong-tac-phu-nu': () => [
    {
      id: '2013-so-cap-cong-tac-phu-nu',
      title: 'Sơ cấp nghiệp vụ công tác phụ nữ',
      kind: 'dao-tao',
      organiser: LHP,
      start: '2013-04-08',
      end: '2013-07-26',
      subjects: ['chuyen-mon', 'nghiep-vu-cong-tac-hoi'],
      roles: ['chairwoman'],
      uptake: 1,
      dropRate: 0.03,
      partTime: false,
      cost: { fixed: 25_000_000, perSeat: 3_200_000 },
      priority: (_p, age) => 1 + (56 - age) / 6,
    },
  ],
  '2013-boi-duong-nghiep-vu': () => [oneMonth('2013', '2013-09-09')],
  '2014-boi-duong-nghiep-vu': () => [oneMonth('2014', '2014-09-08')],
  '2013-cu-di-hoc-ly-luan': districtClasses,
};

function oneMonth(year: string, start: IsoDate): ClassDesign {
  return {
    id: `${year}-boi-duong-nghiep-vu`,
    title: `Bồi dưỡng nghiệp vụ công tác phụ nữ 1 tháng, khoá ${year}`,
    kind: 'boi-duong',
    organiser: 'Hội LHPN Hà Nội',
    start,
    end: addDays(start, 29),
    subjects: ['nghiep-vu-cong-tac-hoi'],
    roles: ['chairwoman'],
    uptake: 1,
    dropRate: 0.02,
    partTime: false,
    cost: { fixed: 30_000_000, perSeat: 2_400_000 },
    // The plan singles out newcomers who lack basic training (II.2, "Nguyên nhân").
    priority: (p, age) => (p.firstTerm ? 3 : 1) * (age <= 55 ? 1 : 0.3),
  };
}

/** Intakes at the district political-theory centres: each district sends its chairwomen once, 2013–2015. */
const INTAKES: readonly { start: [IsoDate, number]; months: number }[] = [
  { start: ['2013-09-09', 21], months: 15 },
  { start: ['2014-08-11', 21], months: 15 },
  { start: ['2015-03-02', 14], months: 15 },
];
/** A late intake still running when the sample ends, so the site has learners "đang học". */
const LATE_INTAKE = { start: '2016-03-14' as IsoDate, end: '2017-06-30' as IsoDate, districts: 2 };

function districtClasses(districts: readonly District[], rng: Rng): ClassDesign[] {
  const order = rng.shuffle(districts);
  const designs = order.map((d, i) => {
    const intake = INTAKES[i % INTAKES.length]!;
    const start = addDays(intake.start[0], rng.int(0, intake.start[1]));
    const end = addDays(start, Math.round(intake.months * 30.4));
    return districtClass(d, start, end);
  });
  for (const d of rng.sample(districts, Math.min(LATE_INTAKE.districts, districts.length))) {
    designs.push(districtClass(d, LATE_INTAKE.start, LATE_INTAKE.end));
  }
  return designs;
}

function districtClass(d: District, start: IsoDate, end: IsoDate): ClassDesign {
  const where = `${DISTRICT_TYPES[d.type].toLowerCase()} ${d.name}`;
  return {
    id: `${start.slice(0, 4)}-trung-cap-llct-${d.id}`,
    title: `Trung cấp lý luận chính trị – hành chính, lớp tại Trung tâm Bồi dưỡng chính trị ${where}`,
    kind: 'dao-tao',
    organiser: `Trung tâm Bồi dưỡng chính trị ${where}`,
    start,
    end,
    subjects: ['ly-luan-chinh-tri'],
    roles: ['chairwoman'],
    uptake: 1,
    dropRate: 0.05,
    partTime: true,
    cost: { fixed: 0, perSeat: 3_000_000 },
    priority: () => 1,
    // The young first: the plan wants 90% of chairwomen aged 40 or less at trung cấp (III.2).
    chance: (age) => (age <= 40 ? 0.85 : age <= 45 ? 0.5 : age <= 55 ? 0.25 : 0),
    district: d.id,
  };
}

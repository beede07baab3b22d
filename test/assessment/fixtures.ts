/**
 * Small hand-made datasets whose answers a test can state. Geography: quan-a (cluster cum-quan)
 * with communes 00001, 00002; huyen-b (cluster cum-huyen) with 00010, 00011, 00012.
 * The plan mirrors data/plan.yaml's readings in miniature.
 */
import type { Dataset, PersonRecord, Sourced } from '../../src/data/dataset.ts';
import type { Baseline, Course, Plan, ProgressEntry, RoleTerm } from '../../src/schema/index.ts';

const src = (file: string, line = 1) => ({ file, line });

export const BANDS: Plan['age']['bands'] = [
  { id: '18-30', label: '18-30', min: 18, max: 30 },
  { id: '31-40', label: '31-40', min: 31, max: 40 },
  { id: '41-45', label: '41-45', min: 41, max: 45 },
  { id: '46-55', label: '46-55', min: 46, max: 55 },
  { id: '56-tro-len', label: '≥56', min: 56 },
];

export function makePlan(over: Partial<Plan> = {}): Plan {
  return {
    number: '04/ĐA-BCH',
    date: '2012-06-29',
    place: 'Hà Nội',
    issuer: 'BCH',
    signer: { name: 'Nguyễn Minh Hà', title: 'Chủ tịch' },
    title: 'Đề án thử',
    period: { start: 2012, end: 2016 },
    deadline: { date: '2016-12-31', reading: 'Hết năm cuối giai đoạn.' },
    term: { start: 2011, end: 2016 },
    age: { rule: 'year-minus-birth-year', explanation: 'x', bands: BANDS, minTrainingAge: 18 },
    standard: {
      where: 'I.9',
      quote: 'q',
      criteria: [
        { id: 'hoc-van', label: 'Học vấn', require: { education: { atLeast: 'thpt' } } },
        { id: 'chuyen-mon', label: 'Chuyên môn', require: { professional: { atLeast: 'so-cap' } }, measure: 'so-cap-ctpn' },
        {
          id: 'chuyen-mon-40',
          label: 'Chuyên môn ≤40',
          appliesTo: { age: { max: 40 } },
          require: { professional: { atLeast: 'trung-cap' } },
          measure: 'dai-hoc',
        },
        { id: 'llct', label: 'LLCT', require: { politicalTheory: { atLeast: 'so-cap' } }, measure: 'trung-cap-llct' },
        { id: 'nghiep-vu', label: 'Nghiệp vụ', require: { unionWork: { atLeast: 'boi-duong-1-thang' } }, measure: 'boi-duong' },
      ],
    },
    pace: { rule: 'linear', explanation: 'x' },
    targets: [
      {
        id: 'chuan-hoa',
        number: 1,
        unit: 'person',
        label: 'Chuẩn hoá',
        quote: 'q',
        where: 'III.2',
        goal: 100,
        reading: 'r',
        population: { roles: ['chairwoman'] },
        require: {
          unionWork: { atLeast: 'boi-duong-1-thang' },
          professional: { atLeast: 'so-cap' },
          politicalTheory: { atLeast: 'so-cap' },
        },
      },
      {
        id: 'tre-trung-cap',
        number: 2,
        unit: 'person',
        label: 'Trẻ trung cấp',
        quote: 'q',
        where: 'III.2',
        goal: 90,
        reading: 'r',
        population: { roles: ['chairwoman'], where: { age: { max: 40 } } },
        require: { professional: { atLeast: 'trung-cap' }, politicalTheory: { atLeast: 'trung-cap' } },
      },
      {
        id: 'nguon',
        number: 3,
        unit: 'commune',
        label: 'Nguồn',
        quote: 'q',
        where: 'III.2',
        goal: 50,
        reading: 'r',
        role: 'sourceCadre',
        subjects: ['ly-luan-chinh-tri', 'nghiep-vu-cong-tac-hoi'],
      },
    ],
    measures: [
      {
        id: 'dai-hoc',
        label: 'Đại học',
        quote: 'q',
        where: 'V.2.3',
        targetGroup: { roles: ['chairwoman'], where: { age: { max: 40 }, professional: { below: 'trung-cap' } } },
        confers: [{ dimension: 'professional', level: 'dai-hoc' }],
        seats: 30,
      },
      {
        id: 'trung-cap-llct',
        label: 'Trung cấp LLCT',
        quote: 'q',
        where: 'V.2.3',
        targetGroup: { roles: ['chairwoman', 'sourceCadre'], where: { politicalTheory: { below: 'trung-cap' } } },
        confers: [{ dimension: 'politicalTheory', level: 'trung-cap' }],
      },
      {
        id: 'so-cap-ctpn',
        label: 'Sơ cấp CTPN',
        quote: 'q',
        where: 'V.2.3',
        targetGroup: { roles: ['chairwoman'], where: { age: { min: 41, max: 55 }, professional: { below: 'so-cap' } } },
        confers: [{ dimension: 'professional', level: 'so-cap' }],
      },
      {
        id: 'boi-duong',
        label: 'Bồi dưỡng',
        quote: 'q',
        where: 'V.2.3',
        targetGroup: { roles: ['chairwoman'], where: { unionWork: { below: 'boi-duong-1-thang' } } },
        confers: [{ dimension: 'unionWork', level: 'boi-duong-1-thang' }],
      },
    ],
    budget: { total: 1_000_000, inWords: 'Một triệu đồng', where: 'V.3', quote: 'q', source: 'Ngân sách', allocatedTo: ['Hội'] },
    crossChecks: [],
    roadmap: [
      {
        year: 2012,
        where: 'VI.1.1',
        items: [
          { id: '2012-trien-khai', kind: 'activity', text: 't', promise: { value: 100, unit: '%' } },
          { id: '2012-dai-hoc', kind: 'course', measure: 'dai-hoc', text: 't', promise: { value: 30, unit: 'chỗ học' } },
        ],
      },
      {
        year: 2013,
        where: 'VI.1.2',
        items: [
          { id: '2013-boi-duong', kind: 'course', measure: 'boi-duong', classes: 1, text: 't', promise: { value: 3, unit: 'chỗ học' } },
          { id: '2013-hoi-thi', kind: 'activity', text: 't', promise: { value: 3, unit: 'cụm' } },
        ],
      },
      {
        year: 2014,
        where: 'VI.1.3',
        items: [{ id: '2014-boi-duong', kind: 'course', measure: 'boi-duong', classes: 1, text: 't', promise: { value: 2, unit: 'chỗ học' } }],
      },
    ],
    ...over,
  };
}

export function makeBaseline(over: Partial<Baseline> = {}): Baseline {
  return {
    date: '2012-04-30',
    dateLabel: 'tháng 4/2012',
    population: { printed: 0, where: 'II.1', count: { roles: ['chairwoman'] } },
    tables: [],
    figures: [],
    documentNotes: [],
    findingNotes: [],
    ...over,
  };
}

export interface PersonInput {
  id: string;
  name?: string;
  born?: number;
  education?: PersonRecord['education'];
  professional?: PersonRecord['professional'];
  politicalTheory?: PersonRecord['politicalTheory'];
  unionWork?: PersonRecord['unionWork'];
  firstTerm?: boolean;
  partyMember?: boolean;
  /** Chairwoman of this commune from 2011-01-01 unless `roles` says otherwise. */
  commune?: string;
  roles?: RoleTerm[];
}

/** Default: a 1970-born chairwoman of 00001 who meets every criterion. */
export function person(p: PersonInput): PersonRecord {
  const commune = p.commune ?? '00001';
  return {
    id: p.id,
    name: p.name ?? `Nguyễn Thị ${p.id}`,
    birthDate: `${p.born ?? 1970}-06-15`,
    education: p.education ?? 'thpt',
    professional: p.professional ?? 'so-cap',
    politicalTheory: p.politicalTheory ?? 'so-cap',
    unionWork: p.unionWork ?? 'boi-duong-1-thang',
    firstTerm: p.firstTerm ?? false,
    partyMember: p.partyMember ?? true,
    roles: p.roles ?? [{ role: 'chairwoman', commune, from: '2011-01-01' }],
    district: commune.startsWith('0000') ? 'quan-a' : 'huyen-b',
    source: src(`data/people/${commune.startsWith('0000') ? 'quan-a' : 'huyen-b'}.yaml`),
  };
}

export function chair(commune: string, from: string, to?: string): RoleTerm {
  return { role: 'chairwoman', commune, from, ...(to ? { to } : {}) };
}
export function cadre(commune: string, from: string, to?: string): RoleTerm {
  return { role: 'sourceCadre', commune, from, ...(to ? { to } : {}) };
}

export function course(c: Partial<Course> & { id: string }): Sourced<Course> {
  return {
    title: `Lớp ${c.id}`,
    kind: 'boi-duong',
    roadmapItem: '2013-boi-duong',
    measure: 'boi-duong',
    organiser: 'Thành hội',
    start: '2013-03-01',
    end: '2013-04-30',
    seats: 10,
    cost: 100_000,
    subjects: ['nghiep-vu-cong-tac-hoi'],
    confers: [{ dimension: 'unionWork', level: 'boi-duong-1-thang' }],
    participants: [],
    source: src(`data/courses/${(c.start ?? '2013').slice(0, 4)}.yaml`),
    ...c,
  };
}

export interface DatasetInput {
  people: PersonRecord[];
  courses?: Sourced<Course>[];
  progress?: ProgressEntry[];
  asOf?: string;
  plan?: Partial<Plan>;
  baseline?: Partial<Baseline>;
}

export function makeDataset(d: DatasetInput): Dataset {
  return {
    plan: makePlan(d.plan),
    baseline: makeBaseline(d.baseline),
    adminSource: 'thử',
    clusters: [
      { id: 'cum-quan', name: 'Cụm khối quận', kind: 'urban' },
      { id: 'cum-huyen', name: 'Cụm khối huyện', kind: 'rural' },
    ],
    districts: [
      {
        id: 'quan-a',
        code: '001',
        name: 'A',
        type: 'quan',
        cluster: 'cum-quan',
        communes: [
          { code: '00001', name: 'Một', type: 'phuong' },
          { code: '00002', name: 'Hai', type: 'phuong' },
        ],
        source: src('data/districts.yaml', 5),
      },
      {
        id: 'huyen-b',
        code: '002',
        name: 'B',
        type: 'huyen',
        cluster: 'cum-huyen',
        communes: [
          { code: '00010', name: 'Mười', type: 'xa' },
          { code: '00011', name: 'Mười Một', type: 'xa' },
          { code: '00012', name: 'Mười Hai', type: 'thi-tran' },
        ],
        source: src('data/districts.yaml', 20),
      },
    ],
    people: d.people,
    courses: d.courses ?? [],
    progress: {
      sample: true,
      asOf: d.asOf ?? '2014-12-31',
      entries: (d.progress ?? []).map((e, i) => ({ ...e, source: src('data/progress.yaml', 6 + 6 * i) })),
      source: src('data/progress.yaml', 1),
    },
    sample: { people: true, courses: true, progress: true },
  };
}

/**
 * Four chairwomen (no one in 00012):
 * p1 00001 born 1980, trung-cap/trung-cap/1 tháng — meets everything;
 * p2 00002 born 1985, so-cap/so-cap/dưới 1 tháng;
 * p3 00010 born 1960, defaults (so-cap/so-cap/1 tháng) — meets everything, over 40;
 * p4 00011 born 1975, chưa qua đào tạo/chưa qua/dưới 1 tháng, not a party member.
 */
export function fourChairwomen(): PersonRecord[] {
  return [
    person({ id: 'p1', name: 'Nguyễn Thị An', commune: '00001', born: 1980, professional: 'trung-cap', politicalTheory: 'trung-cap', firstTerm: true }),
    person({ id: 'p2', name: 'Trần Thị Bình', commune: '00002', born: 1985, unionWork: 'duoi-1-thang' }),
    person({ id: 'p3', name: 'Lê Thị Chi', commune: '00010', born: 1960 }),
    person({
      id: 'p4',
      name: 'Phạm Thị Dung',
      commune: '00011',
      born: 1975,
      professional: 'chua-qua-dao-tao',
      politicalTheory: 'chua-qua',
      unionWork: 'duoi-1-thang',
      partyMember: false,
    }),
  ];
}

/**
 * The four chairwomen, p2 replaced in 00002 on 1/7/2013 by "moi" (Hoàng Thị Em, born 1990), and a
 * source cadre "nguon" (Vũ Thị Giang) in 00001 from 2012: people pages, commune histories and
 * course lists over a change of chairwoman. `nguon` adjusts the cadre's record.
 */
export function replacedChairDataset(d: Omit<DatasetInput, 'people'> & { nguon?: Partial<PersonInput> } = {}): Dataset {
  const [p1, p2, p3, p4] = fourChairwomen();
  const { nguon, ...rest } = d;
  return makeDataset({
    ...rest,
    people: [
      p1!,
      { ...p2!, roles: [chair('00002', '2011-01-01', '2013-06-30')] },
      person({ id: 'moi', name: 'Hoàng Thị Em', commune: '00002', born: 1990, roles: [chair('00002', '2013-07-01')] }),
      p3!,
      p4!,
      person({ id: 'nguon', name: 'Vũ Thị Giang', commune: '00001', roles: [cadre('00001', '2012-01-01')], ...nguon }),
    ],
  });
}

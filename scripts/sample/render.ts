import { COMMUNE_TYPES, DISTRICT_TYPES, STATUSES, type Course, type District, type Plan, type ProgressEntry } from '../../src/schema/index.ts';
import { commented, emitYaml, flow, type YValue } from './yaml-emit.ts';
import type { Draft, WorldCommune } from './world.ts';

const GENERATED = 'Sinh bằng `npm run generate:sample`; kiểm thử so tệp này với bản sinh lại, nên đừng sửa tay khi còn `sample: true`.';
const schemaLine = (kind: string, depth: number) => `yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${kind}.schema.json`;
const money = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

export const communeLabel = (c: { name: string; type: keyof typeof COMMUNE_TYPES }) => `${COMMUNE_TYPES[c.type]} ${c.name}`;
export const districtLabel = (d: District) => `${DISTRICT_TYPES[d.type].toLowerCase()} ${d.name}`;

export function renderPeople(district: District, people: readonly Draft[], communes: ReadonlyMap<string, WorldCommune>): string {
  return emitYaml(
    [
      schemaLine('people', 2),
      `DỮ LIỆU MẪU (tổng hợp, không phải hồ sơ thật): Chủ tịch Hội và cán bộ nguồn của ${districtLabel(district)}.`,
      GENERATED,
      'Trình độ ghi ở đây là trình độ trước mọi lớp trong data/courses; lớp đã hoàn thành tự nâng trình độ.',
    ],
    {
      sample: true,
      district: district.id,
      people: people.map((p) => ({
        id: p.id,
        name: p.name,
        birthDate: p.birthDate,
        education: p.levels.education,
        professional: p.levels.professional,
        politicalTheory: p.levels.politicalTheory,
        unionWork: p.levels.unionWork,
        firstTerm: p.firstTerm,
        partyMember: p.partyMember,
        roles: p.roles.map((r) => ({
          role: r.role,
          commune: commented(r.commune, communeLabel(communes.get(r.commune)!)),
          from: r.from,
          to: r.to,
          note: r.note,
        })),
      })),
    },
    ['people'],
  );
}

export function renderCourses(year: number, courses: readonly Course[], plan: Plan, people: ReadonlyMap<string, Draft>): string {
  const measures = new Map(plan.measures.map((m) => [m.id, m.label]));
  const who = (id: string) => {
    const p = people.get(id)!;
    return `${p.name} — ${communeLabel(p.commune)}, ${districtLabel(p.commune.district)}`;
  };
  return emitYaml(
    [schemaLine('courses', 2), `DỮ LIỆU MẪU (tổng hợp): các lớp khai giảng năm ${year}.`, GENERATED],
    {
      sample: true,
      courses: courses.map((c) => ({
        id: c.id,
        title: c.title,
        kind: c.kind,
        roadmapItem: c.roadmapItem,
        measure: commented(c.measure, measures.get(c.measure) ?? ''),
        organiser: c.organiser,
        start: c.start,
        end: c.end,
        seats: c.seats,
        cost: commented(c.cost, `${money.format(c.cost)} đ`),
        subjects: c.subjects,
        confers: c.confers.map((l) => flow({ dimension: l.dimension, level: l.level })),
        participants: c.participants.map((x) => ({ person: commented(x.person, who(x.person)), outcome: x.outcome, completedOn: x.completedOn })),
        note: c.note,
      })),
    },
    ['courses'],
  );
}

export function renderProgress(asOf: string, entries: readonly ProgressEntry[]): string {
  return emitYaml(
    [schemaLine('progress', 1), 'DỮ LIỆU MẪU (tổng hợp): tiến độ từng nhiệm vụ lộ trình.', GENERATED],
    {
      sample: true,
      asOf,
      entries: entries.map((e): Record<string, YValue | undefined> => ({
        item: e.item,
        status: commented(e.status, STATUSES[e.status]),
        start: e.start,
        end: e.end,
        achieved: e.achieved,
        note: e.note,
      })),
    },
    ['entries'],
  );
}

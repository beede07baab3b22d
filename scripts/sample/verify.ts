import { conditionHolds } from '../../src/domain/condition.ts';
import { ageAt } from '../../src/domain/dates.ts';
import type { Dimension, Plan } from '../../src/schema/index.ts';
import type { BaselineSpec } from './baseline-spec.ts';
import { factsAt, roleOn } from './courses.ts';
import type { World } from './build-world.ts';

/**
 * The generator's own proof that a world reproduces the baseline: every table cell and every
 * figure (the document's value, or the cells' where the document contradicts itself), counted
 * the way the plan reads them. Returns what is wrong; empty means reproduced.
 */
export function baselineErrors(world: World, spec: BaselineSpec, plan: Plan): string[] {
  const errors: string[] = [];
  const chairs = world.people.filter((p) => roleOn(p, ['chairwoman'], spec.date) !== undefined);
  const facts = chairs.map((p) => factsAt(p, [], spec.date));
  if (chairs.length !== spec.size) errors.push(`${chairs.length} chủ tịch tại ngày thực trạng, cần ${spec.size}`);
  const communes = new Set(chairs.map((p) => roleOn(p, ['chairwoman'], spec.date)!.commune));
  if (communes.size !== chairs.length) errors.push('có xã hai chủ tịch cùng lúc tại ngày thực trạng');

  for (const b of spec.bands) {
    const inBand = facts.filter((f) => f.age >= b.band.min && (b.band.max === undefined || f.age <= b.band.max)).map((f) => f.qualifications);
    for (const dim of Object.keys(b.levels) as Dimension[]) {
      const want = tally(b.levels[dim]!);
      const got = tally(inBand.map((f) => f[dim]));
      for (const level of new Set([...want.keys(), ...got.keys()])) {
        if ((want.get(level) ?? 0) !== (got.get(level) ?? 0)) {
          errors.push(`ô ${dim}=${level}, nhóm tuổi ${b.band.id}: ${got.get(level) ?? 0}, cần ${want.get(level) ?? 0}`);
        }
      }
    }
  }
  for (const { figure, fromTables } of spec.checks) {
    const count = facts.filter((f) => conditionHolds(figure.count.where, f)).length;
    const f = 10 ** (figure.percentDecimals ?? 0);
    const value = figure.unit === 'percent' ? Math.round((count / chairs.length) * 100 * f) / f : count;
    const want = fromTables ?? figure.printed;
    if (value !== want) errors.push(`con số "${figure.id}": ${value}, cần ${want}`);
  }
  const minAge = plan.age.minTrainingAge;
  for (const p of world.people) {
    if (ageAt(p.birthDate, spec.date) < minAge) errors.push(`${p.id} chưa đủ ${minAge} tuổi`);
  }
  return errors;
}

function tally(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

import { completionsOf, levelsBefore } from '../domain/completions.ts';
import { conditionHolds, type PersonFacts } from '../domain/condition.ts';
import { ageAt, within } from '../domain/dates.ts';
import { qualificationsOf } from '../domain/levels.ts';
import { ref, type Report, type ValidFiles } from './check-context.ts';
import type { Index } from './check-index.ts';
import type { Condition } from '../schema/index.ts';

/** The keys of a condition the person fails, each tested alone, to say why she is outside a group. */
function failedKeys(where: Condition, facts: PersonFacts): string[] {
  return (Object.keys(where) as (keyof Condition)[]).filter((k) => !conditionHolds({ [k]: where[k] }, facts));
}

/** Course dates, and who may sit in each course. */
export function checkCourses(files: ValidFiles, ix: Index, report: Report): void {
  const minAge = files.plan.data.age.minTrainingAge;
  const completions = completionsOf(files.courses.flatMap((f) => f.data.courses));
  for (const f of files.courses) {
    f.data.courses.forEach((c, i) => {
      // With its dates reversed a course has no "during": the checks that need one wait for the fix.
      const datesOk = c.start <= c.end;
      if (!datesOk) report(ref(f, 'courses', i, 'end'), 'error', 'date_order', `Ngày kết thúc ${c.end} trước ngày khai giảng ${c.start}`);
      const measure = ix.measures.get(c.measure);
      const seen = new Set<string>();
      c.participants.forEach((x, j) => {
        const at = (...field: string[]) => ref(f, 'courses', i, 'participants', j, ...field);
        if (seen.has(x.person)) {
          report(at('person'), 'error', 'duplicate_participant', `Học viên "${x.person}" có tên hai lần trong lớp này`);
          return;
        }
        seen.add(x.person);
        if (datesOk && x.completedOn !== undefined && (x.completedOn < c.start || x.completedOn > c.end)) {
          report(at('completedOn'), 'error', 'date_out_of_range', `Ngày hoàn thành ${x.completedOn} nằm ngoài thời gian lớp học (${c.start} – ${c.end})`);
        }
        if (x.completedOn !== undefined && x.outcome !== 'completed') {
          report(at('completedOn'), 'warning', 'inconsistent_outcome', `Có ngày hoàn thành nhưng kết quả là "${x.outcome}"`, 'chỉ ghi completedOn khi outcome: completed');
        }
        const entry = ix.people.get(x.person);
        if (!entry) return; // reported as a dangling reference
        const p = entry.person;
        if (p.birthDate >= c.start) {
          // The birth date stays out of the message: these lines reach CI logs and annotations.
          report(at('person'), 'error', 'date_order', `Học viên "${p.id}" sinh không trước ngày khai giảng ${c.start}`, 'kiểm tra birthDate của người này');
          return;
        }
        const age = ageAt(p.birthDate, c.start);
        if (age < minAge) {
          report(at('person'), 'error', 'too_young', `Học viên "${p.id}" chưa đủ ${minAge} tuổi khi lớp khai giảng (${c.start})`, `tuổi tối thiểu đi học: ${minAge} (age.minTrainingAge của ${files.plan.file})`);
          return;
        }
        if (!measure || !datesOk) return;
        const group = measure.targetGroup;
        const missingRole = !p.roles.some((t) => group.roles.includes(t.role) && within(c.start, t.from, t.to));
        const facts: PersonFacts = {
          age,
          qualifications: levelsBefore(qualificationsOf(p), completions.get(p.id) ?? [], c.start),
          firstTerm: p.firstTerm,
          partyMember: p.partyMember,
        };
        // The whole condition is compiled once and holds exactly when each of its keys does: test it
        // first, and name the failing keys only for someone outside the group.
        const failed = group.where && !conditionHolds(group.where, facts) ? failedKeys(group.where, facts) : [];
        if (missingRole || failed.length > 0) {
          const why = [...(missingRole ? [`không giữ vai trò ${group.roles.join(' hoặc ')}`] : []), ...(failed.length ? [`không thoả điều kiện ${failed.join(', ')}`] : [])];
          report(at('person'), 'warning', 'not_in_target_group', `Học viên "${p.id}" không thuộc đối tượng của giải pháp "${measure.id}" khi lớp khai giảng (${c.start})`, why.join('; '));
        }
      });
    });
  }
}

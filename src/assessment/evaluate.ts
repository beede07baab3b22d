import { DIMENSIONS, type Dimension, type Subject } from '../schema/levels.ts';
import type { Role } from '../schema/condition.ts';
import { compileCondition, type Predicate } from '../domain/condition.ts';
import type { IsoDate } from '../domain/dates.ts';
import { scopeTally, type ScopeTally } from './groups.ts';
import { canonicalSubject, type DatasetIndex } from './indexes.ts';
import { perDimension } from '../domain/levels.ts';
import { standing, type Standing } from './standard.ts';
import { outcome, outcomeCode } from './standard-rules.ts';
import { bandAt, bandCol, canonicalRoles, forEachAt, holdsRole, scopeIdxInRoles } from './state.ts';

/** Everything the site reports at one date, in every scope (indexed by position in DatasetIndex.scopes). */
export interface DateFigures {
  date: IsoDate;
  /** Per target id: numerator (count) and denominator (of). */
  targets: ReadonlyMap<string, ScopeTally>;
  /** Per dimension, flat counts [scope][row][column]; the last column is "outside every band". */
  tables: Record<Dimension, Int32Array>;
  /** Chairwomen per outcome code of the standard (see standard.ts), per scope. */
  standard: ReadonlyMap<number, Int32Array>;
}

const CHAIR = ['chairwoman'] as const;

function hasAll<T>(set: ReadonlySet<T>, items: readonly T[]): boolean {
  for (let i = 0; i < items.length; i++) if (!set.has(items[i]!)) return false;
  return true;
}

interface PersonTarget {
  roles: readonly Role[];
  inPopulation: Predicate;
  meets: Predicate;
  tally: ScopeTally;
}

interface CommuneTarget {
  role: Role;
  subjects: readonly Subject[];
  reached: Uint8Array;
  tally: ScopeTally;
}

/**
 * One pass over everyone at the date computes targets, tables and the standard together, with
 * the readings of README.md (targets per person or per commune; tables over the baseline's
 * population group; the standard over chairwomen).
 */
export function evaluate(ix: DatasetIndex, date: IsoDate): DateFigures {
  const { plan, baseline } = ix.dataset;
  const nScopes = ix.scopes.length;
  const cols = plan.age.bands.length + 1;
  const rowCount = DIMENSIONS.map((d) => ix.tableRows[d].length);

  const targets = new Map<string, ScopeTally>();
  const perPerson: PersonTarget[] = [];
  const perCommune: CommuneTarget[] = [];
  for (const t of plan.targets) {
    const tally = scopeTally(ix);
    targets.set(t.id, tally);
    if (t.unit === 'person') {
      perPerson.push({ roles: canonicalRoles(t.population.roles), inPopulation: compileCondition(t.population.where), meets: compileCondition(t.require), tally });
    } else {
      perCommune.push({ role: canonicalRoles([t.role])[0]!, subjects: t.subjects.map(canonicalSubject), tally, reached: new Uint8Array(ix.communes.size) });
    }
  }
  const tables = perDimension((d) => new Int32Array(nScopes * ix.tableRows[d].length * cols));
  const flat = DIMENSIONS.map((d) => tables[d]);
  const population = baseline.population.count;
  const populationRoles = canonicalRoles(population.roles);
  const inPopulation = compileCondition(population.where);
  const rules = ix.standardRules;
  const standard = new Map<number, Int32Array>();

  forEachAt(ix, date, (v) => {
    for (let k = 0; k < perPerson.length; k++) {
      const t = perPerson[k]!;
      if (!holdsRole(v, t.roles) || !t.inPopulation(v.facts)) continue;
      const meets = t.meets(v.facts);
      for (const s of scopeIdxInRoles(v, t.roles)) {
        t.tally.of[s]! += 1;
        if (meets) t.tally.count[s]! += 1;
      }
    }
    for (const { role, subjects, reached, tally } of perCommune) {
      if (!hasAll(v.step.subjects, subjects)) continue;
      for (const term of v.terms) {
        const place = term.place;
        if (term.role !== role || !place || reached[place.idx]) continue;
        // A commune counts once, however many of its cadres qualify.
        reached[place.idx] = 1;
        for (const s of place.scopeIdx) tally.count[s]! += 1;
      }
    }
    if (holdsRole(v, populationRoles) && inPopulation(v.facts)) {
      const col = bandCol(ix, v.age);
      for (const s of scopeIdxInRoles(v, populationRoles)) {
        for (let d = 0; d < flat.length; d++) flat[d]![(s * rowCount[d]! + v.step.rows[d]!) * cols + col]! += 1;
      }
    }
    if (holdsRole(v, CHAIR)) {
      const code = outcomeCode(rules, v.facts);
      let counts = standard.get(code);
      if (!counts) standard.set(code, (counts = new Int32Array(nScopes)));
      for (const s of scopeIdxInRoles(v, CHAIR)) counts[s]! += 1;
    }
  });

  for (const { tally } of perCommune) tally.of.set(ix.communeCount);
  return { date, targets, tables, standard };
}

/** Each chairwoman at the date and how she stands, per scope, in name order: what pages list. */
export function standingsAt(ix: DatasetIndex, date: IsoDate): Standing[][] {
  const rules = ix.standardRules;
  const out: Standing[][] = ix.scopes.map(() => []);
  forEachAt(ix, date, (v) => {
    const chair = v.terms.find((t) => t.role === 'chairwoman');
    if (!chair) return;
    const st = standing(v.entry, outcome(rules, outcomeCode(rules, v.facts)), bandAt(ix, v.age), chair.place, chair.commune);
    for (const s of scopeIdxInRoles(v, CHAIR)) out[s]!.push(st);
  }, 'name');
  return out;
}

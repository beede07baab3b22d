import type { BaselineFigure } from '../schema/baseline.ts';
import type { Group } from '../schema/condition.ts';
import type { CrossCheckRecord, CrossComputed, CrossMention } from '../schema/cross-checks.ts';
import { UNIT_COUNTS } from '../schema/cross-checks.ts';
import { countOnCells } from '../domain/printed-cells.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Figures } from './figures.ts';
import { scaledPercent, scaledPrinted } from './percent.ts';

/** The part a value plays in its comparison (the record's own key: `mentions`, `total`, `parts`, …). */
export type CrossRole = 'mention' | 'computed' | 'total' | 'part' | 'percent' | 'count' | 'of' | 'whole' | 'earlier' | 'later' | 'seats' | 'need';

/**
 * Where a value comes from. printed: a place of the document (data/plan.yaml's quote, or a prose
 * figure of data/baseline.yaml); the others are the site's: roster = the roster's count of a group
 * at the baseline date; printed-cells = that group counted on the printed baseline table's cells;
 * target-gap = what a target still lacks at the baseline date; units = places in data/districts.yaml.
 */
export type CrossSource = 'printed' | 'roster' | 'printed-cells' | 'target-gap' | 'units';

export type UnitCount = (typeof UNIT_COUNTS)[number];

export interface CrossValue {
  role: CrossRole;
  source: CrossSource;
  value: number | string;
  /** printed: the section and the document's words. */
  where?: string;
  quote?: string;
  /** printed, from data/baseline.yaml: the figure's id. */
  figure?: string;
  /** A printed percentage: the decimals it prints (the figure's `percentDecimals`). */
  decimals?: number;
  /** roster, printed-cells: the group counted. */
  group?: Group;
  /** printed-cells: the section of the table the cells are in. */
  cellsOf?: string;
  /** target-gap: the target, and its figures at the baseline date (value = goalCount − numerator, at least 0). */
  target?: { id: string; number: number; unit: 'person' | 'commune'; goal: number; goalCount: number; numerator: number; denominator: number };
  /** units: what was counted. */
  units?: UnitCount;
}

export type CrossCompare = CrossCheckRecord['compare'];

export interface CrossCheck {
  id: string;
  /** What is compared, as data/plan.yaml says it. */
  about: string;
  compare: CrossCompare;
  /** Every value compared, in the record's order (same: mentions then computed; covers: seats then need). */
  values: CrossValue[];
  /** sum: the parts added up; share: count/of × 100 at `decimals`; covers: the seats added up. */
  result?: number;
  /** sum, share: the decimals compared at (the most any value prints). */
  decimals?: number;
  /** covers: the largest need, and by how much the seats fall short of it (0 when they cover it). */
  need?: number;
  shortfall?: number;
  /** The sections of the document the printed values come from, in order, each once. */
  places: string[];
  ok: boolean;
  /** data/plan.yaml's note: a reading, or what a difference suggests. */
  note?: string;
}

export interface Consistency {
  /** The date the site's values (roster, targets) are taken at: the baseline date. */
  date: IsoDate;
  checks: CrossCheck[];
  /** The checks that do not hold. */
  findings: CrossCheck[];
}

function decimalsOf(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

class Resolver {
  readonly #a: Figures;
  readonly #figures: Map<string, BaselineFigure>;
  #gaps: Map<string, CrossValue['target']> | undefined;

  constructor(a: Figures) {
    this.#a = a;
    this.#figures = new Map(a.dataset.baseline.figures.map((f) => [f.id, f]));
  }

  mention(m: CrossMention, role: CrossRole): CrossValue {
    if ('figure' in m) {
      const f = this.#figures.get(m.figure);
      if (!f) throw new RangeError(`Không có con số "${m.figure}" trong data/baseline.yaml figures (unknown-figure)`);
      const decimals = f.unit === 'percent' ? { decimals: f.percentDecimals ?? decimalsOf(f.printed) } : {};
      return { role, source: 'printed', value: f.printed, where: f.where, quote: f.quote, figure: f.id, ...decimals };
    }
    return { role, source: 'printed', value: m.value, where: m.where, quote: m.quote };
  }

  computed(c: CrossComputed, role: CrossRole): CrossValue {
    const { dataset, baselineDate } = this.#a;
    if ('roster' in c) return { role, source: 'roster', value: this.#a.count(c.roster, baselineDate), group: c.roster };
    if ('printedCells' in c) {
      const found = this.#onCells(c.printedCells);
      if (!found) throw new RangeError(`Không bảng thực trạng nào đếm được nhóm ${JSON.stringify(c.printedCells)} trên các ô in (uncountable-on-cells)`);
      return { role, source: 'printed-cells', value: found.count, group: c.printedCells, cellsOf: found.where };
    }
    if ('targetGap' in c) {
      const target = this.#gap(c.targetGap);
      return { role, source: 'target-gap', value: Math.max(0, target.goalCount - target.numerator), target };
    }
    const { districts, clusters } = dataset;
    const value =
      c.units === 'communes' ? districts.reduce((s, d) => s + d.communes.length, 0)
      : c.units === 'districts' ? districts.length
      : c.units === 'clusters' ? clusters.length
      : clusters.filter((k) => k.kind === (c.units === 'urban-clusters' ? 'urban' : 'rural')).length;
    return { role, source: 'units', value, units: c.units };
  }

  need(n: CrossMention | CrossComputed): CrossValue {
    return 'figure' in n || 'quote' in n ? this.mention(n, 'need') : this.computed(n, 'need');
  }

  /** A group counted on the first printed table that can count it, as reconciliation.ts recounts prose figures. */
  #onCells(g: Group): { count: number; where: string } | undefined {
    const { baseline, plan } = this.#a.dataset;
    const roles = baseline.population.count.roles;
    if (baseline.population.count.where !== undefined || g.roles.length !== roles.length || !g.roles.every((r) => roles.includes(r))) return undefined;
    for (const t of baseline.tables) {
      const count = countOnCells(t, plan.age.bands, g.where);
      if (count !== undefined) return { count, where: t.where };
    }
    return undefined;
  }

  #gap(id: string): NonNullable<CrossValue['target']> {
    this.#gaps ??= new Map(
      this.#a.targetsAt(this.#a.baselineDate).map((t) => [
        t.id,
        { id: t.id, number: t.number, unit: t.unit, goal: t.goal, goalCount: t.goalCount, numerator: t.numerator, denominator: t.denominator },
      ]),
    );
    const t = this.#gaps.get(id);
    if (!t) throw new RangeError(`Không có chỉ tiêu "${id}" trong data/plan.yaml targets (unknown-target)`);
    return t;
  }
}

function numberOf(v: CrossValue, check: string): number {
  if (typeof v.value !== 'number') throw new RangeError(`Phép đối chiếu "${check}" cần số, nhưng ${v.where ?? v.source} cho "${v.value}" (cross-check-not-a-number)`);
  return v.value;
}

const same = (x: number | string, y: number | string) => (typeof x === 'string' && typeof y === 'string' ? x.normalize('NFC') === y.normalize('NFC') : x === y);

type Judged = Pick<CrossCheck, 'ok' | 'result' | 'decimals' | 'need' | 'shortfall'>;

function judge(r: CrossCheckRecord, values: CrossValue[]): Judged {
  const of = (role: CrossRole) => values.filter((v) => v.role === role);
  const num = (v: CrossValue) => numberOf(v, r.id);
  switch (r.compare) {
    case 'same':
      return { ok: values.every((v) => same(v.value, values[0]!.value)) };
    case 'sum': {
      const total = of('total')[0]!;
      const parts = of('part');
      const decimals = Math.max(...[total, ...parts].map((v) => v.decimals ?? decimalsOf(num(v))));
      const scaled = parts.reduce((s, v) => s + scaledPrinted(num(v), decimals), 0);
      return { ok: scaled === scaledPrinted(num(total), decimals), result: scaled / 10 ** decimals, decimals };
    }
    case 'share': {
      const printed = of('percent')[0]!;
      const percent = num(printed);
      const count = num(of('count')[0]!);
      const whole = num(of('of')[0]!);
      const decimals = r.decimals ?? printed.decimals ?? decimalsOf(percent);
      if (whole === 0) return { ok: false, decimals };
      const scaled = scaledPercent(count, whole, decimals);
      return { ok: scaled === scaledPrinted(percent, decimals), result: scaled / 10 ** decimals, decimals };
    }
    case 'within': {
      const part = num(of('part')[0]!);
      return { ok: of('whole').every((w) => part <= num(w)) };
    }
    case 'before': {
      const [earlier, later] = [of('earlier')[0]!.value, of('later')[0]!.value];
      if (typeof earlier !== typeof later) throw new RangeError(`Phép đối chiếu "${r.id}": earlier và later phải cùng là ngày hay cùng là số (cross-check-before)`);
      return { ok: earlier < later };
    }
    case 'covers': {
      const seats = of('seats').reduce((s, v) => s + num(v), 0);
      const need = Math.max(...of('need').map(num));
      return { ok: seats >= need, result: seats, need, shortfall: Math.max(0, need - seats) };
    }
  }
}

function valuesOf(r: CrossCheckRecord, res: Resolver): CrossValue[] {
  switch (r.compare) {
    case 'same':
      return [...r.mentions.map((m) => res.mention(m, 'mention')), ...r.computed.map((c) => res.computed(c, 'computed'))];
    case 'sum':
      return [res.mention(r.total, 'total'), ...r.parts.map((m) => res.mention(m, 'part'))];
    case 'share':
      return [res.mention(r.percent, 'percent'), res.mention(r.count, 'count'), res.mention(r.of, 'of')];
    case 'within':
      return [res.mention(r.part, 'part'), ...r.whole.map((m) => res.mention(m, 'whole'))];
    case 'before':
      return [res.mention(r.earlier, 'earlier'), res.mention(r.later, 'later')];
    case 'covers':
      return [...r.seats.map((m) => res.mention(m, 'seats')), ...r.need.map((n) => res.need(n))];
  }
}

/**
 * The document against itself across its sections (data/plan.yaml `crossChecks`): each record's
 * printed values, and the values the site computes beside them at the baseline date, compared as
 * the record says. Pure: reads the dataset and the figures only. The words are the site's
 * (src/site/reconciliation-text.ts).
 */
export function consistency(a: Figures): Consistency {
  const res = new Resolver(a);
  const checks = a.dataset.plan.crossChecks.map((r): CrossCheck => {
    const values = valuesOf(r, res);
    const places = [...new Set(values.flatMap((v) => (v.source === 'printed' && v.where ? [v.where] : [])))];
    return { id: r.id, about: r.about, compare: r.compare, values, ...judge(r, values), places, ...(r.note ? { note: r.note } : {}) };
  });
  return { date: a.baselineDate, checks, findings: checks.filter((c) => !c.ok) };
}

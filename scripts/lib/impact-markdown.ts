/** The impact of a data change (src/assessment/impact.ts) as the Markdown of a pull-request comment. */
import { percentOf, type Figure, type IsoDate, type Impact, type IndicatorChange, type PersonChange, type Section, type StandardStatus } from '../../src/assessment/index.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../src/format/vi.ts';
import { checkExplanation, checkLabel } from '../../src/site/reconciliation-text.ts';

export const NO_CHANGE = 'Không có thay đổi nào về chỉ số';

/** Rows shown per table before "… và N thay đổi khác": a PR comment must stay readable. */
const MAX_ROWS = 40;

const SECTIONS: Record<Section, string> = {
  targets: 'Chỉ tiêu (III.2)',
  standard: 'Tiêu chuẩn Chủ tịch Hội (I.9)',
  tables: 'Bảng trình độ theo nhóm tuổi',
  coverage: 'Mức bao phủ các giải pháp (V.2.3)',
  roadmap: 'Lộ trình và kinh phí (VI.1, V.3)',
};

const STATUS: Record<StandardStatus, string> = { meets: 'Đạt chuẩn', fails: 'Chưa đạt', absent: 'Không giữ chức' };

/**
 * Text from the data as literal Markdown: & < > as entities, so a "<!--" in a name cannot hide the
 * rest of the comment (the update marker included); Markdown's inline punctuation backslashed; one line.
 */
export function markdownText(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** A git ref as code, unless it holds the backtick that would end the code span. */
const code = (s: string) => (s.includes('`') ? markdownText(s) : `\`${s}\``);

export function formatFigure(f: Figure | null, unit: IndicatorChange['unit'] = 'count'): string {
  if (!f) return '—';
  const value = unit === 'money' ? formatMoney : (n: number) => formatNumber(n);
  if (f.of === undefined) return value(f.count);
  const p = percentOf(f.count, f.of);
  return `${value(f.count)}/${value(f.of)}${p === null ? '' : ` (${formatPercent(p, 1)})`}`;
}

/** Cells are Markdown already: data text went through markdownText. */
function table(header: string[], rows: string[][]): string[] {
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...shown.map((r) => `| ${r.join(' | ')} |`)];
  if (rows.length > MAX_ROWS) lines.push('', `… và ${formatNumber(rows.length - MAX_ROWS)} thay đổi khác.`);
  return lines;
}

function status(s: StandardStatus, failed: number): string {
  return s === 'fails' ? `${STATUS[s]} (${formatNumber(failed)} tiêu chí)` : STATUS[s];
}

function criterionChange(c: PersonChange['criteria'][number]): string {
  const v = (m: boolean | null) => (m === null ? 'không xét' : m ? 'đạt' : 'chưa đạt');
  return `${markdownText(c.label)}: ${v(c.before)} → ${v(c.after)}`;
}

/** "a", "a và b", "a, b và c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** Rows of the city: their key names no district or cluster (coverage, roadmap and money are the city's). */
const isCity = (c: IndicatorChange) => !/\/(district|cluster):/.test(c.key);

function findings(impact: Impact, out: string[]): void {
  if (impact.findings.length === 0) return;
  out.push('### Đối chiếu với văn bản', '');
  const verb = { added: 'Chỗ lệch mới', removed: 'Hết lệch', changed: 'Đổi' } as const;
  for (const f of impact.findings) {
    out.push(`- ${verb[f.change]}: ${markdownText(checkLabel(f.check, impact.baseline))} — ${markdownText(checkExplanation(f.check, impact.baseline))}`);
  }
  out.push('');
}

/** "354/577 (61,4%) → 355/577 (61,5%)" */
const change = (c: IndicatorChange) => `${formatFigure(c.before, c.unit)} → ${formatFigure(c.after, c.unit)}`;

export interface ImpactOptions {
  /** The date the figures are counted to (the changed data's progress.asOf): the summary's date. */
  dataDate?: IsoDate;
  /** The base is prose ("dữ liệu trước khi nhập"), not a git ref to show as code. */
  plainBase?: boolean;
}

/**
 * The impact of a change as a Vietnamese Markdown comment for a pull request (and the import's
 * output): first a summary that reads at a glance — the chairwomen whose standing changed, then
 * each indicator that moved at the data date, one line each, the city before its districts and
 * clusters — and the date-by-date tables folded in a <details> block below it.
 */
export function impactMarkdown(impact: Impact, baseLabel: string, options: ImpactOptions = {}): string {
  const base = options.plainBase ? markdownText(baseLabel) : code(baseLabel);
  const out = ['## Tác động của thay đổi đến các chỉ số', ''];
  if (impact.unchanged) return [...out, `${NO_CHANGE} (so với ${base}).`, ''].join('\n');
  // Without it, the last date compared: the data date itself when the data reach the end of the plan.
  const dataDate = options.dataDate ?? [...impact.dates].sort().at(-1)!;
  const atDataDate = impact.indicators.filter((c) => c.date === dataDate);
  out.push(
    `So với ${base}: ${formatNumber(impact.people.length)} lượt Chủ tịch Hội đổi về tiêu chuẩn, ${formatNumber(atDataDate.length)} chỉ số đổi tại ngày số liệu ${formatDate(dataDate)}.`,
    '',
  );

  if (impact.people.length > 0) {
    out.push('### Chủ tịch Hội thay đổi về tiêu chuẩn', '');
    out.push(
      ...table(
        ['Người', 'Quận, huyện', 'Ngày', 'Tiêu chuẩn', 'Tiêu chí'],
        impact.people.map((p) => [
          `${markdownText(p.person.name)} (${code(p.person.id)})`,
          markdownText(p.person.districtName),
          formatDate(p.date),
          `${status(p.before, p.failedBefore)} → ${status(p.after, p.failedAfter)}`,
          // Taking up or leaving office: the standing says it all, every criterion moves to or from "không xét".
          (p.before === 'absent' || p.after === 'absent' ? '' : p.criteria.map(criterionChange).join('; ')) || '—',
        ]),
      ),
      '',
    );
  }

  if (atDataDate.length > 0) {
    out.push(`### Các chỉ số tại ngày ${formatDate(dataDate)}`, '');
    // One line per indicator: the city's change, then each district's and cluster's, in impact order.
    const byLabel = new Map<string, IndicatorChange[]>();
    for (const c of atDataDate) byLabel.set(c.label, [...(byLabel.get(c.label) ?? []), c]);
    const rows = [...byLabel.values()].map((cs) => {
      const city = cs.find(isCity);
      const local = cs.filter((c) => !isCity(c)).map((c) => `${markdownText(c.scope)}: ${change(c)}`);
      return [markdownText(cs[0]!.label), city ? change(city) : 'không đổi', local.join('; ') || '—'];
    });
    out.push(...table(['Chỉ số', 'Toàn thành phố', 'Quận, huyện, cụm'], rows), '');
  }
  findings(impact, out);

  const dated = impact.indicators.length;
  out.push(
    '<details>',
    `<summary>Từng ngày: ${formatNumber(dated)} thay đổi tại ngày ${list(impact.dates.map(formatDate))}</summary>`,
    '',
  );
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const rows = impact.indicators.filter((c) => c.section === section);
    if (rows.length === 0) continue;
    out.push(`#### ${SECTIONS[section]}`, '');
    out.push(
      ...table(
        ['Chỉ số', 'Phạm vi', 'Ngày', 'Trước', 'Sau'],
        rows.map((c) => [markdownText(c.label), markdownText(c.scope), formatDate(c.date), formatFigure(c.before, c.unit), formatFigure(c.after, c.unit)]),
      ),
      '',
    );
  }
  out.push('</details>', '');

  return out.join('\n');
}

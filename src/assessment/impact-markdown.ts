import { formatDate, formatNumber, formatPercent } from '../site/format.ts';
import type { Figure, Impact, IndicatorChange, PersonChange, Section, StandardStatus } from './impact.ts';
import { percentOf } from './percent.ts';

export const NO_CHANGE = 'Không có thay đổi nào về chỉ số';

/** Rows shown per table before "… và N thay đổi khác": a PR comment must stay readable. */
const MAX_ROWS = 40;

const SECTIONS: Record<Section, string> = {
  targets: 'Chỉ tiêu (III.2)',
  standard: 'Tiêu chuẩn Chủ tịch Hội (I.9)',
  tables: 'Bảng trình độ theo nhóm tuổi',
};

const STATUS: Record<StandardStatus, string> = { meets: 'Đạt chuẩn', fails: 'Chưa đạt', absent: 'Không giữ chức' };

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatFigure(f: Figure | null): string {
  if (!f) return '—';
  if (f.of === undefined) return formatNumber(f.count);
  const p = percentOf(f.count, f.of);
  return `${formatNumber(f.count)}/${formatNumber(f.of)}${p === null ? '' : ` (${formatPercent(p, 1)})`}`;
}

function table(header: string[], rows: string[][]): string[] {
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...shown.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  if (rows.length > MAX_ROWS) lines.push('', `… và ${formatNumber(rows.length - MAX_ROWS)} thay đổi khác.`);
  return lines;
}

function status(s: StandardStatus, failed: number): string {
  return s === 'fails' ? `${STATUS[s]} (${formatNumber(failed)} tiêu chí)` : STATUS[s];
}

function criterionChange(c: PersonChange['criteria'][number]): string {
  const v = (m: boolean | null) => (m === null ? 'không xét' : m ? 'đạt' : 'chưa đạt');
  return `${c.label}: ${v(c.before)} → ${v(c.after)}`;
}

/** The impact of a change as a Vietnamese Markdown comment for a pull request. */
export function impactMarkdown(impact: Impact, baseLabel: string): string {
  const out = ['## Tác động của thay đổi đến các chỉ số', ''];
  if (impact.unchanged) return [...out, `${NO_CHANGE} (so với \`${baseLabel}\`).`, ''].join('\n');
  out.push(`So với \`${baseLabel}\`, tại ngày ${impact.dates.map(formatDate).join(' và ')}.`, '');

  for (const section of Object.keys(SECTIONS) as Section[]) {
    const rows = impact.indicators.filter((c: IndicatorChange) => c.section === section);
    if (rows.length === 0) continue;
    out.push(`### ${SECTIONS[section]}`, '');
    out.push(
      ...table(
        ['Chỉ số', 'Phạm vi', 'Ngày', 'Trước', 'Sau'],
        rows.map((c) => [c.label, c.scope, formatDate(c.date), formatFigure(c.before), formatFigure(c.after)]),
      ),
      '',
    );
  }

  if (impact.people.length > 0) {
    out.push('### Chủ tịch Hội thay đổi về tiêu chuẩn', '');
    out.push(
      ...table(
        ['Người', 'Quận, huyện', 'Ngày', 'Trước', 'Sau', 'Tiêu chí'],
        impact.people.map((p) => [
          `${p.person.name} (\`${p.person.id}\`)`,
          p.person.districtName,
          formatDate(p.date),
          status(p.before, p.failedBefore),
          status(p.after, p.failedAfter),
          p.criteria.map(criterionChange).join('; ') || '—',
        ]),
      ),
      '',
    );
  }

  if (impact.findings.length > 0) {
    out.push('### Đối chiếu với văn bản', '');
    const verb = { added: 'Chỗ lệch mới', removed: 'Hết lệch', changed: 'Đổi' } as const;
    for (const f of impact.findings) {
      out.push(`- ${verb[f.change]}: ${f.label} — ${(f.after ?? f.before)!.explanation}`);
    }
    out.push('');
  }
  return out.join('\n');
}

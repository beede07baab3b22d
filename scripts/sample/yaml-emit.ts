import { stringify } from 'yaml';

/**
 * A small YAML writer for generated data. The yaml library's Document API writes the same text
 * but takes ~10 s for the 100× roster; here the library still decides how every string must be
 * quoted (memoised), and only the layout — block maps, flow lists, trailing comments — is ours.
 */
export type Scalar = string | number | boolean;
export type YValue = Scalar | Commented | Flow | YValue[] | { [key: string]: YValue | undefined };

const COMMENTED = Symbol('commented');
const FLOW = Symbol('flow');
interface Commented { [COMMENTED]: true; value: Scalar; comment: string }
interface Flow { [FLOW]: true; map: Record<string, Scalar> }

/** A scalar followed by `# comment` on its line: a name next to a code, for the staff reading the file. */
export function commented(value: Scalar, comment: string): Commented {
  return { [COMMENTED]: true, value, comment };
}

/** A small map written on one line: `{ code: "00001", name: Phúc Xá, type: phuong }`. */
export function flow(map: Record<string, Scalar>): Flow {
  return { [FLOW]: true, map };
}

const isCommented = (v: unknown): v is Commented => typeof v === 'object' && v !== null && COMMENTED in v;
const isFlow = (v: unknown): v is Flow => typeof v === 'object' && v !== null && FLOW in v;

const blockCache = new Map<string, string>();
function blockScalar(s: string): string {
  let out = blockCache.get(s);
  if (out === undefined) {
    out = stringify(s, { lineWidth: 0 }).replace(/\n$/, '');
    if (out.includes('\n')) out = JSON.stringify(s);
    blockCache.set(s, out);
  }
  return out;
}

function scalar(v: Scalar, inFlow = false): string {
  if (typeof v !== 'string') return String(v);
  const block = blockScalar(v);
  // Plain scalars in a flow collection must not contain flow indicators.
  return inFlow && !/^["']/.test(block) && /[,[\]{}]/.test(v) ? JSON.stringify(v) : block;
}

function inline(v: YValue): string | undefined {
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every((x) => typeof x !== 'object')) return `[${v.map((x) => scalar(x as Scalar, true)).join(', ')}]`;
    return undefined;
  }
  if (isFlow(v)) return `{ ${Object.entries(v.map).map(([k, x]) => `${k}: ${scalar(x, true)}`).join(', ')} }`;
  if (isCommented(v)) return `${scalar(v.value)}  # ${v.comment}`;
  if (typeof v === 'object') return Object.keys(v).length === 0 ? '{}' : undefined;
  return scalar(v);
}

function emitMap(map: Record<string, YValue | undefined>, indent: string, out: string[], firstPrefix?: string): void {
  let first = true;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const pre = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    const one = inline(value);
    if (one !== undefined) {
      out.push(`${pre}${key}: ${one}`);
    } else if (Array.isArray(value)) {
      out.push(`${pre}${key}:`);
      emitSeq(value, indent + '  ', out);
    } else {
      out.push(`${pre}${key}:`);
      emitMap(value as Record<string, YValue>, indent + '  ', out);
    }
  }
}

function emitSeq(seq: YValue[], indent: string, out: string[]): void {
  for (const item of seq) {
    const one = inline(item);
    if (one !== undefined) out.push(`${indent}- ${one}`);
    else if (Array.isArray(item)) throw new Error('nested lists are not used in data files');
    else emitMap(item as Record<string, YValue>, indent + '  ', out, `${indent}- `);
  }
}

/**
 * The text of a YAML file: header comment lines, then the map. Keys named in `spaced` get a blank
 * line between their list items, so long lists of people or courses read as separate records.
 */
export function emitYaml(header: readonly string[], doc: Record<string, YValue | undefined>, spaced: readonly string[] = []): string {
  const out = header.map((h) => (h === '' ? '#' : `# ${h}`));
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && spaced.includes(key) && value.length > 0) {
      out.push(`${key}:`);
      value.forEach((item, i) => {
        if (i > 0) out.push('');
        emitSeq([item], '  ', out);
      });
    } else {
      emitMap({ [key]: value }, '', out);
    }
  }
  return out.join('\n') + '\n';
}

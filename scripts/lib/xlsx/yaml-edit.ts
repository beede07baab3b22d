/**
 * Edits a data file through the yaml library's Document API while leaving every byte it does not
 * change as it was. The Document finds each node and its range, and writes each new scalar in the
 * quoting the old one had; the file's text is then changed only inside those ranges. (Writing the
 * whole Document back would re-space every `value  # comment` line of the sample files: the
 * library keeps comments, key order and quoting, but not the spaces before a comment.)
 */
import { Document, Scalar, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Path } from '../../../src/data/problem.ts';
import { emitYaml, type YValue } from '../../sample/yaml-emit.ts';

export type ScalarValue = string | number | boolean;

interface Splice {
  start: number;
  end: number;
  text: string;
  order: number;
}

/** One file's pending changes; `text()` applies them all at once. */
export class YamlEdit {
  readonly source: string;
  readonly doc: Document.Parsed;
  #splices: Splice[] = [];

  constructor(source: string) {
    this.source = source;
    this.doc = parseDocument(source, { keepSourceTokens: false });
    if (this.doc.errors.length > 0) throw new Error(this.doc.errors[0]!.message);
  }

  get changed(): boolean {
    return this.#splices.length > 0;
  }

  node(path: Path): Node | undefined {
    const n = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    return (n ?? undefined) as Node | undefined;
  }

  #splice(start: number, end: number, text: string): void {
    this.#splices.push({ start, end, text, order: this.#splices.length });
  }

  /** Replaces the value of an existing scalar, written in the same quoting where the value allows. */
  setScalar(path: Path, value: ScalarValue): void {
    const n = this.node(path);
    if (!isScalar(n) || !n.range) throw new Error(`không có giá trị ở ${path.join('.')}`);
    const block = n.type === Scalar.BLOCK_LITERAL || n.type === Scalar.BLOCK_FOLDED;
    const text = renderScalar(value, block ? undefined : n.type);
    this.#splice(n.range[0], n.range[1], block ? `${text}\n` : text);
  }

  /**
   * Sets `key` in the block map at `mapPath`: its value when the key is there, else a new line
   * placed where `order` (the schema's key order) puts it.
   */
  setKey(mapPath: Path, key: string, value: ScalarValue, order: readonly string[]): void {
    const map = this.node(mapPath);
    if (!isMap(map) || !map.range) throw new Error(`không có bảng khoá ở ${mapPath.join('.')}`);
    if (map.has(key)) return this.setScalar([...mapPath, key], value);
    const indent = ' '.repeat(this.#column(((map.items[0] as Pair<Node, Node> | undefined)?.key ?? map).range![0]));
    const line = `${indent}${key}: ${renderScalar(value)}\n`;
    const later = order.slice(order.indexOf(key) + 1);
    const next = map.items.find((p) => isScalar(p.key) && later.includes(String(p.key.value)));
    if (next && isScalar(next.key) && next.key.range) {
      this.#splice(this.#lineStart(next.key.range[0]), this.#lineStart(next.key.range[0]), line);
    } else {
      const at = this.#afterLine(map.range[1]);
      this.#splice(at, at, this.source[at - 1] === '\n' || at === 0 ? line : `\n${line}`);
    }
  }

  /** Removes `key` and its value (the whole line, or lines) from the block map at `mapPath`. */
  deleteKey(mapPath: Path, key: string): void {
    const map = this.node(mapPath);
    if (!isMap(map)) return;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) return;
    const value = pair.value as Node | null;
    const end = value?.range ? (isScalar(value) ? value.range[2] : value.range[1]) : pair.key.range[2];
    this.#splice(this.#lineStart(pair.key.range[0]), this.#afterLine(end), '');
  }

  /**
   * Appends one item to the block list at `seqPath`, written by the generator's own emitter
   * (scripts/sample/yaml-emit.ts) at the list's indentation; a blank line before it when the
   * list's items are spaced so. An empty flow list (`[]`) becomes a block list.
   */
  appendItem(seqPath: Path, item: Record<string, YValue | undefined>): void {
    const seq = this.node(seqPath);
    if (!isSeq(seq) || !seq.range) throw new Error(`không có danh sách ở ${seqPath.join('.')}`);
    const lines = emitYaml([], { k: [item] }).split('\n').slice(1, -1).map((l) => l.slice(2));
    if (seq.flow || seq.items.length === 0) {
      const keyCol = this.#column(this.#keyStartOf(seqPath));
      const indent = ' '.repeat(keyCol + 2);
      this.#splice(seq.range[0] - (this.source[seq.range[0] - 1] === ' ' ? 1 : 0), seq.range[1], `\n${lines.map((l) => indent + l).join('\n')}`);
      return;
    }
    const indent = ' '.repeat(this.#column(seq.range[0]));
    const spaced = seq.items.length > 1 && this.#spacedBefore(seq.items[1] as Node);
    const at = this.#afterLine(seq.range[1]);
    const text = `${spaced ? '\n' : ''}${lines.map((l) => indent + l).join('\n')}\n`;
    this.#splice(at, at, this.source[at - 1] === '\n' || at === 0 ? text : `\n${text}`);
  }

  /** The file with every change applied. */
  text(): string {
    let out = this.source;
    // At one offset the text ends in the order: deeper first (the end of an inner list comes before
    // a key of the map around it), then as the changes were made. Applied from the end backwards.
    const depth = (t: string) => /^\n*( *)/.exec(t)![1]!.length;
    const sorted = [...this.#splices].sort((a, b) => b.start - a.start || depth(a.text) - depth(b.text) || b.order - a.order);
    for (const s of sorted) out = out.slice(0, s.start) + s.text + out.slice(s.end);
    return out;
  }

  #lineStart(offset: number): number {
    return this.source.lastIndexOf('\n', offset - 1) + 1;
  }

  #column(offset: number): number {
    return offset - this.#lineStart(offset);
  }

  /** The offset just after the line that holds `offset - 1`, unless `offset` already starts a line. */
  #afterLine(offset: number): number {
    if (offset === 0 || this.source[offset - 1] === '\n') return offset;
    const nl = this.source.indexOf('\n', offset);
    return nl < 0 ? this.source.length : nl + 1;
  }

  #keyStartOf(path: Path): number {
    const parent = this.node(path.slice(0, -1));
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    return 0;
  }

  #spacedBefore(item: Node): boolean {
    if (!item.range) return false;
    const dash = this.source.lastIndexOf('-', item.range[0]);
    const before = this.source.slice(0, this.#lineStart(dash));
    return before.endsWith('\n\n');
  }
}

/** One scalar as YAML, in the quoting asked for when the value can be written so. */
export function renderScalar(value: ScalarValue, type?: Scalar.Type): string {
  const s = new Scalar(value);
  if (typeof value === 'string' && value.includes('\n')) s.type = Scalar.QUOTE_DOUBLE;
  else if (type === Scalar.PLAIN || type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) s.type = type;
  return new Document(s).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

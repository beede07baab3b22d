import { readFileSync, statSync } from 'node:fs';
import { LineCounter, Scalar, isAlias, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { formatNumber } from '../format/vi.ts';
import { fastParse, linesOf } from './fast-yaml.ts';
import type { DataFile } from './files.ts';
import { positionOf } from './positions.ts';
import type { Problem } from './problem.ts';
import { YAML_MESSAGES, yamlMessage } from './yaml-messages.ts';

/**
 * Files this large or larger are refused before reading. The largest file of the sample at 100×
 * (npm run generate:sample -- --scale 100) is about 4,3 MB; real data stay far below that.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** All files together; a second line of defence against a folder of large files. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Aliases expanded per file; the yaml library's guard against "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedFile extends DataFile {
  /**
   * The `yaml` document with positions. For a file read by the fast path it is made on first use,
   * i.e. only for a file that has something to report (or that a message points into).
   */
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** Plain JS value of the document. */
  value: unknown;
  /** Line of item `i` of the top-level sequence under `key` (what positionOf(doc, lines, [key, i]) gives). */
  itemLine(key: string, i: number): number;
  /** Whether `yaml` has read the file with positions (always, or because a message needed them). */
  readonly positioned: boolean;
}

/** How to read YAML: fast where the file allows (default), or always with positions (the reference). */
export type YamlMode = 'fast' | 'positioned';

/** The DataFile fields, copied: a ParsedFile is a class instance (its positions may be lazy), never a spread. */
abstract class Named implements DataFile {
  readonly kind: DataFile['kind'];
  readonly abs: string;
  readonly file: string;
  readonly sourceFile: string;
  readonly name: string;
  constructor(f: DataFile) {
    this.kind = f.kind;
    this.abs = f.abs;
    this.file = f.file;
    this.sourceFile = f.sourceFile;
    this.name = f.name;
  }
}

/** A file read by `yaml` with positions straight away. */
class PositionedFile extends Named implements ParsedFile {
  readonly positioned = true;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  value: unknown;
  constructor(f: DataFile, doc: Document.Parsed, lines: LineCounter, value: unknown) {
    super(f);
    this.doc = doc;
    this.lines = lines;
    this.value = value;
  }
  itemLine(key: string, i: number): number {
    return positionOf(this.doc, this.lines, [key, i]).line;
  }
}

/**
 * A file read by the fast path: its text (the one js-yaml read) is kept, and `yaml` reads it again
 * for positions when they are first asked for. The values' strings are slices of that text, so
 * keeping it costs little more.
 */
class FastFile extends Named implements ParsedFile {
  #positioned?: { doc: Document.Parsed; lines: LineCounter };
  #itemLines = new Map<string, number[]>();
  readonly #text: string;
  readonly #items: Map<string, number[]>;
  value: unknown;
  constructor(f: DataFile, text: string, value: unknown, items: Map<string, number[]>) {
    super(f);
    this.value = value;
    this.#text = text;
    this.#items = items;
  }
  get doc(): Document.Parsed {
    return this.#positions().doc;
  }
  get lines(): LineCounter {
    return this.#positions().lines;
  }
  get positioned(): boolean {
    return this.#positioned !== undefined;
  }
  itemLine(key: string, i: number): number {
    const offsets = this.#items.get(key);
    if (offsets === undefined || !(offsets[i]! >= 0)) return positionOf(this.doc, this.lines, [key, i]).line;
    let lines = this.#itemLines.get(key);
    if (!lines) {
      lines = linesOf(this.#text, offsets);
      this.#itemLines.set(key, lines);
    }
    return lines[i]!;
  }
  #positions(): { doc: Document.Parsed; lines: LineCounter } {
    if (!this.#positioned) {
      const lines = new LineCounter();
      const doc = parseDocument(this.#text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
      // The fast path takes only files that `yaml` reads cleanly (test/data/fast-path.test.ts);
      // if one ever slips through, say so rather than position messages in a document that is not there.
      if (doc.errors.length > 0 || doc.warnings.length > 0) {
        throw new Error(`${this.file}: the fast YAML path accepted a file that yaml reads with ${doc.errors.length} error(s), ${doc.warnings.length} warning(s)`);
      }
      this.#positioned = { doc, lines };
    }
    return this.#positioned;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const MB = 1024 * 1024;

/** Text as the loader sees it: BOM stripped, NFC, so NFD input loads exactly like NFC. */
export function normaliseText(bytes: Uint8Array): string {
  return strictUtf8.decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
}

export interface ParseResult {
  parsed?: ParsedFile;
  problems: Problem[];
  /** Read by `yaml` with positions (set also when the file did not parse). */
  positioned?: true;
}

/**
 * Reads one data file. In 'fast' mode a file that keeps to the plain YAML that js-yaml and `yaml`
 * read alike is read by js-yaml (fast-yaml.ts), its positions later and only if asked for; every
 * other file, and every file in 'positioned' mode, is read by `yaml` as it always was.
 */
/** `given`: the file's text, already in memory, read instead of the file (LoadOptions.texts). */
export function parseDataFile(f: DataFile, budget: { bytesLeft: number }, mode: YamlMode = 'fast', given?: string): ParseResult {
  const at = (line: number, col: number, key: string, message: string, hint?: string, severity: Problem['severity'] = 'error'): Problem => ({
    file: f.file, line, col, severity, path: '', key, message, ...(hint ? { hint } : {}),
  });

  const size = given !== undefined ? Buffer.byteLength(given) : statSync(f.abs).size;
  if (size >= MAX_FILE_BYTES) {
    return { problems: [at(1, 1, 'file_too_large', `Tệp quá lớn (${formatNumber(size / MB, 1)} MB), không đọc`, `giới hạn: dưới ${formatNumber(MAX_FILE_BYTES / MB)} MB một tệp`)] };
  }
  if (size > budget.bytesLeft) {
    return { problems: [at(1, 1, 'data_too_large', 'Tổng dung lượng dữ liệu quá lớn, không đọc tiếp', `giới hạn ${formatNumber(MAX_TOTAL_BYTES / MB)} MB cho cả thư mục`)] };
  }
  budget.bytesLeft -= size;

  let text: string;
  try {
    text = given !== undefined ? given.replace(/^\uFEFF/, '').normalize('NFC') : normaliseText(readFileSync(f.abs));
  } catch {
    return { problems: [at(1, 1, 'invalid_encoding', 'Tệp không phải văn bản UTF-8', 'lưu lại tệp với bảng mã UTF-8')] };
  }

  if (mode === 'fast') {
    const fast = fastParse(text);
    if (fast) return { parsed: new FastFile(f, text, fast.value, fast.items), problems: [] };
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const problems = [
    ...firstSyntaxErrors(doc.errors).map((e) => yamlProblem(e, doc, lines, text, at, 'error')),
    ...doc.warnings.map((e) => yamlProblem(e, doc, lines, text, at, 'warning')),
  ];
  if (doc.errors.length > 0) return { problems, positioned: true };
  if (doc.contents === null) return { problems: [...problems, at(1, 1, 'empty_file', 'Tệp rỗng: không có dữ liệu')], positioned: true };

  try {
    return { parsed: new PositionedFile(f, doc, lines, doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })), problems, positioned: true };
  } catch (e) {
    const alias = firstAlias(doc);
    const pos = alias !== undefined ? lines.linePos(alias) : { line: 1, col: 1 };
    const bomb = e instanceof ReferenceError;
    return {
      positioned: true,
      problems: [
        ...problems,
        bomb
          ? at(pos.line, pos.col, 'resource_exhaustion', YAML_MESSAGES.RESOURCE_EXHAUSTION, `tối đa ${MAX_ALIAS_COUNT} lần dùng bí danh (*) một tệp`)
          : at(pos.line, pos.col, 'impossible', YAML_MESSAGES.IMPOSSIBLE),
      ],
    };
  }
}

/**
 * After the first structural error the parser is guessing, and what follows is mostly its echo
 * (one tab gives five errors): keep duplicate keys found before it, and that first error.
 */
function firstSyntaxErrors(errors: readonly YAMLError[]): YAMLError[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted.findIndex((e) => e.code !== 'DUPLICATE_KEY');
  if (first < 0) return sorted;
  return sorted.slice(0, first + 1).filter((e, i) => i === first || e.code === 'DUPLICATE_KEY');
}

type At = (line: number, col: number, key: string, message: string, hint?: string, severity?: Problem['severity']) => Problem;

function yamlProblem(e: YAMLError, doc: Document.Parsed, lines: LineCounter, text: string, at: At, severity: Problem['severity']): Problem {
  const english = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  let message = yamlMessage(e.code, english);
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(e.pos[0]))?.[1];
    if (key) message = `Khoá bị lặp lại trong cùng một bảng: ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`}`;
  }
  // An unclosed quote is noticed where the text ends; the eye needs the quote that opened it.
  const opened = /^Missing closing/.test(english) ? openingQuote(doc, e.pos[0]) : undefined;
  const pos = opened !== undefined ? lines.linePos(opened) : (e.linePos?.[0] ?? { line: 1, col: 1 });
  return at(pos.line, pos.col, e.code.toLowerCase(), message, undefined, severity);
}

function openingQuote(doc: Document.Parsed, errorOffset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && node.range && node.range[0] < errorOffset && errorOffset <= node.range[2]) start = node.range[0];
    },
  });
  return start;
}

function firstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    },
  });
  return offset;
}

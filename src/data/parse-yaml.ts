import { readFileSync, statSync } from 'node:fs';
import { LineCounter, Scalar, isAlias, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { formatNumber } from '../format/vi.ts';
import type { DataFile } from './files.ts';
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
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain JS value of the document, every string NFC. */
  value: unknown;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const MB = 1024 * 1024;

/** Text as the loader sees it: BOM stripped, NFC, so NFD input loads exactly like NFC. */
export function normaliseText(bytes: Uint8Array): string {
  return strictUtf8.decode(bytes).replace(/^\uFEFF/, '').normalize('NFC');
}

export function parseDataFile(f: DataFile, budget: { bytesLeft: number }): { parsed?: ParsedFile; problems: Problem[] } {
  const at = (line: number, col: number, key: string, message: string, hint?: string, severity: Problem['severity'] = 'error'): Problem => ({
    file: f.file, line, col, severity, path: '', key, message, ...(hint ? { hint } : {}),
  });

  const size = statSync(f.abs).size;
  if (size >= MAX_FILE_BYTES) {
    return { problems: [at(1, 1, 'file_too_large', `Tệp quá lớn (${formatNumber(size / MB, 1)} MB), không đọc`, `giới hạn: dưới ${formatNumber(MAX_FILE_BYTES / MB)} MB một tệp`)] };
  }
  if (size > budget.bytesLeft) {
    return { problems: [at(1, 1, 'data_too_large', 'Tổng dung lượng dữ liệu quá lớn, không đọc tiếp', `giới hạn ${formatNumber(MAX_TOTAL_BYTES / MB)} MB cho cả thư mục`)] };
  }
  budget.bytesLeft -= size;

  let text: string;
  try {
    text = normaliseText(readFileSync(f.abs));
  } catch {
    return { problems: [at(1, 1, 'invalid_encoding', 'Tệp không phải văn bản UTF-8', 'lưu lại tệp với bảng mã UTF-8')] };
  }

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const problems = [
    ...firstSyntaxErrors(doc.errors).map((e) => yamlProblem(e, doc, lines, text, at, 'error')),
    ...doc.warnings.map((e) => yamlProblem(e, doc, lines, text, at, 'warning')),
  ];
  if (doc.errors.length > 0) return { problems };
  if (doc.contents === null) return { problems: [...problems, at(1, 1, 'empty_file', 'Tệp rỗng: không có dữ liệu')] };

  try {
    return { parsed: { ...f, doc, lines, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }, problems };
  } catch (e) {
    const alias = firstAlias(doc);
    const pos = alias !== undefined ? lines.linePos(alias) : { line: 1, col: 1 };
    const bomb = e instanceof ReferenceError;
    return {
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

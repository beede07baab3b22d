import { z } from 'zod';
import { show, type Path } from './problem.ts';

/**
 * Vietnamese wording of zod's issue codes. Passed to safeParse as the per-parse error map,
 * so the messages written in the schema itself (already Vietnamese) take precedence.
 * The hint travels in the message after SEP, since an error map can only return a string.
 */
const SEP = '\u001f';
/** Completed with the text as written in the file, which only the YAML node still has. */
export const QUOTE_IT = 'viết giá trị trong dấu nháy kép';
const MISSING = '\u0000missing';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'bảng khoá: giá trị',
  null: 'để trống',
  date: 'ngày',
};

function received(input: unknown): string {
  if (input === null) return 'đang để trống';
  if (Array.isArray(input)) return 'đang là danh sách';
  switch (typeof input) {
    case 'string': return `đang là chuỗi ${show(input)}`;
    case 'number': return `đang là số ${input}`;
    case 'boolean': return `đang là ${input}`;
    case 'object': return 'đang là bảng khoá: giá trị';
    default: return `đang là ${typeof input}`;
  }
}

function messageFor(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      return `Sai kiểu: phải là ${TYPE_NAMES[iss.expected] ?? iss.expected} (${received(iss.input)})`;
    case 'invalid_value':
      return `Giá trị không hợp lệ ${show(iss.input)}`;
    case 'unrecognized_keys':
      return `Khoá không được phép: ${iss.keys.join(', ')}`;
    case 'too_small': {
      const n = Number(iss.minimum);
      if (iss.origin === 'string') return n === 1 ? 'Không được để trống' : `Phải có ít nhất ${n} ký tự`;
      if (iss.origin === 'array') return n === 1 ? 'Danh sách không được rỗng' : `Phải có ít nhất ${n} phần tử`;
      return `Phải ${iss.inclusive ? 'lớn hơn hoặc bằng' : 'lớn hơn'} ${n} (${received(iss.input)})`;
    }
    case 'too_big': {
      const n = Number(iss.maximum);
      if (iss.origin === 'string') return `Phải có nhiều nhất ${n} ký tự`;
      if (iss.origin === 'array') return `Phải có nhiều nhất ${n} phần tử`;
      return `Phải ${iss.inclusive ? 'nhỏ hơn hoặc bằng' : 'nhỏ hơn'} ${n} (${received(iss.input)})`;
    }
    case 'invalid_format':
      return `Sai định dạng ${show(iss.input)}`;
    case 'not_multiple_of':
      return `Phải là bội số của ${iss.divisor}`;
    case 'invalid_union':
      return iss.discriminator ? `Giá trị không hợp lệ ${show(discriminatorValue(iss))}` : 'Không khớp với dạng nào được phép';
    case 'invalid_key':
      return 'Khoá không hợp lệ';
    case 'invalid_element':
      return 'Phần tử không hợp lệ';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/** A discriminated union reports the whole object; the message is about its discriminator key. */
function discriminatorValue(iss: z.core.$ZodRawIssue): unknown {
  const { input } = iss;
  return iss.code === 'invalid_union' && iss.discriminator && input && typeof input === 'object'
    ? (input as Record<string, unknown>)[iss.discriminator]
    : input;
}

function hintFor(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_value':
      return `giá trị hợp lệ: ${iss.values.map(String).join(', ')}`;
    case 'unrecognized_keys': {
      const shape = shapeOf(iss.inst);
      return shape ? `khoá hợp lệ: ${Object.keys(shape).join(', ')}` : undefined;
    }
    case 'invalid_union':
      return iss.discriminator && iss.options ? `giá trị hợp lệ: ${(iss.options as readonly unknown[]).map(String).join(', ')}` : undefined;
    case 'invalid_format':
      return iss.format === 'regex' && iss.pattern ? `mẫu: ${iss.pattern}` : undefined;
    case 'invalid_type':
      // A code written without quotes ("00001") is read by YAML as a number and loses its zeros.
      return iss.expected === 'string' && typeof iss.input === 'number' ? QUOTE_IT : undefined;
    default:
      return undefined;
  }
}

function shapeOf(inst: unknown): Record<string, unknown> | undefined {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape;
}

function description(inst: unknown): string | undefined {
  return inst && typeof inst === 'object' && '_zod' in inst ? z.globalRegistry.get(inst as z.core.$ZodType)?.description : undefined;
}

export const vietnameseErrors: z.core.$ZodErrorMap = (iss) => {
  if (discriminatorValue(iss) === undefined && iss.code !== 'unrecognized_keys' && iss.code !== 'custom') {
    const hint = hintFor(iss) ?? description(iss.inst);
    return hint ? MISSING + SEP + hint : MISSING;
  }
  const hint = hintFor(iss);
  return hint ? messageFor(iss) + SEP + hint : messageFor(iss);
};

export interface IssueProblem {
  path: Path;
  key: string;
  message: string;
  hint?: string;
  /** Set for an unknown key: the problem points at the key, not at its map. */
  unknownKey?: string;
}

/** Turns the issues of a parse made with `vietnameseErrors` into one problem each (one per unknown key). */
export function issueProblems(issues: readonly z.core.$ZodIssue[]): IssueProblem[] {
  return issues.flatMap((iss): IssueProblem[] => {
    const path = iss.path.filter((s): s is string | number => typeof s !== 'symbol');
    const [text = '', hint] = iss.message.split(SEP);
    const withHint = hint ? { hint } : {};
    if (iss.code === 'unrecognized_keys') {
      return iss.keys.map((k) => ({ path: [...path, k], key: iss.code, message: `Khoá không được phép: "${k}"`, unknownKey: k, ...withHint }));
    }
    if (text === MISSING) {
      return [{ path, key: iss.code, message: `Thiếu khoá bắt buộc "${String(path.at(-1) ?? '')}"`, ...withHint }];
    }
    return [{ path, key: iss.code, message: text, ...withHint }];
  });
}

import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';

/**
 * The fast way through a data file: js-yaml reads it (ten times faster than the `yaml` library
 * with positions), but only when the file keeps to a plain subset of YAML that both libraries are
 * known to read alike. Anything else (a syntax error, a duplicate key, an anchor, alias, tag or
 * directive, a tab, a lone CR, a key that is not plainly a string, a flow collection over lines…)
 * answers `undefined`, and the caller reads the file with `yaml` exactly as before, so every
 * message about it is the one it always was. test/data/fast-path.test.ts holds that promise to
 * account: every file the fast path accepts, `yaml` reads without error or warning to the same value.
 */
export interface FastParse {
  /** The plain JS value, as `yaml`'s `doc.toJS()` gives it. */
  value: unknown;
  /**
   * Where each item of each top-level sequence starts (UTF-16 offset, as `yaml`'s node range[0]),
   * by its key, -1 for an item that is not a map: the only positions a valid load needs (the
   * Dataset's source lines).
   */
  items: Map<string, number[]>;
}

// The scalars of the YAML 1.2 core schema exactly as the `yaml` library (v2, schema 'core')
// resolves them, its own regexes: js-yaml's core tags differ at the edges (an integer too large
// to be finite stays a string there), so the value is built here, not by js-yaml's constructor.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** What `yaml` makes of a plain scalar: null, a boolean, a number, or undefined for a string. */
export function coreScalar(s: string): null | boolean | number | undefined {
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return undefined;
}

/** Numbers only: what coreScalar gives for a scalar that starts with a digit, a sign or a dot. */
function coreNumber(s: string): number | undefined {
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  return undefined;
}

/** A scalar's value as `yaml` (schema 'core', no tags here) gives it: quoted and block scalars are strings. */
function scalarValue(text: string, e: ScalarEvent): unknown {
  const s = getScalarValue(text, e);
  if (e.style !== SCALAR_STYLE.PLAIN) return s;
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return coreNumber(s) ?? s; // 0-9 + - .
  if (c === 126 || c === 110 || c === 78) return NULL.test(s) ? null : s; // ~ n N
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(s) ? c === 116 || c === 84 : s; // t T f F
  return s;
}

const LF = 10;
const CR = 13;
const COLON = 58;
/** Far below `yaml`'s 1024-character limit on an implicit key, counted the same way (key start to ':'). */
const MAX_KEY_SPAN = 1000;

/** Lone CR (not part of CRLF): `yaml` does not take it for a line break, js-yaml does. */
function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) return true;
  return false;
}

/**
 * A key both libraries read as the same plain string, on one line and short: a plain key that
 * `yaml` would read as null, a boolean or a number (and `<<`) is left to `yaml`.
 */
function plainStringKey(text: string, e: ScalarEvent): boolean {
  const { valueStart, valueEnd, style } = e;
  if (valueStart < 0 || valueEnd <= valueStart) return false; // an empty key: null to `yaml`, "null" to js-yaml
  if (style === SCALAR_STYLE.PLAIN && e.fast && text.charCodeAt(valueEnd) === COLON) {
    // The usual `key: value`: one line (js-yaml's `fast` plain scalar has no line break), ':' right after.
    if (valueEnd - valueStart > MAX_KEY_SPAN) return false;
  } else {
    if (style !== SCALAR_STYLE.PLAIN && style !== SCALAR_STYLE.SINGLE_QUOTED && style !== SCALAR_STYLE.DOUBLE_QUOTED) return false;
    const start = style === SCALAR_STYLE.PLAIN ? valueStart : valueStart - 1;
    const colon = text.indexOf(':', valueEnd);
    if (colon < 0 || colon - start > MAX_KEY_SPAN) return false;
    for (let i = start; i < colon; i++) if (text.charCodeAt(i) === LF) return false;
  }
  if (style === SCALAR_STYLE.PLAIN) {
    // Only these can be read as something else than a string: '~', null/true/false (4–5 letters), '<<', numbers.
    const c = text.charCodeAt(valueStart);
    const len = valueEnd - valueStart;
    const wordy = (len === 4 || len === 5) && (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70); // nN tT fF
    const numeric = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46; // 0-9 + - .
    if (wordy || numeric || c === 126 /* ~ */ || c === 60 /* < */) {
      const s = text.slice(valueStart, valueEnd);
      if (s === '<<' || coreScalar(s) !== undefined) return false;
    }
  }
  return true;
}

interface Frame {
  /** The object or array being built. */
  value: Record<string, unknown> | unknown[];
  map: boolean;
  /** In a map: the key whose value comes next, undefined when the next node is a key. */
  key: string | undefined;
  /** Items' start offsets, for a sequence that is the value of a top-level key. */
  items?: number[];
}

/** As `yaml`'s toJS sets a key: `__proto__` becomes an own property, not the prototype. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** Puts a node's value where it belongs in its parent. */
function place(parent: Frame, value: unknown): void {
  if (parent.map) {
    setKey(parent.value as Record<string, unknown>, parent.key!, value);
    parent.key = undefined;
  } else (parent.value as unknown[]).push(value);
}

/**
 * A flow collection must open and close on one line: `yaml` has rules (and warnings) about the
 * indentation of flow collections over lines that js-yaml does not share.
 */
interface Flow {
  /** End of the line the collection starts on. */
  lineEnd: number;
  /** Collections closed since the last scalar: their closing brackets come after `lastEnd`. */
  closers: number;
  lastEnd: number;
  depth: number;
}

/** A scalar or an opening bracket inside the flow collection: the brackets closed before it are behind. */
function advance(f: Flow, end: number): void {
  if (end > f.lastEnd) f.lastEnd = end;
  f.closers = 0;
}

function flowClosesOnItsLine(text: string, f: Flow): boolean {
  if (f.lastEnd > f.lineEnd) return false;
  let brackets = 0;
  for (let i = f.lastEnd; i < f.lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */ || c === 125 /* } */) brackets++;
    else if (c === 35 /* # */) break;
  }
  return brackets >= f.closers;
}

export function fastParse(text: string): FastParse | undefined {
  if (text.indexOf('\t') !== -1 || hasLoneCr(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  // One walk over js-yaml's events: refuse what is outside the subset, build the value as
  // `yaml`'s toJS would, and note where the items of top-level lists start.
  const items = new Map<string, number[]>();
  const stack: Frame[] = [];
  let docs = 0;
  let flow: Flow | undefined;
  let root: Record<string, unknown> | undefined;

  for (let n = 0; n < events.length; n++) {
    const e = events[n]!;
    if (e.type === EVENT_ID.DOCUMENT) {
      if (++docs > 1 || e.explicitStart || e.explicitEnd || e.directives.length > 0) return undefined;
      continue;
    }
    if (e.type === EVENT_ID.POP) {
      if (stack.length === 0) continue; // the document's own
      stack.pop();
      if (flow) {
        flow.closers++;
        if (stack.length === flow.depth) {
          if (!flowClosesOnItsLine(text, flow)) return undefined;
          flow = undefined;
        }
      }
      continue;
    }
    if (e.type === EVENT_ID.ALIAS || e.anchorStart !== -1 || e.tagStart !== -1) return undefined;

    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      // The root is one map, and nothing follows it.
      if (e.type !== EVENT_ID.MAPPING || root !== undefined) return undefined;
    } else if (parent.map && parent.key === undefined) {
      if (e.type !== EVENT_ID.SCALAR || !plainStringKey(text, e)) return undefined;
      const key = getScalarValue(text, e);
      // A duplicate key: `yaml` reports it (DUPLICATE_KEY).
      if (Object.hasOwn(parent.value, key)) return undefined;
      parent.key = key;
      if (flow) advance(flow, e.valueEnd);
      continue;
    } else if (parent.items) {
      // A map starts at its first key (block) or its brace (flow), in both libraries; other
      // items (which fail the schema anyway) are left to positionOf: -1.
      parent.items.push(e.type === EVENT_ID.MAPPING ? e.start : -1);
    }

    if (e.type === EVENT_ID.SCALAR) {
      if (flow) advance(flow, e.valueEnd);
      place(parent!, scalarValue(text, e));
      continue;
    }
    // A map or a sequence.
    if (e.style === COLLECTION_STYLE.FLOW) {
      if (flow) advance(flow, e.start + 1);
      else {
        const nl = text.indexOf('\n', e.start);
        flow = { lineEnd: nl === -1 ? text.length : text.charCodeAt(nl - 1) === CR ? nl - 1 : nl, closers: 0, lastEnd: e.start + 1, depth: stack.length };
      }
    }
    const map = e.type === EVENT_ID.MAPPING;
    const frame: Frame = { value: map ? {} : [], map, key: undefined };
    if (parent === undefined) root = frame.value as Record<string, unknown>;
    else {
      if (stack.length === 1 && !map) {
        frame.items = [];
        items.set(parent.key!, frame.items);
      }
      place(parent, frame.value);
    }
    stack.push(frame);
  }
  if (docs !== 1 || root === undefined) return undefined;
  return { value: root, items };
}

/**
 * 1-based line of each offset, counting LF as `yaml`'s LineCounter does; -1 stays -1. One pass
 * over the text when the offsets ascend, as a list's items do.
 */
export function linesOf(text: string, offsets: readonly number[]): number[] {
  const out = new Array<number>(offsets.length);
  let line = 1;
  /** The next LF not yet counted (indexOf is several times faster than a charCodeAt loop). */
  let nl = text.indexOf('\n');
  let last = 0;
  for (let k = 0; k < offsets.length; k++) {
    const o = offsets[k]!;
    if (o < 0) {
      out[k] = -1;
      continue;
    }
    if (o < last) {
      line = 1;
      nl = text.indexOf('\n');
    }
    last = o;
    while (nl !== -1 && nl < o) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    out[k] = line;
  }
  return out;
}

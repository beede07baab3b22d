import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Path } from './problem.ts';

export interface Position {
  line: number;
  col: number;
}

/**
 * Where a field path points in the source. A path that stops resolving (a missing key)
 * points at the deepest node found: for a missing key, the map that should hold it.
 * An empty value (`key:` with nothing after) points at its key, which is where the eye goes.
 */
export function positionOf(doc: Document.Parsed, lines: LineCounter, path: Path): Position {
  let node: Node | null = doc.contents;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg] as Node;
    } else break;
  }
  if (isScalar(node) && node.value === null && node.source === '' && keyNode) node = keyNode;
  return offsetPosition(lines, node?.range?.[0]);
}

/** The text of a scalar exactly as written (before YAML read it as a number, say). */
export function sourceText(doc: Document.Parsed, path: Path): string | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/** Position of a key itself in the map at `mapPath` (for keys that should not be there). */
export function keyPosition(doc: Document.Parsed, lines: LineCounter, mapPath: Path, key: string): Position {
  const map = mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) return offsetPosition(lines, pair.key.range?.[0]);
  }
  return positionOf(doc, lines, mapPath);
}

function offsetPosition(lines: LineCounter, offset: number | undefined): Position {
  return offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
}

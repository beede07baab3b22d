import type { z } from 'zod';
import { FILE_SCHEMAS, type FileKind } from '../schema/index.ts';
import type { ParsedFile } from './parse-yaml.ts';
import { keyPosition, positionOf, sourceText } from './positions.ts';
import { formatPath, type Problem } from './problem.ts';
import { QUOTE_IT, issueProblems, vietnameseErrors } from './zod-messages.ts';

export type FileData<K extends FileKind> = z.output<(typeof FILE_SCHEMAS)[K]>;

/** A file that passed its schema: `data` is the parsed value, `doc` still locates every field. */
export type ValidFile<K extends FileKind = FileKind> = ParsedFile & { kind: K; data: FileData<K> };

export function validateFile(f: ParsedFile): { valid?: ValidFile; problems: Problem[] } {
  const result = FILE_SCHEMAS[f.kind].safeParse(f.value, { error: vietnameseErrors });
  // The file itself gains `data`: a copy would read (and so make) its lazy positions.
  if (result.success) return { valid: Object.assign(f, { data: result.data }) as ValidFile, problems: [] };
  const problems = issueProblems(result.error.issues).map((p): Problem => {
    const pos = p.unknownKey !== undefined
      ? keyPosition(f.doc, f.lines, p.path.slice(0, -1), p.unknownKey)
      : positionOf(f.doc, f.lines, p.path);
    const written = p.hint === QUOTE_IT ? sourceText(f.doc, p.path) : undefined;
    const hint = written !== undefined ? `${QUOTE_IT}: "${written}"` : p.hint;
    return { file: f.file, ...pos, severity: 'error', path: formatPath(p.path), key: p.key, message: p.message, ...(hint ? { hint } : {}) };
  });
  return { problems };
}

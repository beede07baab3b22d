import { z } from 'zod';
import { FILE_SCHEMAS, type FileKind } from '../schema/index.ts';

/** Keys sorted at every level, so the text changes only when the schema does. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * The JSON Schema text of each data file kind (what the YAML author writes, hence io: 'input').
 * Draft 7 because that is what YAML editors (yaml-language-server) understand best; shared parts
 * stay inline (no $ref) so each field keeps its own description on hover.
 */
export function renderJsonSchemas(): Record<FileKind, string> {
  const out = {} as Record<FileKind, string>;
  for (const [kind, schema] of Object.entries(FILE_SCHEMAS) as [FileKind, z.ZodType][]) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
    out[kind] = `${JSON.stringify(sortKeys(json), null, 2)}\n`;
  }
  return out;
}

export const schemaFileName = (kind: FileKind) => `${kind}.schema.json`;

/** npm run schemas: writes schemas/<kind>.schema.json from the zod data model, and removes stale ones. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderJsonSchemas, schemaFileName } from '../src/data/json-schemas.ts';
import type { FileKind } from '../src/schema/index.ts';

const dir = path.resolve('schemas');
mkdirSync(dir, { recursive: true });
const fresh = Object.entries(renderJsonSchemas()) as [FileKind, string][];
const names = new Set(fresh.map(([kind]) => schemaFileName(kind)));
for (const name of readdirSync(dir)) {
  if (name.endsWith('.schema.json') && !names.has(name)) rmSync(path.join(dir, name));
}
for (const [kind, text] of fresh) {
  writeFileSync(path.join(dir, schemaFileName(kind)), text);
  console.log(`schemas/${schemaFileName(kind)}`);
}

/**
 * A site built from a fixture data folder, for tests that need other data than the shared build
 * (test/setup/built-site.ts): built with test/quality/helpers.ts's buildSite into a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../quality/helpers.ts';

export interface FixtureSite {
  dir: string;
  remove(): void;
}

export async function buildFixtureSite(dataDir: string): Promise<FixtureSite> {
  const parent = mkdtempSync(path.join(tmpdir(), 'de-an-fixture-'));
  const dir = path.join(parent, 'site');
  const remove = () => rmSync(parent, { recursive: true, force: true });
  try {
    await buildSite(path.resolve(dataDir), dir);
  } catch (e) {
    remove();
    throw e;
  }
  return { dir, remove };
}

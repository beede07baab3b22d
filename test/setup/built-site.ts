/**
 * Vitest globalSetup of the "site" project (vitest.config.ts): builds the site ONCE per test run,
 * with `npm run build`'s own script (test/quality/helpers.ts buildSite), into a temporary folder,
 * and provides where it is to the build and browser tests: `inject('builtSite')`. dist/ is never touched.
 * BUILT_SITE_DIR reuses an existing build (with BUILT_SITE_DATA naming the data it was built from)
 * when iterating on tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BASE_PATH } from '../../src/site/config.ts';
import { buildSite } from '../quality/helpers.ts';

export interface BuiltSite {
  /** The built site (what dist/ would hold). */
  dir: string;
  /** The data folder it was built from: tests load the same data to know what the pages must say. */
  dataDir: string;
  /** The base path the site was built for ("/de-an-04/"). */
  basePath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: BuiltSite;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  const reuse = process.env['BUILT_SITE_DIR'];
  if (reuse) {
    project.provide('builtSite', {
      dir: path.resolve(reuse),
      dataDir: path.resolve(process.env['BUILT_SITE_DATA'] || path.join(root, 'data')),
      basePath: BASE_PATH,
    });
    return () => {};
  }
  const parent = mkdtempSync(path.join(tmpdir(), 'de-an-site-'));
  const dir = path.join(parent, 'site');
  const dataDir = path.join(root, 'data');
  const remove = () => rmSync(parent, { recursive: true, force: true });
  try {
    await buildSite(dataDir, dir);
  } catch (e) {
    remove();
    throw new Error(`Dựng trang cho kiểm thử thất bại (test-build-failed): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  project.provide('builtSite', { dir, dataDir, basePath: BASE_PATH });
  return remove;
}

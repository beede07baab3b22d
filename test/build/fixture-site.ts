/**
 * A site built from a fixture data folder, for tests that need other data than the shared build
 * (test/setup/built-site.ts): built with `npm run build`'s own script into a temporary folder.
 * Builds may run side by side: the script stages each inside the project under its own name.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface FixtureSite {
  dir: string;
  remove(): void;
}

export function buildFixtureSite(dataDir: string): Promise<FixtureSite> {
  const parent = mkdtempSync(path.join(tmpdir(), 'de-an-fixture-'));
  const dir = path.join(parent, 'site');
  const node = path.join(root, 'node_modules', '.bin', 'node');
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['scripts/build.ts', '--data', path.resolve(dataDir), '--out', dir], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += String(d)));
    child.stderr.on('data', (d) => (log += String(d)));
    child.on('close', (code) => {
      if (code === 0) resolve({ dir, remove: () => rmSync(parent, { recursive: true, force: true }) });
      else {
        rmSync(parent, { recursive: true, force: true });
        reject(new Error(`Dựng trang từ ${dataDir} thất bại (fixture-build-failed, mã ${code}):\n${log}`));
      }
    });
  });
}

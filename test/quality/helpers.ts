import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { NODE, ROOT } from '../data/helpers.ts';

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  pid: number;
}

/** Runs a project script with the pinned Node, asynchronously (so several can run side by side). */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const { DATA_DIR: _, GITHUB_ACTIONS: __, ...base } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [script, ...args], { cwd: ROOT, env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, pid: child.pid! }));
  });
}

/**
 * npm run build -- --data DIR --out OUT; throws with the output when it fails. The one way tests
 * build a site (the run's shared build, fixture sites, the quality checks): the build script stages
 * each build under its own name, so several may run side by side.
 */
export async function buildSite(dataDir: string, out: string): Promise<void> {
  const r = await runScript('scripts/build.ts', ['--data', dataDir, '--out', out]);
  if (r.code !== 0) throw new Error(`build of ${dataDir} failed (${r.code}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
}

/** Every file under dir with the SHA-256 of its bytes, by relative path in code-point order. */
export function treeDigest(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
  return new Map(files.map((f) => [f.split(path.sep).join('/'), createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** Paths that differ between two trees: missing on either side or with other bytes. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const all = [...new Set([...a.keys(), ...b.keys()])].sort();
  return all.filter((f) => a.get(f) !== b.get(f)).map((f) => (!a.has(f) ? `+ ${f}` : !b.has(f) ? `- ${f}` : `≠ ${f}`));
}

/** Every HTML file of a built site, relative to it with "/" separators, in code-point order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/**
 * Before any page script runs, in every page of the context: alert, confirm and prompt only record
 * their calls, and every CSP violation is recorded too. Read both back with `pageAlarms`.
 */
export async function watchForScriptInjection(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __calls: string[]; __violations: string[] };
    w.__calls = [];
    w.__violations = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          w.__calls.push(`${name}(${args.map(String).join(', ')})`);
          return name === 'prompt' ? null : name === 'confirm' ? false : undefined;
        },
        writable: false,
        configurable: false,
      });
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
}

/** Requests for the missing page of the 404 check answer 404 on purpose: that is not an error. */
export function unexpectedErrors(errors: string[], expected404: boolean): string[] {
  return expected404 ? errors.filter((e) => !e.startsWith('HTTP 404') && !e.includes('status of 404')) : errors;
}

export async function pageAlarms(page: Page): Promise<{ calls: string[]; violations: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __calls?: string[]; __violations?: string[] };
    return { calls: w.__calls ?? ['(hooks missing)'], violations: w.__violations ?? ['(hooks missing)'] };
  });
}

/** The GitHub workflows as YAML: no site needed, so it runs with the unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../data/helpers.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  steps: Step[];
  container?: string;
  needs?: string;
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = path.join(ROOT, '.github/workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
const load = (file: string) => parse(readFileSync(path.join(DIR, file), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe('GitHub workflows', () => {
  it('are the pull-request check and the Pages publication', () => {
    expect(files).toEqual(['pages.yml', 'pr.yml']);
  });

  it.each(files)('%s calls only npm scripts that package.json defines', (file) => {
    const called = steps(load(file)).flatMap((s) => [...(s.run ?? '').matchAll(/npm run ([\w:.-]+)/g)].map((m) => m[1]!));
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it.each(files)('%s pins every action to a major version', (file) => {
    const uses = steps(load(file)).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.filter((u) => !/^[\w-]+\/[\w-]+@v\d+$/.test(u))).toEqual([]);
  });

  it('the pull-request check runs everything, in order, on full history', () => {
    const w = load('pr.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    const all = steps(w);
    const checkout = all.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const runs = all.flatMap((s) => (s.run ? [s.run] : []));
    const order = ['apt-get install -y -qq chromium', 'npm ci', 'npm run check:data', 'npm run typecheck', 'npm run lint', 'npm test', 'npm run build', 'npm run impact -- --base'];
    const at = order.map((cmd) => runs.findIndex((r) => r.includes(cmd)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(runs.find((r) => r.includes('npm run impact'))).toContain('> impact.md');
  });

  it('the pull-request check comments the impact and keeps the built site, even when a step failed', () => {
    const w = load('pr.yml');
    expect(w.permissions?.['pull-requests']).toBe('write');
    const all = steps(w);
    const comment = all.find((s) => s.uses?.startsWith('actions/github-script@'));
    expect(String(comment?.with?.['script'])).toContain("readFileSync('impact.md'");
    expect(String(comment?.with?.['script'])).toContain('updateComment');
    const upload = all.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.['path'])).toContain('dist/');
    expect(upload?.if).toBe('always()');
  });

  it("the pull-request check uses the container's Node 24 and caches npm's downloads by the lockfile", () => {
    const w = load('pr.yml');
    expect(Object.values(w.jobs).map((j) => j.container)).toEqual(['node:24-bookworm']);
    const all = steps(w);
    expect(all.filter((s) => s.uses?.startsWith('actions/setup-node@'))).toEqual([]);
    const cache = all.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['path']).toBe('~/.npm');
    expect(String(cache?.with?.['key'])).toContain("hashFiles('package-lock.json')");
    expect(all.indexOf(cache!)).toBeLessThan(all.findIndex((s) => s.run?.includes('npm ci')));
  });

  it('publication builds on main with the address from the repository and deploys with Pages', () => {
    const w = load('pages.yml');
    expect(w.on['push']).toEqual({ branches: ['main'] });
    expect(w.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = w.jobs['build']!.steps;
    const run = build.find((s) => s.run === 'npm run build');
    expect(Object.keys(run?.env ?? {})).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
    expect(run?.env?.['SITE_URL']).toContain('vars.SITE_URL');
    expect(run?.env?.['BASE_PATH']).toContain('vars.BASE_PATH');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist/');
    const deploy = w.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

/**
 * Runs one command and measures it: wall time, and peak memory through GNU time ("Maximum resident
 * set size" of the largest process in the tree: the Astro build runs in a child, Pagefind in a
 * grandchild, and time(1) waits for all of them). Output goes to log files, not memory, since a
 * 100× build logs one line per page. A run past its time limit is killed with its whole process group.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Run {
  ms: number;
  /** Peak resident memory in KiB; null without GNU time. */
  maxRssKiB: number | null;
  /** User + system CPU seconds of the process tree, in ms (GNU time); null without it. Steadier than wall time on a busy machine. */
  cpuMs: number | null;
  exitCode: number | null;
  timedOut: boolean;
  stdoutFile: string;
  stderrFile: string;
}

export interface Command {
  /** Label for the logs: letters, digits and dashes. */
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export async function measure(cmd: Command, logDir: string): Promise<Run> {
  const stdoutFile = path.join(logDir, `${cmd.name}.out.log`);
  const stderrFile = path.join(logDir, `${cmd.name}.err.log`);
  const rssFile = path.join(logDir, `${cmd.name}.rss`);
  const timed = existsSync(GNU_TIME);
  const [command, args] = timed ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd.command, ...cmd.args]] : [cmd.command, cmd.args];
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: cmd.cwd, env: cmd.env ?? process.env, stdio: ['ignore', out, err], detached: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, cmd.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const ms = performance.now() - t0;
  clearTimeout(timer);
  closeSync(out);
  closeSync(err);
  let maxRssKiB: number | null = null;
  let cpuMs: number | null = null;
  if (timed && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures on failure.
    const last = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    if (m) {
      maxRssKiB = Number(m[1]);
      cpuMs = Math.round((Number(m[2]) + Number(m[3])) * 1000);
    }
    rmSync(rssFile);
  }
  return { ms, maxRssKiB, cpuMs, exitCode: timedOut ? null : exitCode, timedOut, stdoutFile, stderrFile };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The sample data as they would have stood at an earlier date: the committed sample is dated at
 * the plan's deadline, where every year is closed and no point of a series lies ahead, so the
 * models' handling of a running year and of the future is tested on this one.
 */
import path from 'node:path';
import type { SiteContext } from '../../src/page-models/context.ts';
import { contextOf } from './context.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cached = new Map<string, SiteContext>();

export function contextAt(asOf: string): SiteContext {
  let ctx = cached.get(asOf);
  if (!ctx) {
    ctx = contextOf(path.join(ROOT, 'data'), asOf);
    cached.set(asOf, ctx);
  }
  return ctx;
}

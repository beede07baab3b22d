import { reporter, type ValidFiles } from './check-context.ts';
import { checkCourses } from './check-courses.ts';
import { checkUniqueness } from './check-ids.ts';
import { buildIndex } from './check-index.ts';
import { checkPeople } from './check-people.ts';
import { checkRanges } from './check-plan.ts';
import { checkReferences } from './check-references.ts';
import { checkTileMap } from './check-tile-map.ts';
import type { Problem } from './problem.ts';

/** Checks that need more than one record: run once every file has passed its schema. */
export function crossCheck(files: ValidFiles): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems);
  const ix = buildIndex(files);
  checkUniqueness(files, report);
  checkReferences(files, ix, report);
  checkRanges(files, report);
  checkPeople(files, ix, report);
  checkCourses(files, ix, report);
  checkTileMap(files, report);
  return problems;
}

/** The data model: one zod schema per concept, the only source of the TypeScript types. */
export * from './common.ts';
export * from './levels.ts';
export * from './condition.ts';
export * from './districts.ts';
export * from './cross-checks.ts';
export * from './plan.ts';
export * from './baseline.ts';
export * from './people.ts';
export * from './courses.ts';
export * from './progress.ts';
export * from './tile-map.ts';

import { baselineFile } from './baseline.ts';
import { coursesFile } from './courses.ts';
import { districtsFile } from './districts.ts';
import { peopleFile } from './people.ts';
import { planFile } from './plan.ts';
import { progressFile } from './progress.ts';
import { tileMapFile } from './tile-map.ts';

/** Each data file's schema, by the name of its JSON Schema in schemas/. */
export const FILE_SCHEMAS = {
  districts: districtsFile,
  plan: planFile,
  baseline: baselineFile,
  people: peopleFile,
  courses: coursesFile,
  progress: progressFile,
  tileMap: tileMapFile,
} as const;
export type FileKind = keyof typeof FILE_SCHEMAS;

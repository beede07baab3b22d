/**
 * The assessment's and the data's types that templates name, re-exported so that pages and
 * components import from the page models only (test/architecture checks it).
 */
import type { SourceRef } from '../data/dataset.ts';

export type { SourceRef };

/** What a "Sửa dữ liệu" link points at: a record at its line, or a whole file. */
export type EditTarget = SourceRef | { file: string };
export type { LevelTable, RoadmapItemView, ScopeSummary, TargetFigure } from '../assessment/index.ts';
export type { JudgedFigure, Verdict } from '../site/status.ts';
export type { JudgedSummary } from './district.ts';
export type { Check } from '../assessment/index.ts';
export type { SearchFacets } from '../search/facets.ts';

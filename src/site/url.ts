import { BASE_PATH, REPO_BRANCH, REPO_URL } from './config.ts';
import { joinBase } from './path.ts';
import type { SourceRef } from '../data/dataset.ts';

/** Site-internal link: every href on the site goes through here so the base path is never forgotten. */
export function href(path: string): string {
  return joinBase(BASE_PATH, path);
}

/** The repository file behind a record, at its line. */
export function sourceUrl(ref: SourceRef): string {
  return `${REPO_URL}/blob/${REPO_BRANCH}/${ref.file}#L${ref.line}`;
}

/** GitHub's editor for a data file: the target of "Sửa dữ liệu" links. */
export function editUrl(file: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${file}`;
}

/** A file under public/ (no trailing slash): favicon.svg → /de-an-04/favicon.svg. */
export function fileHref(file: string): string {
  return `${BASE_PATH}${file.replace(/^\/+/, '')}`;
}

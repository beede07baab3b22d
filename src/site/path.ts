/** Pure path arithmetic for site URLs; no configuration here so it can be tested alone. */

const SLASH = 0x2f;

/**
 * A scan from both ends, not /^\/+|\/+$/g: every link of every page comes through here (three
 * times per href), and the regex tries its second branch at every character of the path.
 */
export function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path.charCodeAt(start) === SLASH) start++;
  while (end > start && path.charCodeAt(end - 1) === SLASH) end--;
  return path.slice(start, end);
}

/** "/a/b/" form: how the site writes page paths (trailingSlash: 'always'). */
export function directoryPath(path: string): string {
  const trimmed = trimSlashes(path);
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A page path under the base. A fragment or query stays after the trailing slash:
 * joinBase('/de-an-04/', 'de-an#iii-muc-tieu') → '/de-an-04/de-an/#iii-muc-tieu'.
 */
export function joinBase(base: string, path: string): string {
  const cut = path.search(/[?#]/);
  const page = cut === -1 ? path : path.slice(0, cut);
  const rest = cut === -1 ? '' : path.slice(cut);
  const joined = directoryPath(`${trimSlashes(base)}/${trimSlashes(page)}`);
  return joined + rest;
}

/** The page path without the base, for comparing with menu entries: ('/de-an-04/', '/de-an-04/de-an/') → 'de-an'. */
export function stripBase(base: string, pathname: string): string {
  const b = trimSlashes(base);
  const p = trimSlashes(pathname);
  if (b === '') return p;
  if (p === b) return '';
  return p.startsWith(`${b}/`) ? p.slice(b.length + 1) : p;
}

/**
 * The Content-Security-Policy, given to Astro (astro.config.mjs `security.csp`). Astro writes it as a
 * <meta http-equiv> first in every page's <head>, with script-src and style-src of its own: 'self'
 * plus a hash of every script and stylesheet it bundled or inlined, so nothing else runs or styles
 * the page — no 'unsafe-inline' anywhere, and no inline style="" attributes either.
 * Directives a <meta> cannot carry (frame-ancestors, report-uri, sandbox) are left out: browsers
 * ignore them there and say so in the console.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // The favicon and any icon are files of the site; data: covers images Chart.js may export.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and fragments from the site.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Scripts: Astro's 'self' and hashes, plus compiling Pagefind's WebAssembly (no JavaScript eval). */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CSP = {
  algorithm: 'SHA-256' as const,
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: CSP_SCRIPT_RESOURCES },
};

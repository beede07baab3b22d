/**
 * The Content-Security-Policy, given to Astro (astro.config.mjs `security.csp`). Astro writes it as a
 * <meta http-equiv> first in every page's <head>, with script-src and style-src of its own: 'self'
 * plus a hash of every script and stylesheet it bundled or inlined, so nothing else runs or styles
 * the page — no 'unsafe-inline' anywhere, and no inline style="" attributes either.
 * Directives a <meta> cannot carry (frame-ancestors, report-uri, sandbox) are left out: browsers
 * ignore them there and say so in the console.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type Directive = NonNullable<CspConfig['directives']>[number];

export const CSP_DIRECTIVES: Directive[] = [
  "default-src 'self'",
  // Pagefind's UI stylesheets draw their icons as data: SVG; every other image is a file of the site.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and fragments from the site.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Scripts: Astro's 'self' and hashes, plus compiling WebAssembly (never JavaScript eval): Pagefind
 * runs its WebAssembly in a worker, which a <meta> policy does not govern, and in the page itself
 * when a worker cannot start.
 */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CSP: CspConfig = {
  algorithm: 'SHA-256',
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: CSP_SCRIPT_RESOURCES },
};

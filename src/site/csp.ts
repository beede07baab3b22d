/**
 * The Content-Security-Policy, written by the layout (src/layouts/Base.astro) as a <meta http-equiv>
 * right after <meta charset>, before any script or stylesheet. Scripts and styles come from the site
 * only: every script is a bundled module file and every stylesheet a file (astro.config.mjs keeps
 * Vite from inlining them), so the policy needs no hash and allows nothing inline — no
 * 'unsafe-inline', no inline style="" attributes, no <script> but JSON data, which no policy runs.
 *
 * Why ours, not Astro's `security.csp`: Astro lists a hash of every script chunk of the whole site
 * (and of its island loader, which this site never uses) in every page, ~520 bytes each that 'self'
 * already covers: 5 % of a person page, of which there are 124,266 at 100× (issue 12).
 * Directives a <meta> cannot carry (frame-ancestors, report-uri, sandbox) are left out: browsers
 * ignore them there and say so in the console.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // Pagefind's UI stylesheets draw their icons as data: SVG; every other image is a file of the site.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and fragments from the site.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Compiling WebAssembly (never JavaScript eval): Pagefind runs its WebAssembly in a worker, which a
  // <meta> policy does not govern, and in the page itself when a worker cannot start.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

export const CSP_POLICY = CSP_DIRECTIVES.join(';');

/**
 * The system Chromium (Debian's package; CHROMIUM_PATH elsewhere) and how every tool runs it:
 * headless, no network chatter, no GPU, no first-run work. Shared by the browser tests
 * (test/browser/browser.ts) and Lighthouse (scripts/lighthouse.ts) so both see the same browser.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE, goldenInputs, outcome, writeGolden, type Outcome } from './golden.ts';

/**
 * The full check:data output of every bad fixture, of the YAML edge cases and of the valid
 * fixture, against the output recorded from the loader before the fast YAML path existed
 * (test/fixtures/check-data-golden.json). A changed line here is a changed message.
 * Re-record only on purpose: UPDATE_GOLDEN=1 npx vitest run test/data/check-golden.test.ts
 */
if (process.env['UPDATE_GOLDEN'] === '1') writeGolden();
const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, Outcome>;
const inputs = goldenInputs();

describe('check:data output against the golden file', () => {
  it('the golden file exists and covers every input', () => {
    expect(existsSync(GOLDEN_FILE)).toBe(true);
    expect(Object.keys(golden).sort()).toEqual(inputs.map((i) => i.name).sort());
  });

  it.each(inputs.map((i) => [i.name, i] as const))('%s', (name, input) => {
    expect(input.run((dir) => outcome(dir))).toEqual(golden[name]);
  });
});

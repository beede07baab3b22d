/**
 * A data file that says `sample: true` at top level (a trailing comment allowed): the generator
 * may overwrite or delete it, and the committed-sample test holds it to the generator's bytes.
 * Without the flag a file holds real records, and both leave it alone.
 */
export function isSample(text: string): boolean {
  return /^sample:\s*true\s*(#.*)?$/m.test(text);
}

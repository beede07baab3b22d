/**
 * JSON for the body of a <script type="application/json"> element. The HTML parser ends a script
 * at "</script" and treats "<!--" specially, whatever the type, so every <, > and & is written as
 * a \u escape (still the same JSON); U+2028/U+2029 are escaped too so the text stays valid where
 * it is read as JavaScript. The result is meant for set:html, and only there.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Giá trị không chuyển được sang JSON (not-json)');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Reading built pages as a browser would: parse5 is the WHATWG HTML parser (the one jsdom uses),
 * so an injected tag that a browser would turn into an element shows up here as one.
 * A few helpers over its tree; no selectors engine, just predicates.
 */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type Document = T.Document;
type ParentNode = T.ParentNode;
type ChildNode = T.ChildNode;

export function parseHtml(html: string): Document {
  return parse(html);
}

export function readHtml(file: string): Document {
  return parse(readFileSync(file, 'utf8'));
}

function isElement(n: ChildNode | ParentNode): n is Element {
  return 'tagName' in n;
}

/** Every element under root (root excluded), in document order; template contents included. */
export function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      out.push(c);
      walk(c);
      if (c.tagName === 'template') walk((c as T.Template).content);
    }
  };
  walk(root);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Elements with the attribute (and, if given, that value). */
export function withAttr(root: ParentNode, name: string, value?: string): Element[] {
  return elements(root).filter((e) => {
    const v = attr(e, name);
    return v !== undefined && (value === undefined || v === value);
  });
}

export function one(root: ParentNode, name: string, value?: string): Element {
  const found = withAttr(root, name, value);
  if (found.length !== 1) throw new Error(`expected one element with ${name}${value === undefined ? '' : `="${value}"`}, found ${found.length}`);
  return found[0]!;
}

export function byTag(root: ParentNode, tag: string): Element[] {
  return elements(root).filter((e) => e.tagName === tag);
}

/** Text as a reader sees it: the text nodes joined, runs of white space made one space, trimmed. */
export function text(node: ParentNode): string {
  let s = '';
  const walk = (n: ParentNode) => {
    for (const c of n.childNodes) {
      if (c.nodeName === '#text') s += (c as T.TextNode).value;
      else if (isElement(c)) walk(c);
    }
  };
  walk(node);
  return s.replace(/\s+/g, ' ').trim();
}

/** The row cells (th and td) of a table row, in order. */
export function cells(row: Element): Element[] {
  return row.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
}

/** Comment nodes anywhere in the tree. */
export function comments(root: ParentNode): string[] {
  const out: string[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.childNodes) {
      if (c.nodeName === '#comment') out.push((c as T.CommentNode).data);
      else if (isElement(c)) walk(c);
    }
  };
  walk(root);
  return out;
}

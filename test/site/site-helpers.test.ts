import { describe, expect, it } from 'vitest';
import { currentState } from '../../src/site/nav.ts';
import { directoryPath, joinBase, stripBase, trimSlashes } from '../../src/site/path.ts';
import { buildToc } from '../../src/site/toc.ts';

describe('site paths', () => {
  it('trims slashes at both ends only, however many', () => {
    expect(trimSlashes('')).toBe('');
    expect(trimSlashes('///')).toBe('');
    expect(trimSlashes('//a//b//')).toBe('a//b');
    expect(trimSlashes('a')).toBe('a');
    expect(trimSlashes('/de-an-04/')).toBe('de-an-04');
  });

  it('writes every page path as a folder', () => {
    expect(directoryPath('')).toBe('/');
    expect(directoryPath('de-an-04')).toBe('/de-an-04/');
    expect(directoryPath('/a/b/')).toBe('/a/b/');
  });

  it('puts the base in front and keeps fragments after the trailing slash', () => {
    expect(joinBase('/de-an-04/', '')).toBe('/de-an-04/');
    expect(joinBase('/de-an-04/', 'de-an')).toBe('/de-an-04/de-an/');
    expect(joinBase('/de-an-04/', '/thuc-trang#doi-chieu')).toBe('/de-an-04/thuc-trang/#doi-chieu');
    expect(joinBase('/', 'tim-kiem?q=hoa')).toBe('/tim-kiem/?q=hoa');
  });

  it('strips the base to compare a page with the menu', () => {
    expect(stripBase('/de-an-04/', '/de-an-04/')).toBe('');
    expect(stripBase('/de-an-04/', '/de-an-04/quan-huyen/dong-da/')).toBe('quan-huyen/dong-da');
    expect(stripBase('/', '/de-an/')).toBe('de-an');
  });

  it('marks the menu entry of the page, and of the section a page is in', () => {
    expect(currentState('', '')).toBe('page');
    expect(currentState('', 'de-an')).toBeUndefined();
    expect(currentState('quan-huyen', 'quan-huyen')).toBe('page');
    expect(currentState('quan-huyen', 'quan-huyen/dong-da')).toBe('true');
    expect(currentState('lop-hoc', 'lo-trinh')).toBeUndefined();
  });
});

describe('table of contents', () => {
  const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

  it('nests deeper headings under the one before and drops the printed colon', () => {
    const toc = buildToc([h(2, 'I:'), h(3, 'I1:'), h(3, 'I2'), h(2, 'II'), h(4, 'II-deep'), h(3, 'II1')], 2, 4);
    expect(toc.map((i) => i.text)).toEqual(['I', 'II']);
    expect(toc[0]!.children.map((i) => i.text)).toEqual(['I1', 'I2']);
    expect(toc[1]!.children.map((i) => i.text)).toEqual(['II-deep', 'II1']);
  });

  it('leaves out headings outside the depth range', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'I'), h(4, 'deep')], 2, 3);
    expect(toc).toEqual([{ depth: 2, slug: 'i', text: 'I', children: [] }]);
  });
});

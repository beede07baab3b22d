import { describe, expect, it } from 'vitest';
import { notFoundPage } from '../../src/page-models/not-found.ts';
import { sampleContext } from './context.ts';

describe('the 404 page model', () => {
  const ctx = sampleContext();
  const m = notFoundPage(ctx);

  it('is titled as not found, with the layout’s default description and no breadcrumbs', () => {
    expect(m.frame.title).toBe('Không tìm thấy trang');
    expect(m.frame.description).toBeUndefined();
    expect(m.frame.breadcrumbs).toBeUndefined();
  });

  it('hands the layout the data chrome once', () => {
    expect(m.frame.chrome).toBe(ctx.chrome);
  });
});

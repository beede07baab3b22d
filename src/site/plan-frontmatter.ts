/**
 * The frontmatter of the plan's text (src/content/de-an.mdx) as the build reads it: what the file
 * says, and the section anchors the document-anchors plugin (src/site/document-anchors.ts) adds.
 * Pure, so that its errors can be tested without rendering the MDX.
 */
import { z } from 'zod';

const schema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Where the transcription was taken from. */
  source: z.string().min(1),
  /** Section path ("III.2") → heading anchor. */
  sections: z.record(z.string(), z.string()).optional(),
});

type Checked = z.infer<typeof schema>;

export interface PlanFrontmatter {
  data: Omit<Checked, 'sections'>;
  sections: NonNullable<Checked['sections']>;
}

/** The frontmatter checked; throws one Vietnamese message, with its key, naming every wrong field. */
export function planFrontmatter(raw: unknown): PlanFrontmatter {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`Phần đầu của src/content/de-an.mdx sai (invalid-document-frontmatter):\n${z.prettifyError(parsed.error)}`);
  const { sections, ...data } = parsed.data;
  if (!sections || Object.keys(sections).length === 0) throw new Error('Văn bản đề án không có mục đánh số nào (missing-sections)');
  return { data, sections };
}

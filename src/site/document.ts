import { getEntry, render } from 'astro:content';

async function load() {
  const entry = await getEntry('documents', 'de-an');
  if (!entry) throw new Error('Thiếu văn bản đề án src/content/de-an.mdx (missing-document)');
  const rendered = await render(entry);
  // Put there by the document-anchors plugin (src/site/document-anchors.ts).
  const sections = rendered.remarkPluginFrontmatter['sections'] as Record<string, string> | undefined;
  if (!sections) throw new Error('Văn bản đề án không có mục đánh số nào (missing-sections)');
  return { entry, Content: rendered.Content, headings: rendered.headings, sections };
}

let pending: ReturnType<typeof load> | undefined;

/** The plan's text, rendered once per build, with its section path → anchor map. */
export function getPlanDocument(): ReturnType<typeof load> {
  pending ??= load();
  return pending;
}

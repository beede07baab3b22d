import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Texts transcribed from paper: the plan itself (de-an.mdx). */
const documents = defineCollection({
  loader: glob({ base: './src/content', pattern: '*.mdx' }),
  schema: z.strictObject({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Where the transcription was taken from. */
    source: z.string().min(1),
  }),
});

export const collections = { documents };

import { z } from 'zod';

/**
 * A job posting or recruiter message, as every extractor produces it and the engine reads it.
 * Every field is optional: chat messages often carry nothing but a description, and a missing
 * field is itself information (no company name is a red flag, see rules/identity).
 */
const text = z.string().max(2_000_000);

/** Structured facts read from JSON-LD or microdata (schema.org JobPosting), when a page has them. */
export const StructuredSchema = z
  .object({
    hiringOrganization: z
      .object({ name: z.string().optional(), sameAs: z.string().optional(), url: z.string().optional() })
      .optional(),
    baseSalary: z
      .object({
        currency: z.string().optional(),
        min: z.number().optional(),
        max: z.number().optional(),
        value: z.number().optional(),
        unitText: z.string().optional(),
      })
      .optional(),
    jobLocation: z
      .array(z.object({ locality: z.string().optional(), region: z.string().optional(), country: z.string().optional(), street: z.string().optional() }))
      .optional(),
    employmentType: z.array(z.string()).optional(),
    datePosted: z.string().optional(),
    validThrough: z.string().optional(),
    identifier: z.string().optional(),
  })
  .partial();

export const PostingSchema = z.object({
  id: z.string().max(500).optional(),
  title: text.optional(),
  company: text.optional(),
  location: text.optional(),
  salary: text.optional(),
  description: text.optional(),
  contact: text.optional(),
  url: z.string().max(10_000).optional(),
  /** BCP 47 language tag if known (from the page or the input); the engine does not require it. */
  lang: z.string().max(35).optional(),
  structured: StructuredSchema.optional(),
});

export type Posting = z.infer<typeof PostingSchema>;
export type Structured = z.infer<typeof StructuredSchema>;

/** The text fields the engine reads, in the order they are joined for matching. */
export const TEXT_FIELDS = ['title', 'company', 'location', 'salary', 'contact', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

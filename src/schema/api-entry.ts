import * as z from 'zod'

// The API grows fields often; only the ones read are checked, the rest pass.
// Every read field may be absent or null: a missing field is a null in the
// record, not a lost entry (only the title is required, see `readApiJson`).

/**
 * An organization as the Daily Papers API gives it: `name` is the Hugging
 * Face handle (`MHUGLab`), `fullname` the display name.
 *
 * @example
 * ApiOrganizationSchema.parse({name: 'tencent', fullname: 'Tencent'})
 */
export const ApiOrganizationSchema = z.looseObject({
  name: z.string().min(1),
  fullname: z.string().nullish()
})

/**
 * The `paper` object of a Daily Papers API entry (also what
 * `/api/papers/<id>` returns on its own). `publishedAt` is the arXiv date;
 * `submittedOnDailyAt` is when it was put on the daily list.
 *
 * @example
 * ApiPaperSchema.parse({id: '2602.23229', title: 'A title', summary: 'An abstract.', upvotes: 10})
 */
export const ApiPaperSchema = z.looseObject({
  id: z.string().min(1).nullish(),
  title: z.string().nullish(),
  summary: z.string().nullish(),
  upvotes: z.number().int().min(0).nullish(),
  authors: z.array(z.unknown()).nullish(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]|$)/, 'expected an ISO date').nullish(),
  submittedOnDailyAt: z.string().nullish(),
  githubRepo: z.string().nullish(),
  projectPage: z.string().nullish(),
  organization: ApiOrganizationSchema.nullish()
})

/** The `paper` object of a Daily Papers API entry. */
export type ApiPaper = z.infer<typeof ApiPaperSchema>

/**
 * One entry of the Daily Papers API (`/api/daily_papers`): the `paper`, and
 * around it the list's own copy of the title and summary, the comment count
 * and the organization. The top-level `publishedAt` is when the entry was
 * published on the list, not the paper's date.
 *
 * @example
 * ApiEntrySchema.parse({paper: {id: '2602.23229', title: 'A title'}, numComments: 1})
 */
export const ApiEntrySchema = z.looseObject({
  paper: ApiPaperSchema.nullish(),
  title: z.string().nullish(),
  summary: z.string().nullish(),
  numComments: z.number().int().min(0).nullish(),
  organization: ApiOrganizationSchema.nullish()
})

/** One entry of the Daily Papers API. */
export type ApiEntry = z.infer<typeof ApiEntrySchema>

import * as z from 'zod'
import {inputFormats} from './input-formats.js'
import {MessageSchema} from './message.js'
import {SpanSchema} from './place.js'

/**
 * A calendar date as a listing shows it: `year` is null when the listing
 * omits it (`Sep 16`) and no year was supplied.
 *
 * @example
 * ListingDateSchema.parse({year: null, month: 9, day: 16})
 */
export const ListingDateSchema = z.object({
  year: z.number().int().min(1900).max(2999).nullable(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31)
})

/** A calendar date as a listing shows it. */
export type ListingDate = z.infer<typeof ListingDateSchema>

/**
 * The kinds of link a paper record can carry.
 *
 * @example
 * LinkKindSchema.parse('code')
 */
export const LinkKindSchema = z.enum(['code', 'project', 'dataset', 'paper', 'other'])

/** The kind of a link. */
export type LinkKind = z.infer<typeof LinkKindSchema>

/**
 * A URL (or an `arXiv:2411.04330v2` reference) found in a record.
 *
 * @example
 * LinkSchema.parse({url: 'https://github.com/a/b', kind: 'code'})
 */
export const LinkSchema = z.object({url: z.string().min(1), kind: LinkKindSchema})

/** A URL found in a record. */
export type Link = z.infer<typeof LinkSchema>

/**
 * An organization shown on a record (`tencent Tencent`): its Hugging Face
 * handle and its display name.
 *
 * @example
 * OrganizationSchema.parse({handle: 'tencent', name: 'Tencent'})
 */
export const OrganizationSchema = z.object({handle: z.string().min(1), name: z.string().min(1)})

/** An organization shown on a record. */
export type Organization = z.infer<typeof OrganizationSchema>

/**
 * One paper of a listing.
 *
 * - `abstract` is one paragraph: hard wraps are joined, the rest is verbatim.
 * - `authors` is the author count, or null when the record shows an
 *   organization instead (or nothing).
 * - `date` is the paper's date; null when the record has no meta lines.
 * - `published` is `date` as an ISO `YYYY-MM-DD` string when its year is known.
 * - `comments` is the discussion count (0 when the meta lines show none, null
 *   without meta lines); `upvotes` is null when the capture does not show them.
 * - `position` places the record, its title and its abstract in the source.
 *
 * @example
 * const {papers} = parseListing(text)
 * PaperSchema.parse(papers[0])
 */
export const PaperSchema = z.object({
  index: z.number().int().min(0),
  title: z.string().min(1),
  abstract: z.string(),
  authors: z.number().int().min(0).nullable(),
  organization: OrganizationSchema.nullable(),
  date: ListingDateSchema.nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  comments: z.number().int().min(0).nullable(),
  upvotes: z.number().int().min(0).nullable(),
  arxivId: z.string().nullable(),
  links: z.array(LinkSchema),
  position: z.object({record: SpanSchema, title: SpanSchema, abstract: SpanSchema})
})

/** One paper of a listing. */
export type Paper = z.infer<typeof PaperSchema>

/**
 * The input formats `parseListing` reads.
 *
 * @example
 * InputFormatSchema.parse('markdown')
 */
export const InputFormatSchema = z.enum(inputFormats)

/** An input format. */
export type InputFormat = z.infer<typeof InputFormatSchema>

/**
 * What `parseListing` returns: the listing's own date (the page date, such as
 * `Nov 12`), its papers, and the messages about what could not be read.
 *
 * @example
 * ListingSchema.parse(parseListing(text))
 */
export const ListingSchema = z.object({
  format: InputFormatSchema,
  date: ListingDateSchema.nullable(),
  papers: z.array(PaperSchema),
  messages: z.array(MessageSchema)
})

/** A parsed listing. */
export type Listing = z.infer<typeof ListingSchema>

import * as z from 'zod'

/**
 * A point in a source text: 1-based `line` and `column`, 0-based `offset`
 * (UTF-16 code units into the string that was parsed), as in unist.
 *
 * @example
 * PointSchema.parse({line: 3, column: 1, offset: 42})
 */
export const PointSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0)
})

/** A point in a source text. */
export type Point = z.infer<typeof PointSchema>

/**
 * A range in a source text: `start` is inclusive, `end` exclusive, so
 * `text.slice(start.offset, end.offset)` is the covered source.
 *
 * @example
 * SpanSchema.parse({
 *   start: {line: 1, column: 1, offset: 0},
 *   end: {line: 1, column: 6, offset: 5}
 * })
 */
export const SpanSchema = z.object({start: PointSchema, end: PointSchema})

/** A range in a source text. */
export type Span = z.infer<typeof SpanSchema>

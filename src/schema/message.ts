import * as z from 'zod'
import {PointSchema} from './place.js'

/**
 * A problem found in the input, in the style of `vfile-message`: a `reason`,
 * the `place` it was found at, the `ruleId` of the check that found it and the
 * `source` (always `benchmark-claims`). `fatal: true` means the input (or that
 * part of it) could not be read at all.
 *
 * @example
 * MessageSchema.parse({
 *   reason: 'Expected an abstract after the title',
 *   ruleId: 'missing-abstract',
 *   source: 'benchmark-claims',
 *   place: {line: 12, column: 1, offset: 480},
 *   fatal: false
 * })
 */
export const MessageSchema = z.object({
  reason: z.string().min(1),
  ruleId: z.string().min(1),
  source: z.literal('benchmark-claims'),
  place: PointSchema,
  fatal: z.boolean()
})

/** A problem found in the input. */
export type Message = z.infer<typeof MessageSchema>

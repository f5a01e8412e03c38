import * as z from 'zod'

/**
 * A benchmark or data set the extractor can name: its canonical spelling
 * (`MATH-500`) and the other spellings that mean it (`MATH500`, `MATH 500`).
 *
 * @example
 * BenchmarkEntrySchema.parse({name: 'MATH-500', aliases: ['MATH500']})
 */
export const BenchmarkEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  area: z.string().optional()
})

/** A benchmark registry entry. */
export type BenchmarkEntry = z.input<typeof BenchmarkEntrySchema>

/**
 * A metric the extractor can name, whether a higher value is better
 * (accuracy) or a lower one (latency, error rate), and whether it measures
 * an amount rather than a score on a fixed scale (`quantity`: throughput,
 * speed, reward), so that a % change of it is relative.
 *
 * @example
 * MetricEntrySchema.parse({name: 'latency', aliases: ['inference latency'], higherIsBetter: false})
 * MetricEntrySchema.parse({name: 'throughput', higherIsBetter: true, quantity: true})
 */
export const MetricEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  higherIsBetter: z.boolean().default(true),
  quantity: z.boolean().optional()
})

/** A metric registry entry. */
export type MetricEntry = z.input<typeof MetricEntrySchema>

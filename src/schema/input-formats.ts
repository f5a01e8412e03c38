/**
 * The input formats `parseListing` reads, as plain values: what
 * `InputFormatSchema` is built from, for code that must not load zod (the
 * CLI checks `--input-format` before it loads anything heavy).
 *
 * @example
 * inputFormats.includes('markdown') // true
 */
export const inputFormats = ['text', 'markdown', 'text-dump', 'api-json', 'arxiv-jsonl'] as const

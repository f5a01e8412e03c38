import builtInSuffixes from '../registry/model-suffixes.json'

/**
 * The size or checkpoint words glued to a name with hyphens (`-32B`,
 * `-Medium`, `-7B-Instruct`, `-30B-A3B` with its active parameters), at the
 * start of the text after it; the suffix words come from `model-suffixes.json`.
 *
 * @example
 * checkpointSuffix.exec('-32B with budget forcing')?.[0] // '-32B'
 */
export const checkpointSuffix = new RegExp(String.raw`^(?:-(?:\d{1,4}(?:\.\d{1,2})?[BMK]|A\d{1,3}(?:\.\d{1,2})?B|${(builtInSuffixes as string[]).join('|')}))+(?![\p{L}\p{N}])`, 'u')

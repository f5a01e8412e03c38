import type {Claim} from '../schema/claim.js'
import {extractClaims, type ExtractOptions} from './extract-claims.js'

/**
 * The part of a vfile the plugin uses. Declared here, not imported from
 * `vfile`/`unified`, because those ship ES modules only: importing their types
 * would break the CommonJS declarations of this package.
 */
export interface ClaimsFile {
  value: unknown
  data: {claims?: Claim[]; [key: string]: unknown}
}

/**
 * A unified (retext) plugin: extract the quantitative claims of the file's
 * text and attach them to `file.data.claims` (`Claim[]`). The tree is left
 * unchanged.
 *
 * @example
 * import retextEnglish from 'retext-english'
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 *
 * const processor = unified().use(retextEnglish).use(retextClaims)
 * const file = new VFile('It improves GSM8K accuracy by 4.9%.')
 * await processor.run(processor.parse(file), file)
 * file.data.claims // [{benchmark: 'GSM8K', delta: 4.9, …}]
 */
export function retextClaims(options?: ExtractOptions): (tree: unknown, file: ClaimsFile) => undefined {
  return function (_tree, file) {
    const {value} = file
    const text = typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : ''
    file.data.claims = extractClaims(text, options ?? {})
    return undefined
  }
}

import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Claim} from '../schema/claim.js'
import {extractClaims, type ExtractOptions} from './extract-claims.js'

declare module 'vfile' {
  interface DataMap {
    /** The claims `retextClaims` found in the file. */
    claims: Claim[]
  }
}

/**
 * A unified (retext) plugin: extract the quantitative claims of the file's
 * text and attach them to `file.data.claims`. The tree is left unchanged.
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
const retextClaims: Plugin<[ExtractOptions?], Root> = function (options) {
  return function (_tree: Root, file: VFile) {
    file.data.claims = extractClaims(String(file), options ?? {})
  }
}

export {retextClaims}

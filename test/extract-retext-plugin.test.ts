import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {retextClaims} from '../src/extract/retext-claims.js'
import type {Claim} from '../src/schema/claim.js'

const claimsOf = (file: VFile) => file.data.claims as Claim[] | undefined

describe('retextClaims', () => {
  it('attaches the claims of the file to file.data.claims', async () => {
    const processor = unified().use(retextEnglish).use(retextClaims)
    const file = new VFile('Our agent reaches 61.5% on WebShop. It is small.')
    await processor.run(processor.parse(file), file)
    expect(claimsOf(file)).toHaveLength(1)
    expect(claimsOf(file)?.[0]).toMatchObject({value: 61.5, unit: '%', benchmark: 'WebShop'})
  })

  it('passes extra registry entries on', async () => {
    const processor = unified().use(retextEnglish).use(retextClaims, {benchmarks: [{name: 'Quokka-QA', aliases: []}]})
    const file = new VFile('We score 44.0% on Quokka-QA.')
    await processor.run(processor.parse(file), file)
    expect(claimsOf(file)?.[0]?.benchmark).toBe('Quokka-QA')
  })

  it('reads files given as bytes', async () => {
    const processor = unified().use(retextEnglish).use(retextClaims)
    const file = new VFile(new TextEncoder().encode('Our agent reaches 61.5% on WebShop.'))
    await processor.run(processor.parse(file), file)
    expect(claimsOf(file)?.[0]?.value).toBe(61.5)
  })
})

import {describe, expect, it} from 'vitest'
import {createProgress} from '../src/cli/create-progress.js'

const megabyte = 1024 * 1024

function fakeStream(isTTY: boolean) {
  const written: string[] = []
  return {
    written,
    stream: {
      isTTY,
      write(text: string) {
        written.push(text)
        return true
      }
    } as unknown as Pick<NodeJS.WriteStream, 'isTTY' | 'write'>
  }
}

describe('createProgress', () => {
  it.each([
    // [size, stderr is a TTY, env, quiet, draws]
    [6 * megabyte, true, {}, false, true],
    [6 * megabyte, false, {}, false, false],
    [6 * megabyte, true, {CI: 'true'}, false, false],
    [6 * megabyte, true, {}, true, false],
    [4 * megabyte, true, {}, false, false],
    [undefined, true, {}, false, false]
  ] as const)('size %s, TTY %s, env %j, quiet %s → draws: %s', (size, isTTY, env, quiet, draws) => {
    const {stream, written} = fakeStream(isTTY)
    const progress = createProgress(size, stream, {quiet, env})
    progress.advance(3 * megabyte)
    progress.clear()
    progress.done()
    expect(written.length > 0).toBe(draws)
    if (draws) {
      expect(written[0]).toMatch(/^\r\[#{14,16}\.{14,16}\] {2}50% 3\.1\/6\.3 MB [\d.]+ MB\/s$/)
      expect(written.at(-1)).toBe('\r\u001B[K')
    }
  })

  it('redraws at most every 100 ms', () => {
    const {stream, written} = fakeStream(true)
    const progress = createProgress(100 * megabyte, stream, {quiet: false, env: {}})
    for (let index = 0; index < 1000; index++) progress.advance(1024)
    expect(written.length).toBeLessThan(5)
  })
})

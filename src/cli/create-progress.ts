/** A progress bar for reading a large input. */
export interface Progress {
  /** Count `bytes` more as read. */
  advance(bytes: number): void
  /** Clear the bar's line, so a message can be written there. */
  clear(): void
  /** Remove the bar. */
  done(): void
}

const silent: Progress = {advance() {}, clear() {}, done() {}}

/** Inputs smaller than this finish before a bar would help. */
const minimumSize = 5 * 1024 * 1024

/**
 * A progress bar on stderr for inputs over 5 MB — only when stderr is a
 * terminal, and never in CI (`CI` set) or with `--quiet`, so pipes and logs
 * stay clean.
 *
 * @example
 * const progress = createProgress(size, process.stderr, {quiet: false})
 * progress.advance(chunk.length)
 */
export function createProgress(
  total: number | undefined,
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>,
  options: {quiet: boolean; env?: Record<string, string | undefined> | undefined}
): Progress {
  const env = options.env ?? process.env
  if (options.quiet || !stream.isTTY || env.CI || total === undefined || total < minimumSize) return silent

  const width = 30
  const started = Date.now()
  let read = 0
  let last = 0

  function draw() {
    const part = Math.min(1, read / total!)
    const filled = Math.round(part * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? read / 1e6 / seconds : 0
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(part * 100)).padStart(3)}% ` +
        `${(read / 1e6).toFixed(1)}/${(total! / 1e6).toFixed(1)} MB ${rate.toFixed(1)} MB/s`
    )
  }

  return {
    advance(bytes) {
      read += bytes
      const now = Date.now()
      if (now - last >= 100) {
        last = now
        draw()
      }
    },
    clear() {
      stream.write('\r\u001B[K')
    },
    done() {
      stream.write('\r\u001B[K')
    }
  }
}

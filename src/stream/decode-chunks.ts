/** What the streaming functions read: a Node readable or any async iterable of text or bytes. */
export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

// Decoded 32 KB at a time, a piece is at most 64 KB of UTF-16: under V8's
// 128 KB large-object size, so it needs no fresh pages of its own. Decoding a
// 1 MB chunk in one string costs ten times as much here (page faults; measured).
const PIECE_BYTES = 32_768
const PIECE_CHARACTERS = 32_768

/**
 * Decode a stream of UTF-8 bytes (or strings) into text: for each chunk
 * that decodes to some text, that text as pieces of at most 32,768
 * characters (joined, they are the chunk's text). A character split across
 * two chunks comes out whole; a BOM is kept, so offsets match those of the
 * file read whole (`fs.readFileSync(file, 'utf8')`).
 *
 * @example
 * for await (const pieces of decodeChunks(fs.createReadStream('listing.txt'))) console.log(pieces.join('').length)
 */
export async function* decodeChunks(source: ChunkSource): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})

  for await (const chunk of source) {
    const pieces: string[] = []
    if (typeof chunk === 'string') {
      for (let at = 0; at < chunk.length; at += PIECE_CHARACTERS) pieces.push(chunk.slice(at, at + PIECE_CHARACTERS))
    } else {
      for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
        const text = decoder.decode(chunk.subarray(at, at + PIECE_BYTES), {stream: true})
        if (text !== '') pieces.push(text)
      }
    }

    if (pieces.length > 0) yield pieces
  }

  const rest = decoder.decode()
  if (rest !== '') yield [rest]
}

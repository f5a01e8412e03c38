/** What the streaming functions read: a Node readable or any async iterable of text or bytes. */
export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

/**
 * Decode a stream of UTF-8 bytes (or strings) into strings. A character
 * split across two chunks comes out whole; a BOM is kept, so offsets match
 * those of the file read whole (`fs.readFileSync(file, 'utf8')`).
 *
 * @example
 * for await (const text of decodeChunks(fs.createReadStream('listing.txt'))) console.log(text.length)
 */
export async function* decodeChunks(source: ChunkSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})

  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true})
    if (text !== '') yield text
  }

  const rest = decoder.decode()
  if (rest !== '') yield rest
}

/**
 * A JSON value with the offsets of its source text (`start` inclusive, `end`
 * exclusive; a string's span includes its quotes).
 */
export type JsonNode =
  | {type: 'object'; start: number; end: number; entries: Map<string, JsonNode>}
  | {type: 'array'; start: number; end: number; items: JsonNode[]}
  | {type: 'string'; start: number; end: number; value: string}
  | {type: 'number'; start: number; end: number; value: number}
  | {type: 'boolean'; start: number; end: number; value: boolean}
  | {type: 'null'; start: number; end: number; value: null}

/**
 * Where and why a text is not JSON: `reason` is "`expected`, not `found`"
 * (`Expected \`:\` after a property name, not \`{\``), the parts kept
 * apart so that a reader can say which JSON it expected.
 */
export interface JsonError {
  reason: string
  expected: string
  found: string
  offset: number
}

// Deeper nesting is hostile input, not a listing: stop before the call stack does.
const MAX_DEPTH = 512

// One JSON number, anchored (sticky) at the current offset.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

/**
 * Parse JSON and keep the source span of every value, so that records and
 * messages can point into the text. Unlike `JSON.parse`, a syntax error comes
 * back as an offset, and nothing is thrown. A leading BOM and NBSP between
 * tokens are taken as whitespace.
 *
 * @example
 * const result = scanJson('{"title": "A"}')
 * if ('node' in result && result.node.type === 'object') {
 *   result.node.entries.get('title') // {type: 'string', start: 10, end: 13, value: 'A'}
 * }
 */
export function scanJson(text: string): {node: JsonNode} | {error: JsonError} {
  let index = 0

  try {
    skipSpace()
    const node = value(0)
    skipSpace()
    if (index < text.length) fail('Expected nothing after the JSON value')
    return {node}
  } catch (error) {
    if (error instanceof SyntaxErrorAt) return {error: {reason: error.message, expected: error.expected, found: error.found, offset: error.offset}}
    throw error
  }

  function value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) fail('Expected at most ' + MAX_DEPTH + ' levels of nesting')
    const code = text.charCodeAt(index)
    if (code === 123 /* { */) return object(depth)
    if (code === 91 /* [ */) return array(depth)
    if (code === 34 /* " */) return string()
    const start = index
    if (text.startsWith('true', start)) return {type: 'boolean', start, end: (index += 4), value: true}
    if (text.startsWith('false', start)) return {type: 'boolean', start, end: (index += 5), value: false}
    if (text.startsWith('null', start)) return {type: 'null', start, end: (index += 4), value: null}
    NUMBER.lastIndex = start
    const match = NUMBER.exec(text)
    if (match) return {type: 'number', start, end: (index += match[0].length), value: Number(match[0])}

    return fail('Expected a JSON value (object, array, string, number, true, false or null)')
  }

  function object(depth: number): JsonNode {
    const start = index
    const entries = new Map<string, JsonNode>()
    index++
    skipSpace()
    if (text.charCodeAt(index) === 125 /* } */) {
      index++
      return {type: 'object', start, end: index, entries}
    }

    for (;;) {
      if (text.charCodeAt(index) !== 34) fail('Expected a property name in double quotes')
      const key = string().value
      skipSpace()
      if (text.charCodeAt(index) !== 58 /* : */) fail('Expected `:` after a property name')
      index++
      skipSpace()
      // Later duplicates win, as with `JSON.parse`.
      entries.set(key, value(depth + 1))
      skipSpace()
      const code = text.charCodeAt(index)
      index++
      if (code === 125 /* } */) return {type: 'object', start, end: index, entries}
      if (code !== 44 /* , */) fail('Expected `,` or `}` after a property', index - 1)
      skipSpace()
    }
  }

  function array(depth: number): JsonNode {
    const start = index
    const items: JsonNode[] = []
    index++
    skipSpace()
    if (text.charCodeAt(index) === 93 /* ] */) {
      index++
      return {type: 'array', start, end: index, items}
    }

    for (;;) {
      items.push(value(depth + 1))
      skipSpace()
      const code = text.charCodeAt(index)
      index++
      if (code === 93 /* ] */) return {type: 'array', start, end: index, items}
      if (code !== 44 /* , */) fail('Expected `,` or `]` after an array item', index - 1)
      skipSpace()
    }
  }

  function string(): {type: 'string'; start: number; end: number; value: string} {
    const start = index
    let result = ''
    let chunkStart = ++index
    for (;;) {
      const code = text.charCodeAt(index)
      if (Number.isNaN(code)) fail('Expected `"` to close the string')
      if (code === 34 /* " */) {
        result += text.slice(chunkStart, index)
        index++
        return {type: 'string', start, end: index, value: result}
      }

      if (code < 32) fail('Expected no raw control character in a string (escape it)')
      if (code === 92 /* \ */) {
        result += text.slice(chunkStart, index)
        const next = text.charAt(index + 1)
        if (next === 'u') {
          const hex = text.slice(index + 2, index + 6)
          if (!/^[\dA-Fa-f]{4}$/.test(hex)) fail('Expected four hexadecimal digits after `\\u`')
          result += String.fromCharCode(Number.parseInt(hex, 16))
          index += 6
        } else {
          const escaped = ESCAPES[next]
          if (escaped === undefined) fail('Expected a valid escape after `\\`')
          result += escaped
          index += 2
        }

        chunkStart = index
      } else index++
    }
  }

  function skipSpace() {
    for (;;) {
      const code = text.charCodeAt(index)
      if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0xfeff) index++
      else return
    }
  }

  function fail(reason: string, offset = index): never {
    const found = offset < text.length ? '`' + text.charAt(offset) + '`' : 'the end'
    throw new SyntaxErrorAt(reason, found, offset)
  }
}

/**
 * Turn a scanned node into the plain value `JSON.parse` would give (objects
 * get own `__proto__` keys, never a prototype change).
 *
 * @example
 * const result = scanJson('[1, {"a": null}]')
 * if ('node' in result) toPlain(result.node) // [1, {a: null}]
 */
export function toPlain(node: JsonNode): unknown {
  if (node.type === 'array') return node.items.map((item) => toPlain(item))
  if (node.type === 'object') {
    const result: Record<string, unknown> = {}
    for (const [key, child] of node.entries) {
      Object.defineProperty(result, key, {value: toPlain(child), enumerable: true, writable: true, configurable: true})
    }

    return result
  }

  return node.value
}

class SyntaxErrorAt extends Error {
  expected: string
  found: string
  offset: number
  constructor(expected: string, found: string, offset: number) {
    super(`${expected}, not ${found}`)
    this.expected = expected
    this.found = found
    this.offset = offset
  }
}

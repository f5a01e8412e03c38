import type {Nodes, PhrasingContent, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {CardItem, CardPart} from './card-item.js'
import {blankHostileBlocks} from './blank-hostile-blocks.js'
import {findBracketLabels, findDefinitionLabels, findReferenceLabels, normalizeLabel} from './find-markdown-labels.js'
import {flattenDeepContainers} from './flatten-deep-containers.js'
import {splitMarkdownChunks} from './split-markdown-chunks.js'

// Lists in lists in blockquotes…: a page nests a few levels, hostile input more.
const MAX_DEPTH = 64

const parser = unified().use(remarkParse)

/**
 * Parse a Markdown capture with remark and flatten its blocks (paragraphs,
 * headings, list items, blockquote content, HTML and code) into items of
 * text and link parts, in source order. Reference links whose definitions
 * are missing (a truncated capture) still count as links, with URL `''`.
 * `resolve` looks a reference label up among the definitions, for link
 * syntax that remark could not see (split over blocks). `blanked` lists
 * the blocks left out because remark would take super-linear time on them
 * (thousands of delimiters). Returns null when remark gives up.
 *
 * remark takes time quadratic in the blocks of one document, so the text is
 * parsed in pieces of about `options.chunkSize` (16 KB) that give the same
 * blocks (see `splitMarkdownChunks`), with offsets shifted back into `text`.
 *
 * @example
 * collectMarkdownItems('### [A title](https://huggingface.co/papers/2401.00001)')?.items[0]
 * // {heading: true, parts: [{text: 'A title', url: 'https://huggingface.co/papers/2401.00001', …}], …}
 */
export function collectMarkdownItems(
  text: string,
  options: {chunkSize?: number} = {}
): {items: CardItem[]; resolve: (label: string) => string; blanked: Array<{start: number; delimiters: number}>} | null {
  // Hostile shapes that remark reads in super-linear time, defused in place.
  const {text: safe, blocks: blanked} = blankHostileBlocks(flattenDeepContainers(text))
  // remark's time grows with the square of the blocks in one document, so it
  // parses the capture in pieces that give the same blocks as the whole.
  const starts = splitMarkdownChunks(safe, options.chunkSize)
  // A reference is a link only when its label is defined anywhere in the
  // page, far from it maybe. Every `][label]` counts as defined (a missing
  // definition, in a truncated capture: its URL is read as '' below), and so
  // does every label that a line seems to define; remark tells which truly do.
  const references = new Set(findReferenceLabels(text).map(normalizeLabel))
  const maybeDefined = new Set([...references, ...findDefinitionLabels(text).map(normalizeLabel)])

  // Label → URL, the first real definition of a label winning.
  const definitions = new Map<string, string>()
  const resolve = (label: string) => definitions.get(normalizeLabel(label)) ?? ''
  // Parts inside reference links: their URL is known once every piece is read.
  const referenced: Array<{part: CardPart; label: string}> = []
  // Each piece's items, collected at once so that its tree can go.
  const pieces: Array<{offset: number; text: string; labels: string[]; items: CardItem[]}> = []
  // Offsets in the parsed source minus `shift` are offsets in `text`; nodes
  // before `skip` are the placeholder definitions.
  let shift = 0
  let skip = 0
  let items: CardItem[] = []
  try {
    for (const [index, offset] of starts.entries()) {
      const chunk = safe.slice(offset, starts[index + 1] ?? safe.length)
      const labels = labelsToDefine(chunk, maybeDefined)
      const tree = parsePiece(offset, chunk, labels)
      for (const node of tree.children) {
        if (node.type !== 'definition' || (node.position?.start.offset ?? 0) < skip) continue
        const key = normalizeLabel(node.identifier)
        if (!definitions.has(key)) definitions.set(key, node.url)
      }

      pieces.push({offset, text: chunk, labels, items: collectTree(tree)})
    }

    // A line that looked like a definition but was not one (in a paragraph,
    // in code) must not make a reference a link: read those pieces again.
    const isDefined = (label: string) => references.has(normalizeLabel(label)) || definitions.has(normalizeLabel(label))
    for (const piece of pieces) {
      if (piece.labels.every(isDefined)) continue
      piece.labels = piece.labels.filter(isDefined)
      piece.items = collectTree(parsePiece(piece.offset, piece.text, piece.labels))
    }
  } catch {
    return null
  }

  for (const {part, label} of referenced) part.url = absolute(resolve(label))
  return {items: pieces.flatMap((piece) => piece.items), resolve, blanked}

  // Parse a piece of the page after a `[label]: #` line for each label, so
  // that its references to them are links (before it, where no open code
  // block or HTML of the piece can swallow them).
  function parsePiece(offset: number, chunk: string, labels: string[]): Root {
    const prefix = labels.length > 0 ? labels.map((label) => `[${label}]: #\n`).join('') + '\n' : ''
    skip = prefix.length
    shift = offset - skip
    return parser.parse(prefix + chunk)
  }

  function collectTree(tree: Root): CardItem[] {
    items = []
    for (const node of tree.children) collectBlock(node, 0)
    return items
  }

  function collectBlock(node: Nodes, depth: number): void {
    const at = node.position?.start.offset ?? 0
    if (at < skip) return
    const start = shift + at
    const end = shift + (node.position?.end.offset ?? at)
    if (node.type === 'paragraph' || node.type === 'heading') {
      const parts: CardPart[] = []
      collectPhrasing(node.children, null, null, parts, depth)
      items.push({heading: node.type === 'heading', parts, start, end})
    } else if (node.type === 'html' || node.type === 'code') {
      items.push({heading: false, parts: [{text: node.value, url: null, image: false, start, end}], start, end})
    } else if ((node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && depth < MAX_DEPTH) {
      for (const child of node.children) collectBlock(child, depth + 1)
    }
  }

  // `label`: that of the reference link the nodes are in, which gives their URL.
  function collectPhrasing(nodes: PhrasingContent[], url: string | null, label: string | null, parts: CardPart[], depth: number): void {
    if (depth > MAX_DEPTH) return
    const add = (part: CardPart) => {
      parts.push(part)
      if (label !== null) referenced.push({part, label})
    }

    for (const node of nodes) {
      const start = shift + (node.position?.start.offset ?? 0)
      const end = shift + (node.position?.end.offset ?? 0)
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          add({text: undoSpaceEscapes(node.value), url, image: false, start, end})
          break
        }

        case 'break': {
          add({text: '\n', url, image: false, start, end})
          break
        }

        case 'image':
        case 'imageReference': {
          add({text: writtenAlt(safe.slice(start, end)) ?? node.alt ?? '', url, image: true, start, end})
          break
        }

        case 'link': {
          collectPhrasing(node.children, absolute(node.url), null, parts, depth + 1)
          break
        }

        case 'linkReference': {
          collectPhrasing(node.children, '', node.identifier, parts, depth + 1)
          break
        }

        case 'emphasis':
        case 'strong':
        case 'delete': {
          collectPhrasing(node.children, url, label, parts, depth + 1)
          break
        }

        default: {
          // Inline HTML and the like: shown as written.
          if ('value' in node) add({text: node.value, url, image: false, start, end})
        }
      }
    }
  }
}

// Captures of huggingface.co keep its root-relative links (`/papers/<id>`).
function absolute(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? 'https://huggingface.co' + url : url
}

/**
 * Capture tools end hard-wrapped lines with an escaped backslash (`\\`) and
 * write a wrapped title's break as `\ `: a backslash before whitespace is a
 * wrap, not text. A line break is kept (for `joinHardWraps`), spaces become one.
 */
function undoSpaceEscapes(value: string): string {
  if (!value.includes('\\')) return value
  return value.replace(/\\(?=\s)[ \t]*(\r?\n)?/g, (_, newline: string | undefined) => (newline ? '\n' : ' '))
}

// The bracketed labels of a piece that may be defined somewhere, once each.
function labelsToDefine(chunk: string, maybeDefined: Set<string>): string[] {
  const labels = new Map<string, string>()
  for (const label of findBracketLabels(chunk)) {
    const key = normalizeLabel(label)
    if (key !== '' && maybeDefined.has(key) && !labels.has(key)) labels.set(key, label)
  }

  return [...labels.values()]
}

/**
 * The alt text of `![…](…)` as written, escapes undone, when it holds `_` or
 * `*`: remark reads alt text as Markdown, so an avatar's handle `a-_-_`
 * would lose its `_-_` to emphasis (`a--`). Undefined otherwise.
 */
function writtenAlt(source: string): string | undefined {
  if (!source.startsWith('![') || !/[_*]/u.test(source)) return undefined
  let depth = 0
  for (let at = 1; at < source.length; at++) {
    const char = source[at]
    if (char === '\\') at++
    else if (char === '[') depth++
    else if (char === ']' && --depth === 0) {
      const alt = source.slice(2, at)
      return /[_*]/u.test(alt) ? alt.replaceAll(/\\([!-/:-@[-`{-~])/gu, '$1') : undefined
    }
  }

  return undefined
}

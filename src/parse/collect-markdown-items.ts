import type {Nodes, PhrasingContent, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {CardItem, CardPart} from './card-item.js'
import {blankHostileBlocks} from './blank-hostile-blocks.js'
import {flattenDeepContainers} from './flatten-deep-containers.js'

// Lists in lists in blockquotes…: a page nests a few levels, hostile input more.
const MAX_DEPTH = 64
// A reference label is short (`[Title][12]`); longer brackets are not one.
const MAX_LABEL = 100

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
 * @example
 * collectMarkdownItems('### [A title](https://huggingface.co/papers/2401.00001)')?.items[0]
 * // {heading: true, parts: [{text: 'A title', url: 'https://huggingface.co/papers/2401.00001', …}], …}
 */
export function collectMarkdownItems(
  text: string
): {items: CardItem[]; resolve: (label: string) => string; blanked: Array<{start: number; delimiters: number}>} | null {
  // Define every `][label]` at the end, after the real definitions (the
  // first definition of a label wins), so that references whose definition
  // is missing still parse as links; their URL is read as null below.
  const labels = findReferenceLabels(text)
  // Hostile shapes that remark reads in super-linear time, defused in place.
  const {text: safe, blocks: blanked} = blankHostileBlocks(flattenDeepContainers(text))
  const source = labels.length > 0 ? safe + '\n\n' + labels.map((label) => `[${label}]: #`).join('\n') + '\n' : safe

  let tree: Root
  try {
    tree = parser.parse(source)
  } catch {
    return null
  }

  // Label → URL; `''` for the labels defined here because the page lacks them.
  const definitions = new Map<string, string>()
  for (const node of tree.children) {
    if (node.type !== 'definition') continue
    const key = normalizeLabel(node.identifier)
    const real = (node.position?.start.offset ?? 0) < text.length
    if (!definitions.has(key)) definitions.set(key, real ? node.url : '')
  }

  const resolve = (label: string) => definitions.get(normalizeLabel(label)) ?? ''
  const items: CardItem[] = []
  for (const node of tree.children) collectBlock(node, 0)
  return {items, resolve, blanked}

  function collectBlock(node: Nodes, depth: number): void {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (start >= text.length) return
    if (node.type === 'paragraph' || node.type === 'heading') {
      const parts: CardPart[] = []
      collectPhrasing(node.children, null, parts, depth)
      items.push({heading: node.type === 'heading', parts, start, end})
    } else if (node.type === 'html' || node.type === 'code') {
      items.push({heading: false, parts: [{text: node.value, url: null, image: false, start, end}], start, end})
    } else if ((node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && depth < MAX_DEPTH) {
      for (const child of node.children) collectBlock(child, depth + 1)
    }
  }

  function collectPhrasing(nodes: PhrasingContent[], url: string | null, parts: CardPart[], depth: number): void {
    if (depth > MAX_DEPTH) return
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? start
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          parts.push({text: undoSpaceEscapes(node.value), url, image: false, start, end})
          break
        }

        case 'break': {
          parts.push({text: '\n', url, image: false, start, end})
          break
        }

        case 'image':
        case 'imageReference': {
          parts.push({text: node.alt ?? '', url, image: true, start, end})
          break
        }

        case 'link': {
          collectPhrasing(node.children, absolute(node.url), parts, depth + 1)
          break
        }

        case 'linkReference': {
          collectPhrasing(node.children, absolute(resolve(node.identifier)), parts, depth + 1)
          break
        }

        case 'emphasis':
        case 'strong':
        case 'delete': {
          collectPhrasing(node.children, url, parts, depth + 1)
          break
        }

        default: {
          // Inline HTML and the like: shown as written.
          if ('value' in node) parts.push({text: node.value, url, image: false, start, end})
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

// Labels of full references `[text][label]`, found with indexOf: linear.
function findReferenceLabels(text: string): string[] {
  const labels = new Set<string>()
  let from = 0
  for (;;) {
    const at = text.indexOf('][', from)
    if (at === -1) break
    const close = text.indexOf(']', at + 2)
    from = at + 2
    if (close === -1 || close - at - 2 > MAX_LABEL || close === at + 2) continue
    const label = text.slice(at + 2, close)
    if (label.includes('[') || label.includes('\n') || label.includes('\r') || label.trim() === '') continue
    labels.add(label)
  }

  return [...labels]
}

// As CommonMark matches labels: case-insensitive, whitespace collapsed.
function normalizeLabel(label: string): string {
  return label.trim().split(/\s+/).join(' ').toLowerCase().toUpperCase()
}

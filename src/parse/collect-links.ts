import type {Link, LinkKind} from '../schema/paper.js'
import {isWideSpace} from './is-wide-space.js'

// Characters that end a URL in running text. Whitespace is checked apart
// (any Unicode space, including NBSP and U+3000, ends it too).
const URL_END = new Set(['<', '>', '"', '`', '{', '|', '\\', '^'])
// Punctuation that closes a sentence or a bracket rather than the URL.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*', '_', '~', '…', '。', '，', '、', '；'])
const CLOSERS = new Map([
  [')', '('],
  [']', '['],
  ['}', '{']
])

/**
 * Every link in a text, in order of first appearance and without duplicates:
 * `http(s)://` URLs (sentence punctuation and unbalanced closing brackets at
 * the end are not part of them) and `arXiv:2411.04330v2` references (as
 * `https://arxiv.org/abs/2411.04330v2`). Each gets a kind: `code`
 * (GitHub, GitLab, Hugging Face Spaces, other code hosts), `project`
 * (`*.github.io` and other project pages), `dataset` (Hugging Face datasets,
 * Kaggle, Zenodo, …), `paper` (arXiv, Hugging Face `/papers/<id>`, DOI,
 * OpenReview, ACL Anthology, …) or `other`.
 *
 * @example
 * collectLinks('Code: https://github.com/a/b. See arXiv:2411.04330v2.')
 * // [{url: 'https://github.com/a/b', kind: 'code'},
 * //  {url: 'https://arxiv.org/abs/2411.04330v2', kind: 'paper'}]
 */
export function collectLinks(text: string): Link[] {
  const found: Array<{at: number; url: string}> = []
  collectUrls(text, found)
  collectArxivReferences(text, found)
  found.sort((a, b) => a.at - b.at)

  const seen = new Set<string>()
  const links: Link[] = []
  for (const {url} of found) {
    if (seen.has(url)) continue
    seen.add(url)
    links.push({url, kind: classifyLink(url)})
  }

  return links
}

// What every arXiv reference starts with (in any case).
const ARXIV = /arxiv/i

/**
 * Whether a text may hold links for `collectLinks`: without `://` (every
 * URL has it) and `arxiv` in any case (every arXiv reference) it finds
 * none. A quick pre-test: a scan without copies or allocations (`://` is a
 * plain literal search, faster than the regex `/http|arxiv/i`).
 *
 * @example
 * mayHoldLinks('Code: https://github.com/a/b') // true
 * mayHoldLinks('We propose a method.') // false
 */
export function mayHoldLinks(text: string): boolean {
  return text.includes('://') || ARXIV.test(text)
}

/**
 * The kind of a URL, from its host and path.
 *
 * @example
 * classifyLink('https://huggingface.co/datasets/a/b') // 'dataset'
 * classifyLink('https://team.github.io/project/') // 'project'
 */
export function classifyLink(url: string): LinkKind {
  let host: string
  let path: string
  try {
    const parsed = new URL(url)
    host = parsed.hostname.toLowerCase().replace(/^www\./, '')
    path = parsed.pathname.toLowerCase()
  } catch {
    return 'other'
  }

  if (path.startsWith('/datasets/') || isOrUnder(host, DATASET_HOSTS)) return 'dataset'
  if (path.startsWith('/spaces/') || isOrUnder(host, CODE_HOSTS)) return 'code'
  if (path.startsWith('/papers/') || isOrUnder(host, PAPER_HOSTS)) return 'paper'
  if (isOrUnder(host, PROJECT_HOSTS) || host.endsWith('.github.io') || host.endsWith('.gitlab.io')) return 'project'
  if (host === 'sites.google.com') return 'project'
  return 'other'
}

const CODE_HOSTS = [
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'gitee.com',
  'sourceforge.net',
  'git.io',
  'anonymous.4open.science',
  'colab.research.google.com'
]
const DATASET_HOSTS = [
  'kaggle.com',
  'zenodo.org',
  'figshare.com',
  'dataverse.harvard.edu',
  'data.mendeley.com',
  'physionet.org',
  'datadryad.org',
  'openml.org'
]
const PAPER_HOSTS = [
  'arxiv.org',
  'doi.org',
  'dx.doi.org',
  'openreview.net',
  'aclanthology.org',
  'aclweb.org',
  'proceedings.neurips.cc',
  'papers.nips.cc',
  'proceedings.mlr.press',
  'ieeexplore.ieee.org',
  'dl.acm.org',
  'link.springer.com',
  'semanticscholar.org',
  'biorxiv.org',
  'medrxiv.org',
  'ssrn.com',
  'papers.ssrn.com',
  'jmlr.org',
  'openaccess.thecvf.com',
  'ojs.aaai.org',
  'ijcai.org',
  'nature.com',
  'science.org',
  'sciencedirect.com',
  'alphaxiv.org'
]
const PROJECT_HOSTS = ['netlify.app', 'vercel.app', 'pages.dev', 'notion.site', 'readthedocs.io']

function isOrUnder(host: string, hosts: readonly string[]): boolean {
  return hosts.some((known) => host === known || host.endsWith('.' + known))
}

// `http` in any case; a literal, so the search is a plain scan.
const HTTP = /http/gi

// Scan for `http://` / `https://` with indexOf: linear, no backtracking.
function collectUrls(text: string, found: Array<{at: number; url: string}>): void {
  // Offsets are those of the lower-cased text. Lower-casing moves them only
  // after U+0130 (`İ` becomes two code units, the one code that grows), so
  // only then is the lower-cased copy made; otherwise `http` is found in any
  // case in the text itself, which saves a copy of every abstract.
  const lower = text.includes('\u0130') ? text.toLowerCase() : undefined
  let from = 0
  for (;;) {
    const at = lower === undefined ? findHttp(text, from) : lower.indexOf('http', from)
    if (at === -1) return
    const scheme = lower ?? text
    let start = at + 4
    // `s` or `S` (no other code lower-cases to `s`).
    if ((scheme.charCodeAt(start) | 0x20) === 115 /* s */) start++
    if (!scheme.startsWith('://', start)) {
      from = at + 4
      continue
    }

    // A URL glued to a word (`xhttps://`) is still a URL.
    let end = start + 3
    while (end < text.length && !endsUrl(text.charAt(end))) end++
    const url = trimTrailing(text.slice(at, end))
    if (url.length > scheme.slice(at, start + 3).length) found.push({at, url})
    from = end
  }
}

function findHttp(text: string, from: number): number {
  HTTP.lastIndex = from
  return HTTP.exec(text)?.index ?? -1
}

function endsUrl(character: string): boolean {
  return URL_END.has(character) || isSpace(character.charCodeAt(0))
}

// The characters `\s` matches (and controls), by code, for speed on long lines.
function isSpace(code: number): boolean {
  return code <= 32 || code === 0x85 || isWideSpace(code)
}

function trimTrailing(url: string): string {
  // Bracket counts are taken once and updated while trimming, so a URL
  // ending in thousands of `)` stays linear; and only when a closing
  // bracket ends the URL, which few do (a pass over every URL saved).
  let counts: Map<string, number> | undefined
  let end = url.length
  for (;;) {
    const last = url.charAt(end - 1)
    if (TRAILING.has(last)) {
      end--
      continue
    }

    const opener = CLOSERS.get(last)
    if (opener !== undefined) {
      counts ??= countBrackets(url)
      const closers = counts.get(last) ?? 0
      if ((counts.get(opener) ?? 0) < closers) {
        counts.set(last, closers - 1)
        end--
        continue
      }
    }

    return url.slice(0, end)
  }
}

function countBrackets(url: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const character of '()[]{}') counts.set(character, 0)
  for (const character of url) {
    const total = counts.get(character)
    if (total !== undefined) counts.set(character, total + 1)
  }

  return counts
}

// `arXiv:2411.04330v2`, `arXiv: 2411.04330`, `arXiv 2411.04330` (new-style
// identifiers). Bounded repetitions keep this linear.
const ARXIV_REFERENCE = /\barxiv:? ?(\d{4}\.\d{4,5}(?:v\d{1,3})?)(?!\d)/gi

function collectArxivReferences(text: string, found: Array<{at: number; url: string}>): void {
  for (const match of text.matchAll(ARXIV_REFERENCE)) {
    found.push({at: match.index, url: 'https://arxiv.org/abs/' + (match[1] as string)})
  }
}

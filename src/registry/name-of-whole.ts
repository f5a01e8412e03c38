import type {NameMatcher} from './create-name-matcher.js'

/**
 * The name `find` gives `text` when it reads all of it as one name
 * (`R@k` → `recall@k`), else undefined: a lookup of a whole phrase, not a
 * search inside it.
 *
 * @example
 * nameOfWhole(defaultRegistry().findMetrics, 'R@k') // 'recall@k'
 * nameOfWhole(defaultRegistry().findMetrics, 'pose error') // undefined
 */
export function nameOfWhole(find: NameMatcher, text: string): string | undefined {
  const found = find(text)
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]!.name : undefined
}

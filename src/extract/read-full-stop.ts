// What parse-english (retext) does with a full stop followed by a space, read
// from the word before it: after an initialism the full stop joins the word
// (`e.g.`, `U.S.`: parse-latin `mergeInitialisms`); after an abbreviation it
// ends no sentence (parse-english `abbreviations` and `abbreviationsSensitive`,
// parse-latin `abbreviationPrefix`, copied: the packages do not export them);
// after any other word, or a closing mark, it ends the sentence.
const englishAbbreviation =
  /^(?:t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/u
const englishAbbreviationSensitive =
  /^(?:(?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/u
const latinAbbreviation = /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/u

// Closing marks and symbols that no rule merges into a word: a full stop after
// one ends the sentence (`5.3%. We`, `(GRPO). It`).
const closers = new Set([')', ']', '}', '%', '+', '*', '"', '\u201D', "'", '\u2019'])

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

// White space and marks that no rule joins to a word after them; an inner-word
// mark (`-`, `_`, `:`, `=`, `@`) joins only one after a word.
const bounds = new Set([' ', '\t', '\n', '\r', '!', '"', '#', '$', '%', '(', ')', '*', '+', ',', ';', '<', '>', '[', ']', '^', '`', '{', '|', '}', '~'])
const innerMarks = new Set(['-', '_', ':', '=', '@'])

function isBound(text: string, at: number): boolean {
  const mark = text[at]!
  if (bounds.has(mark)) return true
  return innerMarks.has(mark) && (at === 0 || bounds.has(text[at - 1]!))
}

// Where a word of ASCII letters and digits joined by single `-` or `.` starts
// before `end`, when the text start or a bound (see above) is before it, or a
// `/` and the word is three characters or more (parse-latin
// `mergeInnerWordSlash` joins shorter ones).
function wordStart(text: string, end: number): number | undefined {
  let start = end
  while (start > 0) {
    const code = text.charCodeAt(start - 1)
    if (isAlphanumeric(code)) start--
    else if ((code === 45 || code === 46) && start < end && isAlphanumeric(text.charCodeAt(start - 2))) start--
    else break
  }
  if (start === end || !isAlphanumeric(text.charCodeAt(start))) return undefined
  if (start === 0 || isBound(text, start - 1)) return start
  return text[start - 1] === '/' && end - start >= 3 ? start : undefined
}

// parse-latin `mergeInitialisms`: the full stop joins a word whose last parts
// are single characters between full stops (`e.g`, `U.S`), unless all digits.
function isInitialism(word: string): boolean {
  // Its last part is one character after a full stop: most words fail here.
  if (word.charCodeAt(word.length - 2) !== 46) return false
  const parts = word.split(/([.-])/u)
  let digits = true
  for (let position = parts.length - 1; position >= 0; position--) {
    const part = parts[position]!
    if (position % 2 === 0) {
      if (part.length > 1) return false
      if (!/[0-9]/u.test(part)) digits = false
    } else if (part !== '.') {
      if (position < parts.length - 2) break
      return false
    }
  }
  return !digits
}

/**
 * What retext does with the full stop at `at` when a space follows it:
 * `'ends'` a sentence there (a capital or digit after the space starts the
 * next), `'stays'` in the sentence (initialisms, abbreviations), or
 * `undefined` when the text before it is not plain enough to tell.
 *
 * @example
 * readFullStop('It is 5.3%. We', 10) // 'ends'
 * readFullStop('See e.g. Wu', 7) // 'stays'
 * readFullStop('Seen in sept. The', 12) // 'stays'
 */
export function readFullStop(text: string, at: number): 'ends' | 'stays' | undefined {
  if (closers.has(text[at - 1]!)) return 'ends'
  const start = wordStart(text, at)
  if (start === undefined) return undefined
  const word = text.slice(start, at)
  if (isInitialism(word)) return 'stays'
  // No abbreviation has more than nine characters (`Northants`): longer
  // words skip the three tests (3 of findSafeBreaks' 11 ms on the seed ×40).
  if (word.length > 9) return 'ends'
  const lower = word.toLowerCase()
  return englishAbbreviation.test(lower) || latinAbbreviation.test(lower) || englishAbbreviationSensitive.test(word) ? 'stays' : 'ends'
}

/**
 * Nouns for people (human raters, experts, users), as a regular-expression
 * source for the rules that read them: a share people give is a human
 * preference, and a score people reach is a reference, not a system's.
 *
 * @example
 * new RegExp(`\\b${peopleWords}\\b`, 'u').test('human experts') // true
 */
export const peopleWords =
  '(?:humans?|people|experts|annotators|participants|clinicians|physicians|radiologists|doctors|crowdworkers|users|raters|judges|respondents|evaluators|listeners)'

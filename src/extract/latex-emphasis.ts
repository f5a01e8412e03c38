/**
 * LaTeX emphasis around a few words (`\textbf{6.91\%}`, `\emph{SkillTTA}`):
 * the command and its braces, with the text inside as group 1. Global: use
 * it with `replace`, which starts over at every call.
 *
 * @example
 * 'We propose \\emph{SkillTTA}.'.replace(latexEmphasis, '$1') // 'We propose SkillTTA.'
 */
export const latexEmphasis = /\\(?:textbf|textit|texttt|textsc|textsf|emph|underline|mathbf|mathrm|mathit|mathtt|text)\{([^{}]{0,60})\}/gu

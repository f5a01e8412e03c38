// Lint for safety, not style: every regular expression in `src` must run in
// linear time on hostile input (issue 6). Formatting is nobody's business here.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser, sourceType: 'module'},
    plugins: {regexp},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // Exponential or polynomial backtracking within one match attempt.
      'regexp/no-super-linear-backtracking': 'error',
      // Quadratic time when a failing match is retried at every offset.
      'regexp/no-super-linear-move': ['error', {ignorePartial: false, ignoreSticky: false}],
      // A quantifier that steals what a capturing group seems to capture.
      'regexp/no-misleading-capturing-group': 'error',
      // Correctness checks from the plugin that catch real bugs, not style.
      // A redundant alternative is dead code, not a danger: a warning.
      'regexp/no-dupe-disjunctions': 'warn',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-useless-backreference': 'error',
      'regexp/no-invalid-regexp': 'error',
      'regexp/no-control-character': 'error',
      'regexp/no-misleading-unicode-character': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/optimal-lookaround-quantifier': 'error',
      'regexp/no-contradiction-with-assertion': 'error'
    }
  }
)

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
      'regexp/no-invalid-regexp': 'error',
      // Likely mistakes rather than dangers: reported as warnings, so the
      // owner sees them without CI failing on dead code.
      'regexp/no-dupe-disjunctions': 'warn',
      'regexp/no-empty-alternative': 'warn',
      'regexp/no-useless-backreference': 'warn',
      'regexp/no-control-character': 'warn',
      'regexp/no-misleading-unicode-character': 'warn',
      'regexp/no-potentially-useless-backreference': 'warn',
      'regexp/optimal-lookaround-quantifier': 'warn',
      'regexp/no-contradiction-with-assertion': 'warn'
    }
  }
)

import {defineConfig} from 'tsup'

// unified, retext and remark ship ESM only. The CommonJS build bundles them so
// that `require('benchmark-claims')` works without relying on require(esm).
const esmOnly = [
  /^unified/,
  /^retext/,
  /^remark/,
  /^parse-(latin|english)/,
  /^nlcst/,
  /^unist/,
  /^mdast/,
  /^micromark/,
  /^vfile/,
  /^decode-named-character-reference/,
  /^character-entities/,
  /^devlop/,
  /^bail/,
  /^trough/,
  /^is-plain-obj/,
  /^extend/,
  /^ccount/,
  /^longest-streak/,
  /^zwitch/,
  /^array-iterate/,
  /^nlcst-to-string/
]

export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20'
  },
  {
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    noExternal: esmOnly,
    // `import.meta.url` (a lazy `createRequire`) in the CommonJS build.
    shims: true,
    target: 'node20'
  },
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    banner: {js: '#!/usr/bin/env node'},
    target: 'node20'
  },
  // The worker thread of `--jobs` / `streamClaims({jobs})`, found next to the
  // module that starts it (`new URL('claims-worker.js', import.meta.url)`).
  {
    entry: {'claims-worker': 'src/stream/claims-worker.ts'},
    format: ['esm'],
    target: 'node20'
  }
])

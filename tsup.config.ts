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
  // The command line and the worker thread of `--jobs` / `streamClaims({jobs})`
  // (found next to the module that starts it: `new URL('claims-worker.js',
  // import.meta.url)`) bundle their dependencies into shared chunks: resolving
  // and loading zod, unified and remark file by file cost every process and
  // every thread about 0.3 s before any work (measured on the seed: 1.3 s →
  // 0.65 s end to end). compromise stays a package: it is loaded on first use.
  {
    entry: {cli: 'src/cli.ts', 'claims-worker': 'src/stream/claims-worker.ts', 'tagger-worker': 'src/stream/tagger-worker.ts'},
    format: ['esm'],
    noExternal: [/^(?!compromise$)/],
    banner: {js: '#!/usr/bin/env node'},
    target: 'node20'
  }
])

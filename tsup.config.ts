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
  // The command line bundles its dependencies into chunks: resolving and
  // loading zod, unified and remark file by file cost every process and every
  // thread about 0.3 s before any work (measured on the seed: 1.3 s → 0.65 s
  // end to end). compromise stays a package: it is loaded on first use.
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    noExternal: [/^(?!compromise$)/],
    banner: {js: '#!/usr/bin/env node'},
    target: 'node20'
  },
  // The threads of `--jobs` / `streamClaims({jobs})` (found next to the
  // module that starts them: `new URL('claims-worker.cjs', import.meta.url)`)
  // are one CommonJS file each: a thread then starts without the ES module
  // loader, ~30 ms of CPU less per worker thread and ~12 ms for the tagger
  // thread (Node 20).
  {
    entry: {'claims-worker': 'src/stream/claims-worker.ts', 'tagger-worker': 'src/stream/tagger-worker.ts'},
    format: ['cjs'],
    noExternal: [/^(?!compromise$)/],
    // `import.meta.url` (a lazy `createRequire`) in CommonJS.
    shims: true,
    target: 'node20'
  }
])

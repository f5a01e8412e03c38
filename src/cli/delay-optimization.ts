import {setFlagsFromString} from 'node:v8'

// V8 hands a function to its optimizing compiler (TurboFan) once it has run
// for an "interrupt budget" of bytecode (67,584 on Node 20). The extractor
// is a few hundred regex-heavy functions: with the default, each thread
// compiles ~190 of them in its first second, ~2 s of CPU on a 2-core machine
// (`--trace-opt`), more than the optimized code saves on inputs of a few MB.
// With a 12× budget only the functions that stay hot get compiled.
// Measured with `npm run bench` (Node 20, 2 cores, --jobs 2), budget → seed
// ×100 / ×1000 end to end: default 2.45 s / 7.3 s; 12× 1.78 s / 7.45 s;
// 16× 1.74 s / 7.7 s.
const budget = 12 * 67_584
// While another thread loads compromise, every core is busy, and code
// optimized then is mostly its one-shot loading code, or the other threads'
// barely warm code. A budget of 100× in that phase, then 12×: seed ×100,
// --jobs 2, paired runs against 12× throughout: −0.044 ± 0.016 s end to end
// (40× held, n = 14), and 100× −0.028 ± 0.021 s more than 40× (n = 14).
const holdBudget = 100 * 67_584

/**
 * Make V8 optimize less eagerly (and compile regular expressions at once),
 * for this process and the worker threads it starts afterwards (V8 flags are
 * per process). Only the CLI calls this: a library must not change its
 * host's V8 settings.
 *
 * @example
 * delayOptimization()
 */
export function delayOptimization(): void {
  setFlagsFromString(`--interrupt-budget=${budget}`)
  // Each thread compiles its few hundred regular expressions afresh. V8 first
  // interprets each one, and compiles it to machine code from its second
  // run; compiling at once saves that interpreted pass (seed ×100, --jobs 2,
  // 8 paired runs: −0.085 s end to end, −0.17 s of CPU time).
  setFlagsFromString('--no-regexp-tier-up')
}

/**
 * After `delayOptimization()`: optimize even less while `loading()` is true
 * (checked every 5 ms, for at most `limit` ms), as while a tagger thread
 * loads compromise; then back to `delayOptimization`'s budget. CLI only, as
 * `delayOptimization`.
 *
 * @example
 * delayOptimization()
 * holdOptimization(() => !isTaggerReady(channel))
 */
export function holdOptimization(loading: () => boolean, limit = 3000): void {
  setFlagsFromString(`--interrupt-budget=${holdBudget}`)
  const start = Date.now()
  const timer = setInterval(() => {
    if (loading() && Date.now() - start < limit) return
    setFlagsFromString(`--interrupt-budget=${budget}`)
    clearInterval(timer)
  }, 5)
  // (The budget comes back whether or not the run is still going.)
  timer.unref()
}

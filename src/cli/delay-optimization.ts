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

/**
 * Vitest setup (registered in vitest.config.ts): every fast-check property runs
 * with a fixed seed, so CI can never fail by chance. Each assert keeps its own
 * numRuns; FC_SEED overrides the seed to explore new inputs locally, e.g.
 * `FC_SEED=7 npx vitest run tests/robustness` (a failure prints its seed and path).
 */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 42) });

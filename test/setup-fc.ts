import fc from 'fast-check'

// The property tests draw new reports on every local run, which is how they find bugs (a failure prints its
// seed: `FC_SEED=<seed> npx vitest run <file>` replays it). CI judges a commit, so there the draw is fixed:
// the same commit always passes or always fails.
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261130' : undefined)
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) })

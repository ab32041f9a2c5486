/**
 * Seeded pseudo-random numbers for the synthetic data. mulberry32 is tiny,
 * fast and good enough for test data; the same seed always gives the same
 * stream, which is what makes `npm run sample` reproduce byte-identical files.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Normal with the given mean and standard deviation (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit seed from a string, so each agent gets its own stream. */
export function hashSeed(text: string, salt = 0): number {
  let hash = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    normal: (mean, sd) => {
      const u = 1 - next(); // (0, 1]: log(0) would be -Infinity
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
  };
}

/** A count of successes out of `trials`, each with probability p (normal approximation, clamped). */
export function binomial(rng: Rng, trials: number, p: number): number {
  if (trials <= 0) return 0;
  const q = Math.min(1, Math.max(0, p));
  if (trials < 20) {
    let hits = 0;
    for (let i = 0; i < trials; i++) if (rng.next() < q) hits++;
    return hits;
  }
  const draw = Math.round(rng.normal(trials * q, Math.sqrt(trials * q * (1 - q))));
  return Math.min(trials, Math.max(0, draw));
}

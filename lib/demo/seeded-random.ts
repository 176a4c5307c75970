// A small seeded random source for the demo data. Every draw comes from its own stream,
// keyed by the seed and the draw's identity (indicator, buurt, year, ...), so the output
// does not depend on the order of the work, and adding an indicator leaves the others alone.

/** 32-bit FNV-1a of a string, then a murmur3 finaliser for a good spread of the bits. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** mulberry32: a tiny 32-bit generator, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SeededRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** Uniform integer in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1]
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * A binomial draw: exact inversion for small means, a rounded normal approximation for
   * large ones (where the difference does not matter for demo data).
   */
  binomial(n: number, p: number): number {
    if (!(n > 0) || !(p > 0)) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const mean = n * p;
    if (mean < 40) {
      const q = 1 - p;
      const ratio = p / q;
      let probability = Math.pow(q, n);
      let cumulative = probability;
      const u = this.next();
      let k = 0;
      while (u > cumulative && k < n) {
        probability *= (ratio * (n - k)) / (k + 1);
        k++;
        cumulative += probability;
      }
      return k;
    }
    const draw = Math.round(mean + Math.sqrt(mean * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, draw));
  }
}

/** The random stream of one draw: the seed plus the draw's identity. */
export function randomFor(seed: string, ...keys: (string | number)[]): SeededRandom {
  return new SeededRandom(hashString([seed, ...keys].join("\u001f")));
}

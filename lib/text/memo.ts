/**
 * Bounded memoization for per-word and per-paragraph helpers. The same words (and, across the checks of one QA
 * run, the same paragraphs) are analysed over and over; a cache that simply forgets everything when it grows past
 * its limit keeps memory bounded without LRU bookkeeping on every hit.
 */

/** A string-keyed cache that is emptied when it holds more than `limit` entries. */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The cached value, or undefined. */
  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores a value, first forgetting everything when the cache is full. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/** Wraps a pure one-string function with a bounded cache. Only for results callers never mutate. */
export function memoizeString<V>(compute: (key: string) => V, limit = 20_000): (key: string) => V {
  const cache = new BoundedCache<V>(limit);
  return (key: string): V => {
    const hit = cache.get(key);
    return hit !== undefined ? hit : cache.set(key, compute(key));
  };
}

/**
 * A cache keyed by a pair of strings, as nested maps (no concatenated key to build and hash on every lookup),
 * emptied when it holds more than `limit` entries.
 */
export class BoundedPairCache<V> {
  private readonly outer = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The cached value for (first, second), or undefined. */
  get(first: string, second: string): V | undefined {
    return this.outer.get(first)?.get(second);
  }

  /** Stores a value, first forgetting everything when the cache is full. */
  set(first: string, second: string, value: V): V {
    if (this.size >= this.limit) {
      this.outer.clear();
      this.size = 0;
    }
    let inner = this.outer.get(first);
    if (inner === undefined) {
      inner = new Map<string, V>();
      this.outer.set(first, inner);
    }
    if (!inner.has(second)) this.size++;
    inner.set(second, value);
    return value;
  }
}

/**
 * Bounded memoization for per-word and per-paragraph helpers. The same words (and, across the checks of one QA
 * run, the same paragraphs) are analysed over and over; a cache that simply forgets everything when it grows past
 * its limit keeps memory bounded without LRU bookkeeping on every hit.
 */

/**
 * Characters of keys a cache may hold before it is emptied: keys are words or paragraphs, and what is cached for
 * them (number mentions, skeletons) grows with their length, so a count of entries alone does not bound memory
 * (a single "word" may be a 2 MB run of letters). Keys longer than a sixteenth of this are not cached at all.
 */
export const MAX_CACHED_KEY_CHARS = 16_000_000;

/** A string-keyed cache that is emptied when it holds more than `limit` entries or MAX_CACHED_KEY_CHARS of keys. */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  private keyChars = 0;

  constructor(private readonly limit: number) {}

  /** The cached value, or undefined. */
  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores a value, first forgetting everything when the cache is full. */
  set(key: string, value: V): V {
    if (key.length > MAX_CACHED_KEY_CHARS / 16) return value;
    if (this.map.size >= this.limit || this.keyChars + key.length > MAX_CACHED_KEY_CHARS) {
      this.map.clear();
      this.keyChars = 0;
    }
    if (!this.map.has(key)) this.keyChars += key.length;
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
 * emptied when it holds more than `limit` entries or MAX_CACHED_KEY_CHARS of keys.
 */
export class BoundedPairCache<V> {
  private readonly outer = new Map<string, Map<string, V>>();
  private size = 0;
  private keyChars = 0;

  constructor(private readonly limit: number) {}

  /** The cached value for (first, second), or undefined. */
  get(first: string, second: string): V | undefined {
    return this.outer.get(first)?.get(second);
  }

  /** Stores a value, first forgetting everything when the cache is full. */
  set(first: string, second: string, value: V): V {
    if (first.length + second.length > MAX_CACHED_KEY_CHARS / 16) return value;
    if (this.size >= this.limit || this.keyChars + first.length + second.length > MAX_CACHED_KEY_CHARS) {
      this.outer.clear();
      this.size = 0;
      this.keyChars = 0;
    }
    let inner = this.outer.get(first);
    if (inner === undefined) {
      inner = new Map<string, V>();
      this.outer.set(first, inner);
    }
    if (!inner.has(second)) {
      this.size++;
      this.keyChars += first.length + second.length;
    }
    inner.set(second, value);
    return value;
  }
}

/**
 * A bounded, in-process cache of store reads (oldest entry out first) that stays correct under writes:
 * - writes evict what they change (`evict`), here and, through the notifier, in every other hub process;
 * - a read that started before any eviction does not store its (possibly old) result: a generation counter
 *   rises with every eviction, so a load racing a write never re-populates a stale value;
 * - entries also expire after `ttlMs`, a safety net should a notification ever be lost;
 * - `suspend()` (listener disconnected) bypasses the cache entirely until `resume()`.
 * NOTE: immutable facts (a master version) may be cached under keys that are never evicted.
 */
export class EntityCache {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();
  private generation = 0;
  private suspended = false;

  constructor(
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or `load()`'s (cached when defined and no write intervened). */
  async read<T>(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    if (this.suspended) return load();
    const hit = this.entries.get(key);
    // NOTE: a hit is not moved to the back: the map evicts in insertion order (entries expire anyway), which
    // keeps the hot path to one lookup.
    if (hit && hit.expires > this.now()) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (value !== undefined && generation === this.generation && !this.suspended) this.store(key, value);
    return value;
  }

  /** Forgets `key`, or every key starting with the prefix when it ends in `*`. */
  evict(key: string): void {
    this.generation++;
    if (!key.endsWith('*')) {
      this.entries.delete(key);
      return;
    }
    const prefix = key.slice(0, -1);
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) this.entries.delete(k);
  }

  /** Forgets everything and bypasses the cache until `resume()`. */
  suspend(): void {
    this.generation++;
    this.suspended = true;
    this.entries.clear();
  }

  resume(): void {
    this.generation++;
    this.suspended = false;
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

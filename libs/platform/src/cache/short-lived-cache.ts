interface Entry<V> {
  readAt: number;
  value: Promise<V>;
  refreshing?: boolean;
}

/**
 * Values read from the database that many requests of one instance may share for a bounded time
 * (e.g. one evening's free slots during a booking rush). A value is never served older than
 * `maxAgeMs`, counted from the moment its read *started*, so whatever was committed before that
 * moment is in it. Concurrent misses share one read; once a value is `refreshAfterMs` old, the
 * next request starts reading its successor in the background and is still answered from the
 * current one, so under steady load no request waits for a read. Nothing here is state another
 * instance needs: each instance reads for itself, and `forget` only speeds up what this instance
 * just changed.
 */
export class ShortLivedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private lastSweep = -Infinity;

  constructor(
    private readonly maxAgeMs: number,
    private readonly refreshAfterMs = maxAgeMs / 2,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(key: string, read: () => Promise<V>): Promise<V> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && now - entry.readAt < this.maxAgeMs) {
      if (now - entry.readAt >= this.refreshAfterMs && !entry.refreshing) {
        entry.refreshing = true;
        const next = { readAt: now, value: read() };
        // The successor replaces the entry once it is read; if it fails, the current one stays until it expires.
        next.value.then(
          () => this.entries.get(key) === entry && this.entries.set(key, next),
          () => undefined,
        );
      }
      return entry.value;
    }
    this.dropExpired(now);
    const fresh: Entry<V> = { readAt: now, value: read() };
    this.entries.set(key, fresh);
    // A failed read is not kept: the next request tries again.
    fresh.value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return fresh.value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** At most once per age limit, so a stream of distinct keys costs no more than one pass each period. */
  private dropExpired(now: number): void {
    if (now - this.lastSweep < this.maxAgeMs) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (now - entry.readAt >= this.maxAgeMs) this.entries.delete(key);
  }
}

/** What a {@link RecencyList} links: its neighbours, `older` towards the least recently used. */
export interface Linked<T> {
  older: T | null;
  newer: T | null;
}

/**
 * The entries of a cache in recency order, as a list through the entries themselves: a
 * hit moves one to the newest end and an eviction takes the oldest, each in constant
 * time, however many keys came and went (a Map or Set re-inserted on each hit leaves
 * deleted slots that every walk from its oldest end skips again). Holds nothing but its
 * two ends; the entries carry the links.
 */
export class RecencyList<T extends Linked<T>> {
  /** The least recently used entry. */
  oldest: T | null = null;
  /** The most recently used entry. */
  newest: T | null = null;
  /** Entries linked. */
  size = 0;

  /** Puts `entry` (not in the list) at the newest end. */
  append(entry: T): void {
    entry.older = this.newest;
    entry.newer = null;
    if (this.newest === null) this.oldest = entry;
    else this.newest.newer = entry;
    this.newest = entry;
    this.size++;
  }

  /** Takes `entry` (in the list) out. */
  unlink(entry: T): void {
    if (entry.older === null) this.oldest = entry.newer;
    else entry.older.newer = entry.newer;
    if (entry.newer === null) this.newest = entry.older;
    else entry.newer.older = entry.older;
    entry.older = null;
    entry.newer = null;
    this.size--;
  }

  /** Marks `entry` (in the list) as the most recently used. */
  touch(entry: T): void {
    if (entry === this.newest) return;
    this.unlink(entry);
    this.append(entry);
  }

  /** Empties the list (the entries keep stale links: drop them too). */
  clear(): void {
    this.oldest = null;
    this.newest = null;
    this.size = 0;
  }
}

import type { KnowledgeBase } from "./index.js";

/** How the reloads of graph-data went since the process started (for /metrics). */
export interface ReloadCounts {
  /** Reloads whose new data was swapped in. */
  swapped: number;
  /** Reloads refused (bad data, a limit, an unreadable file): the old data kept serving. */
  refused: number;
}

/**
 * Holds the knowledge base being served. A request takes `current` once, when it starts,
 * so a reload that swaps it never changes a request in flight.
 */
export class KnowledgeBaseHolder {
  /** Reloads so far, by outcome: two numbers, whatever the reloads. */
  readonly reloads: ReloadCounts = { swapped: 0, refused: 0 };

  constructor(public current: KnowledgeBase) {}

  /** Replaces the served knowledge base in one assignment (a reload swapped in). */
  swap(next: KnowledgeBase): KnowledgeBase {
    const previous = this.current;
    this.current = next;
    this.reloads.swapped++;
    return previous;
  }

  /** Counts a reload that was refused: `current` keeps serving. */
  refused(): void {
    this.reloads.refused++;
  }
}

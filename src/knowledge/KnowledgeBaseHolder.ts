import type { KnowledgeBase } from "./index.js";

/**
 * Holds the knowledge base being served. A request takes `current` once, when it starts,
 * so a reload that swaps it never changes a request in flight.
 */
export class KnowledgeBaseHolder {
  constructor(public current: KnowledgeBase) {}

  /** Replaces the served knowledge base in one assignment. */
  swap(next: KnowledgeBase): KnowledgeBase {
    const previous = this.current;
    this.current = next;
    return previous;
  }
}

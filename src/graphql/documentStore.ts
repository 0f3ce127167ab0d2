import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * Bytes a parsed document holds: its source text (kept whole by `loc.source`, comments
 * and whitespace included, at up to 2 bytes a character) plus its AST (about 2 bytes per
 * character of its JSON form, locations included). Apollo's own store counts only the
 * JSON, so a `{ __typename }` padded with a 99 KB comment counted as 439 bytes.
 */
export function documentBytes(document: DocumentNode): number {
  const source = document.loc?.source.body.length ?? 0;
  return 2 * source + 2 * JSON.stringify(document).length;
}

/**
 * Apollo's store of parsed and validated documents, keyed by the hash of the query text,
 * as an LRU bounded by {@link documentBytes} to `maxBytes` in all.
 */
export function documentStore(maxBytes: number): DocumentStore {
  const cache = new LRUCache<string, DocumentNode>({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (document, key) => Math.max(1, documentBytes(document) + 2 * key.length),
  });
  return {
    async get(key) {
      return cache.get(key);
    },
    async set(key, document) {
      // A document larger than the whole store is not kept (lru-cache would refuse it anyway).
      if (documentBytes(document) < maxBytes) cache.set(key, document);
    },
    async delete(key) {
      return cache.delete(key);
    },
  };
}

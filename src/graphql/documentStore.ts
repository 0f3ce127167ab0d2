import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { AdmittingCache } from "../cache/AdmittingCache.js";

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
 * an {@link AdmittingCache} bounded by {@link documentBytes} to `maxBytes` in all (its
 * sketch sized for a 4 KiB document each: 16 MiB, 4 096 entries, a 64 KiB sketch): once
 * full, a new document is kept only if its text was sent more often than the documents
 * it would push out, so a flood of unique queries is parsed each time but pushes none out.
 * `seed`: the admission sketch's (default: random per process; a test gives one, since one
 * tie in 128 is admitted by a seeded draw and its assertions assume a given draw).
 */
export function documentStore(maxBytes: number, seed?: number): DocumentStore {
  const cache = new AdmittingCache<DocumentNode>({
    maxSize: Math.max(1, maxBytes),
    sizeOf: (document, key) => Math.max(1, documentBytes(document) + 2 * key.length),
    entries: maxBytes / 4096,
    ...(seed === undefined ? {} : { seed }),
  });
  return {
    async get(key) {
      return cache.get(key);
    },
    async set(key, document) {
      // A document larger than the whole store is not kept (the cache would refuse it anyway).
      if (documentBytes(document) < maxBytes) cache.set(key, document);
    },
    async delete(key) {
      return cache.delete(key);
    },
  };
}

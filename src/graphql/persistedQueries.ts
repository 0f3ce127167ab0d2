import type { ApolloServerOptions } from "@apollo/server";
import { AdmittingCache } from "../cache/AdmittingCache.js";
import type { Context } from "./context.js";
import type { TrustedDocuments } from "./trustedDocuments.js";

type PersistedQueryOptions = Exclude<ApolloServerOptions<Context>["persistedQueries"], false>;
type KeyValueCache = NonNullable<NonNullable<PersistedQueryOptions>["cache"]>;

/** Whether anything may run (`off`) or only the trusted documents (`only`). */
export type TrustedDocumentsMode = "off" | "only";

/**
 * The store of automatic persisted queries (APQ): the trusted documents first, so a
 * client can send any contract operation by hash alone without registering it, then the
 * documents clients registered (query text with its hash), in an {@link AdmittingCache}
 * bounded by `maxBytes` (two bytes a character of key and text; its sketch sized for a
 * 4 KiB query each), so registering unique queries cannot push out those clients use
 * again and again. In `only` mode nothing is
 * registered: the trusted documents are all there is.
 */
export function persistedQueryStore(
  trusted: TrustedDocuments,
  mode: TrustedDocumentsMode,
  maxBytes: number,
): KeyValueCache {
  const registered = new AdmittingCache<string>({
    maxSize: Math.max(1, maxBytes),
    sizeOf: (text, key) => Math.max(1, 2 * (text.length + key.length)),
    entries: maxBytes / 4096,
  });
  // Apollo prefixes APQ keys with "apq:"; the manifest is keyed by the bare hash.
  const hashOf = (key: string) => (key.startsWith("apq:") ? key.slice(4) : key);
  return {
    async get(key) {
      return trusted.get(hashOf(key)) ?? registered.get(hashOf(key));
    },
    async set(key, value) {
      if (mode === "off" && 2 * value.length < maxBytes) registered.set(hashOf(key), value);
    },
    async delete(key) {
      return registered.delete(hashOf(key));
    },
  };
}

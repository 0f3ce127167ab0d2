import {
  buildSchema,
  type FieldNode,
  type GraphQLSchema,
  Kind,
  parse,
  print,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";
import { realKb } from "../helpers/knowledge.js";
import { inProcess } from "../helpers/servers.js";

/**
 * What a normalizing client cache (Apollo Client's InMemoryCache, Relay's store) does with
 * our answers: it adds __typename to every selection and stores each object that has an
 * `id` once, under a key (Apollo: `Type:id`; Relay: the id alone), merging the fields of
 * every object that shares a key. That merge must lose nothing: objects under one key
 * agree on every field they share. A client that follows the deprecations (selects
 * `documentId`, not `Source.id`) is the client this must hold for.
 */

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/** `query` with __typename in every selection, as a normalizing cache sends it. */
function withTypename(query: string): string {
  return print(
    visit(parse(query), {
      SelectionSet: (set: SelectionSetNode) => ({
        ...set,
        selections: [...set.selections, TYPENAME],
      }),
    }),
  );
}

/** `query` as a client that follows every deprecation sends it, __typename everywhere. */
function asCacheSends(schema: GraphQLSchema, query: string): string {
  const typeInfo = new TypeInfo(schema);
  const followed = visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const reason = typeInfo.getFieldDef()?.deprecationReason;
        const replacement = reason?.match(/\bUse (\w+)/)?.[1];
        return replacement === undefined
          ? undefined
          : { ...node, name: { kind: Kind.NAME, value: replacement } };
      },
    }),
  );
  return withTypename(print(followed));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Stores every object of `value` with an id under `keyOf(object)`; returns merge conflicts. */
function normalize(
  value: Json,
  keyOf: (typename: string, id: string) => string,
  store: Map<string, Record<string, string>>,
): string[] {
  const conflicts: string[] = [];
  const ref = (v: Json): string => {
    if (Array.isArray(v)) return `[${v.map(ref).join(",")}]`;
    if (v !== null && typeof v === "object") {
      const { __typename, id } = v;
      if (typeof __typename === "string" && typeof id === "string") {
        const key = keyOf(__typename, id);
        const stored = store.get(key) ?? {};
        store.set(key, stored);
        for (const [field, fieldValue] of Object.entries(v)) {
          const written = ref(fieldValue);
          const before = stored[field];
          if (before !== undefined && before !== written)
            conflicts.push(`${key}.${field}: ${before} then ${written}`);
          stored[field] = written;
        }
        return `{ref:${key}}`;
      }
      return `{${Object.entries(v)
        .map(([k, x]) => `${k}:${ref(x)}`)
        .join(",")}}`;
    }
    return JSON.stringify(v);
  };
  ref(value);
  return conflicts;
}

/** Beyond the contract: a site whose vocabulary id is its body structure's id (ankle). */
const SITE_AND_STRUCTURE =
  '{ understand(text: "my ankle is swollen") { findings { site { id name structure { id name } } } } }';

const apolloKey = (typename: string, id: string) => `${typename}:${id}`;
const relayKey = (_typename: string, id: string) => id;

describe("answers in a normalizing client cache, deprecations followed", () => {
  const answers: Json[] = [];
  beforeAll(async () => {
    const schema = buildSchema(await loadTypeDefs());
    const { run } = await inProcess(await realKb());
    const operations = [
      ...contractOperations.map(({ name, query }) => ({
        query,
        variables: contractVariables[name],
      })),
      { query: SITE_AND_STRUCTURE, variables: {} },
    ];
    for (const { query, variables } of operations) {
      const body = await run(asCacheSends(schema, query), variables);
      expect(body.errors, query).toBeUndefined();
      answers.push(body.data as Json);
    }
  });

  it("following the deprecations, every contract operation still validates and answers", () => {
    expect(answers.length).toBe(contractOperations.length + 1);
  });

  it("Apollo Client (key Type:id) merges nothing that differs, over every contract operation", () => {
    const store = new Map<string, Record<string, string>>();
    const conflicts = answers.flatMap((a) => normalize(a, apolloKey, store));
    expect(store.size).toBeGreaterThan(0);
    expect(conflicts).toEqual([]);
  });

  it("Relay (key id alone, across types) merges nothing that differs", () => {
    const store = new Map<string, Record<string, string>>();
    const conflicts = answers.flatMap((a) => normalize(a, relayKey, store));
    expect(conflicts).toEqual([]);
  });

  it("the citations of one article are kept apart once Source.id is not selected", async () => {
    const schema = buildSchema(await loadTypeDefs());
    const query = '{ entity(id: "plantar-fasciitis") { sources { id documentId section } } }';
    const { run } = await inProcess(await realKb());
    const before = (await run(withTypename(query))).data as Json;
    const store = new Map<string, Record<string, string>>();
    // Selecting the deprecated id, two sections of heel-pain collapse into one object.
    expect(normalize(before, apolloKey, store).length).toBeGreaterThan(0);
    const after = (await run(asCacheSends(schema, query))).data as Json;
    expect(normalize(after, apolloKey, new Map())).toEqual([]);
  });
});

it("a site and its body structure stay two records in Relay's store once BodySite.id is not selected", async () => {
  const schema = buildSchema(await loadTypeDefs());
  const { run } = await inProcess(await realKb());
  const before = (await run(withTypename(SITE_AND_STRUCTURE))).data as Json;
  expect(normalize(before, relayKey, new Map()).join("\n")).toMatch(/__typename/);
  const after = (await run(asCacheSends(schema, SITE_AND_STRUCTURE))).data as Json;
  expect(normalize(after, relayKey, new Map())).toEqual([]);
});

import fc from "fast-check";
import {
  buildSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorCode } from "../../src/graphql/errors.js";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { postJson, type RawResponse, send } from "../helpers/rawHttp.js";
import { useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(fixtureKb);
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = buildSchema(await loadTypeDefs());
});

/** The server answered as it should: 200 or 4xx, in JSON. */
function answered(res: RawResponse) {
  expect(
    res.status === 200 || (res.status >= 400 && res.status < 500),
    `${res.status} ${res.text.slice(0, 200)}`,
  ).toBe(true);
  expect(res.contentType).toMatch(/json/);
  // Every error carries a code from the one list (src/graphql/errors.ts).
  for (const e of res.body?.errors ?? []) expect(CODES).toContain(e.extensions?.code);
}

const CODES: readonly unknown[] = Object.values(ErrorCode);

const words = () => {
  const out = new Set<string>([
    "{",
    "}",
    "(",
    ")",
    ":",
    "$",
    "...",
    "@",
    "!",
    "[",
    "]",
    "=",
    "query",
    "fragment",
    "on",
    "true",
    "null",
    '"heel"',
    "7",
    "-1",
    "1e9",
  ]);
  for (const type of Object.values(schema.getTypeMap())) {
    out.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        out.add(f.name);
        for (const a of f.args) out.add(a.name);
      }
    }
  }
  return [...out];
};

/** A random selection on `type`, `depth` levels deep at most, with plausible arguments. */
function selection(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  return fc.constantFrom(...fields).chain((field) => {
    const named = getNamedType(field.type);
    const args = field.args.map((a) => {
      const t = getNamedType(a.type);
      const list = isListType(getNullableType(a.type));
      const value = isEnumType(t)
        ? fc.constantFrom(...t.getValues().map((v) => v.name))
        : t.name === "Int"
          ? fc.integer({ min: -5, max: 200 }).map(String)
          : fc.constantFrom(
              '"heel"',
              '"plantar-fasciitis"',
              '"heel-ache"',
              '""',
              '"🦶 .*["',
              '"knee"',
            );
      return value.map((v) => `${a.name}: ${list ? `[${v}]` : v}`);
    });
    const argText =
      args.length === 0 ? fc.constant("") : fc.tuple(...args).map((a) => `(${a.join(", ")})`);
    const sub =
      isScalarType(named) || isEnumType(named) || depth <= 0
        ? fc.constant(isScalarType(named) || isEnumType(named) ? "" : "{ __typename }")
        : isObjectType(named)
          ? selection(named, depth - 1).map((s) => `{ ${s} }`)
          : fc.constant("{ id __typename }");
    return fc.tuple(argText, sub).map(([a, s]) => `${field.name}${a} ${s}`);
  });
}

describe("fuzzing the HTTP endpoint", () => {
  it("answers random bytes with 200 or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        answered(
          await send(server.url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: Buffer.from(bytes),
          }),
        );
      }),
      { numRuns: 80 },
    );
  });

  it("answers token soup from the schema's words with 200 or 4xx", async () => {
    const vocabulary = words();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }),
        async (tokens) => {
          answered(await postJson(server.url, { query: tokens.join(" ") }));
        },
      ),
      { numRuns: 120 },
    );
  });

  it("answers random well-formed queries with 200 or 4xx", async () => {
    const query = schema.getQueryType() as GraphQLObjectType;
    await fc.assert(
      fc.asyncProperty(
        fc.array(selection(query, 4), { minLength: 1, maxLength: 3 }),
        async (fields) => {
          const res = await postJson(server.url, {
            query: `{ ${fields.map((f, i) => `f${i}: ${f}`).join(" ")} }`,
          });
          answered(res);
          for (const e of res.body?.errors ?? [])
            expect(e.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is alive afterwards", async () => {
    const res = await send(server.url, { path: "/health" });
    expect(res.status).toBe(200);
  });
});

import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/index.js";
import { createHttpServer } from "../../src/http/index.js";
import { KnowledgeBaseHolder } from "../../src/knowledge/index.js";
import { fixtureKb } from "../helpers/knowledge.js";
import { postJson } from "../helpers/rawHttp.js";

/** JSON nested `levels` deep, written as text (JSON.stringify would overflow the stack). */
const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;

let app: FastifyInstance;
let url = "";
const logged: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  app = await createHttpServer({
    holder: new KnowledgeBaseHolder(await fixtureKb()),
    typeDefs: await loadTypeDefs(),
    logger: pino({ level: "warn" }, sink),
    production: true,
  });
  url = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await app.close();
});

describe("request errors in production", () => {
  it("answers an APQ hash that does not match its query with 400 BAD_REQUEST, and logs no stack", async () => {
    logged.length = 0;
    const res = await postJson(url, {
      query: "{ __typename }",
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    expect(res.body?.errors?.[0]?.message).toMatch(/: send/);
    expect(logged.join("")).not.toContain("stack");
  });

  it("answers extensions nested 15 000 levels deep without a 5xx", async () => {
    const res = await postJson(url, `{"query":"{ __typename }","extensions":${deep(15_000)}}`);
    expect(res.status).toBe(200);
    expect(res.body?.data).toEqual({ __typename: "Query" });
  });

  it("answers a variable nested 15 000 levels deep with 400 BAD_USER_INPUT", async () => {
    const res = await postJson(
      url,
      `{"query":"query($s: [String!]!) { trace(symptoms: $s) { disclaimer } }","variables":{"s":${deep(15_000)}}}`,
    );
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("names no enum value or field the client did not send (no 'Did you mean')", async () => {
    const viaVariable = await postJson(url, {
      query:
        'query($r: [Relation!]) { entity(id: "x") { relations(relation: $r) { explanation } } }',
      variables: { r: ["CAUSE"] },
    });
    const viaLiteral = await postJson(url, {
      query: '{ entity(id: "x") { relations(relation: [CAUSE]) { explanation } } }',
    });
    const viaField = await postJson(url, { query: "{ stat { nodeCount } }" });
    for (const res of [viaVariable, viaLiteral, viaField]) {
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/Did you mean/);
      expect(res.text).not.toContain("CAUSES");
    }
  });
});

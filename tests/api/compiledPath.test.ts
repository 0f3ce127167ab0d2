import { describe, expect, it } from "vitest";
import { documentHash } from "../../src/graphql/index.js";
import { type RawRequest, sendBoth, useBothPaths } from "../helpers/bothPaths.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";
import { fixtureKb, realKb } from "../helpers/knowledge.js";

const paths = useBothPaths(realKb);

const JSON_POST = { "content-type": "application/json", "x-request-id": "compiled-path-test" };

/** The ways a client can send one contract operation, each answered by the compiled path. */
const transports: Record<string, (name: string, query: string) => RawRequest> = {
  "POST, named, Accept of graphql-http": (name, query) => ({
    headers: { ...JSON_POST, accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables: contractVariables[name], operationName: name }),
  }),
  "POST, unnamed, no Accept": (name, query) => ({
    headers: JSON_POST,
    body: JSON.stringify({ query, variables: contractVariables[name] }),
  }),
  "GET with a preflight header": (name, query) => ({
    method: "GET",
    path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(
      JSON.stringify(contractVariables[name]),
    )}&operationName=${name}`,
    headers: { "apollo-require-preflight": "true", "x-request-id": "compiled-path-get" },
  }),
  "APQ by hash alone": (name, query) => ({
    headers: JSON_POST,
    body: JSON.stringify({
      variables: contractVariables[name],
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } },
    }),
  }),
  "APQ with its text": (name, query) => ({
    headers: { ...JSON_POST, accept: "application/json" },
    body: JSON.stringify({
      query,
      variables: contractVariables[name],
      operationName: name,
      extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } },
    }),
  }),
};

describe("the compiled path of known operations", () => {
  for (const [transport, request] of Object.entries(transports)) {
    describe(transport, () => {
      for (const { name, query } of contractOperations) {
        it(`answers ${name} byte for byte as Apollo does`, async () => {
          const { fast, slow, compiled } = await sendBoth(paths, request(name, query));
          expect(slow.status).toBe(200);
          expect(JSON.parse(slow.body)).not.toHaveProperty("errors");
          expect(fast).toEqual(slow);
          expect(compiled).toBe(1);
        });
      }
    });
  }

  it("answers alike on the data a reload brings", async () => {
    const [fixture, real] = [await fixtureKb(), await realKb()];
    let answered = 0;
    try {
      paths.fast.reload(fixture);
      paths.slow.reload(fixture);
      for (const { name, query } of contractOperations) {
        const { fast, slow, compiled } = await sendBoth(
          paths,
          transports["POST, unnamed, no Accept"]?.(name, query) ?? {},
        );
        expect(fast).toEqual(slow);
        // The contract's variables name ids of the bundled graph: on the fixture some are errors, for Apollo.
        expect(compiled).toBe(fast.body.includes('"errors"') ? 0 : 1);
        answered += compiled;
      }
      expect(answered).toBeGreaterThan(contractOperations.length / 2);
    } finally {
      paths.fast.reload(real);
      paths.slow.reload(real);
    }
  });

  it("never answers on the server where it is off", async () => {
    expect(await paths.slow.compiledAnswers()).toBe(0);
    expect(await paths.fast.compiledAnswers()).toBeGreaterThanOrEqual(
      contractOperations.length * Object.keys(transports).length,
    );
  });
});

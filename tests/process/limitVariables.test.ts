import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_GRAPH } from "../helpers/paths.js";
import { postJson } from "../helpers/rawHttp.js";
import { type Service, startService } from "../helpers/service.js";

// The service limits' variables reach the layers that apply them in the running service
// (main.ts → serve → the HTTP server, GraphQL and each request's context), as the
// Configuration table says: each unit test of a limit builds its server by hand.
let service: Service;
beforeAll(async () => {
  // Production, as deployed: error answers without stack traces, well under MAX_RESPONSE_KB.
  service = await startService({
    NODE_ENV: "production",
    GRAPH_DATA: FIXTURE_GRAPH,
    MAX_COST: "500",
    WORK_BUDGET: "100",
    MAX_RESPONSE_KB: "1",
    RATE_LIMIT_PER_MINUTE: "12",
  });
});
afterAll(async () => {
  await service?.stop();
});

const codeOf = async (query: string) => {
  const res = await postJson(service.url, { query });
  return res.body?.errors?.[0]?.extensions?.code ?? null;
};

describe("the service limits' variables, in the compiled service", () => {
  it("MAX_COST refuses an operation estimated over it (a trace: 602)", async () => {
    expect(await codeOf('{ trace(symptoms: ["heel"]) { triage { level } } }')).toBe(
      "QUERY_TOO_COMPLEX",
    );
  });

  it("WORK_BUDGET stops a search of five terms (150 units)", async () => {
    expect(await codeOf('{ search(query: "heel ankle foot arch toe") { score } }')).toBe(
      "WORK_BUDGET_EXCEEDED",
    );
    expect(await codeOf('{ search(query: "heel") { score } }')).toBeNull();
  });

  it("MAX_RESPONSE_KB replaces a larger answer with RESPONSE_TOO_LARGE", async () => {
    expect(await codeOf("{ entities(first: 20) { edges { node { id name summary } } } }")).toBe(
      "RESPONSE_TOO_LARGE",
    );
  });

  it("RATE_LIMIT_PER_MINUTE answers 429 past it (the last test: it spends the minute)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await postJson(service.url, { query: "{ stats { nodeCount } }" })).status);
    }
    expect(statuses).toContain(429);
    expect(statuses.at(-1)).toBe(429);
  });
});

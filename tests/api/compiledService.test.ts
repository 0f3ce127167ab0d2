import { describe, expect, it } from "vitest";
import { buildServer, SERVER_MAIN } from "../../scripts/buildServer.js";
import { startProcess } from "../../scripts/service.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";

describe("the compiled service (what npm start runs)", () => {
  it("builds into dist/ and answers the contract's Trace with real data", async () => {
    await buildServer();
    const service = await startProcess(SERVER_MAIN, { NODE_ENV: "test" }, { echo: false });
    try {
      const trace = contractOperations.find((o) => o.name === "Trace");
      const res = await fetch(`${service.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: trace?.query, variables: contractVariables.Trace }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        data?: { trace: { conditions: { condition: { id: string } }[] } };
      };
      expect(body.data?.trace.conditions.map((c) => c.condition.id)).toContain("plantar-fasciitis");
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });

  it("sizes or turns off the response cache from RESPONSE_CACHE_MB", async () => {
    const health = async (env: Record<string, string>) => {
      const service = await startProcess(
        SERVER_MAIN,
        { NODE_ENV: "test", ...env },
        { echo: false },
      );
      try {
        return (await (await fetch(`${service.url}/health`)).json()) as Record<string, unknown>;
      } finally {
        await service.stop();
      }
    };
    expect(await health({ RESPONSE_CACHE_MB: "0" })).not.toHaveProperty("responseCache");
    expect(await health({ RESPONSE_CACHE_MB: "8" })).toHaveProperty(
      "responseCache.maxBytes",
      8 * 2 ** 20,
    );
  });
});

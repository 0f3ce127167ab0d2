import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureKb } from "../helpers/knowledge.js";
import { postJson } from "../helpers/rawHttp.js";
import { overHttp } from "../helpers/servers.js";

/**
 * Red team 10: a body of valid JSON with a prototype-poisoning key was refused as
 * "Body is not valid JSON", telling the client to send JSON. With and without the
 * response cache (whose parser wraps the same one).
 */
const urls = { cached: "", uncached: "" };
const apps: FastifyInstance[] = [];
beforeAll(async () => {
  const kb = await fixtureKb();
  const cached = await overHttp(kb);
  const uncached = await overHttp(kb, { responseCache: null });
  apps.push(cached.app, uncached.app);
  urls.cached = cached.url;
  urls.uncached = uncached.url;
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
});

const QUERY = '"query":"{ stats { nodeCount } }"';

describe.each(["cached", "uncached"] as const)("a JSON body (response cache %s)", (which) => {
  it.each([
    ["__proto__ in the variables", `{${QUERY},"variables":{"__proto__":{"polluted":1}}}`],
    [
      "constructor.prototype in the variables",
      `{${QUERY},"variables":{"constructor":{"prototype":{"p":1}}}}`,
    ],
    ["__proto__ at the top", `{${QUERY},"__proto__":{"polluted":1}}`],
  ])("with %s is refused with 400 BAD_REQUEST and one fix", async (_name, body) => {
    const res = await postJson(urls[which], body);
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
    // "what went wrong: how to fix it", once: the handler's generic 400 hint is not appended.
    const parts = String(res.body?.errors?.[0]?.message).split(": ");
    expect(parts).toHaveLength(2);
    expect(parts.every((part) => part.trim().length > 0)).toBe(true);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it("that is not JSON is still told so", async () => {
    const res = await postJson(urls[which], `{${QUERY},`);
    expect(res.status).toBe(400);
    expect(res.body?.errors?.[0]?.message).toMatch(/^Body is not valid JSON/);
  });

  it("with an ordinary key named constructor is served", async () => {
    const res = await postJson(urls[which], `{${QUERY},"variables":{"constructor":1}}`);
    expect(res.status).toBe(200);
    expect(res.body?.data).toEqual({ stats: { nodeCount: expect.any(Number) } });
  });
});

import { describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../src/graphql/queryLimits.js";
import { BODY_LIMIT } from "../../src/http/createHttpServer.js";
import { hostileCases } from "../helpers/hostileCases.js";
import { realKb } from "../helpers/knowledge.js";
import { postJson } from "../helpers/rawHttp.js";
import { useHttpServer } from "../helpers/servers.js";

const server = useHttpServer(realKb);
const CASES = hostileCases(() => server.url);
const q = (query: string) => postJson(server.url, { query, variables: {} });

describe("hostile input", () => {
  it(`covers at least 25 requests (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)("$name → $status $code", async ({ request, status, code }) => {
    const res = await request();
    expect(res.contentType, res.text.slice(0, 200)).toMatch(/json/);
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    if (code === null) {
      expect(res.body?.errors, res.text.slice(0, 300)).toBeUndefined();
      expect(res.body?.data).toBeTruthy();
    } else {
      expect(res.body?.errors?.[0]?.extensions?.code, res.text.slice(0, 300)).toBe(code);
    }
  });

  it("still answers a normal query afterwards", async () => {
    const res = await q("{ stats { nodeCount } }");
    expect(res.status).toBe(200);
    expect(res.body?.data).toEqual({ stats: { nodeCount: expect.any(Number) } });
  });

  it("accepts a body of BODY_LIMIT bytes, 100 KiB as the README states, and refuses one byte more", async () => {
    expect(BODY_LIMIT).toBe(100 * 1024);
    const query = '{"query":"{ stats { nodeCount } }"}';
    const padded = (bytes: number) => query + " ".repeat(bytes - query.length);
    const at = await postJson(server.url, padded(BODY_LIMIT));
    expect(at.status).toBe(200);
    expect(at.body?.data).toEqual({ stats: { nodeCount: expect.any(Number) } });
    const over = await postJson(server.url, padded(BODY_LIMIT + 1));
    expect(over.status).toBe(413);
    expect(over.body?.errors?.[0]?.extensions?.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("keeps the limits the README states", () => {
    expect(QUERY_LIMITS).toMatchObject({
      maxDepth: 10,
      maxAliases: 20,
      maxTokens: 3000,
      maxCost: 50000,
    });
  });
});

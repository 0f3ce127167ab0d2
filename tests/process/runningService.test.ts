import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/service.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { postJson } from "../helpers/rawHttp.js";
import { runScript } from "../helpers/runScript.js";
import { type Service, startService } from "../helpers/service.js";

// Every test of the compiled service that needs it started, and nothing else of its own,
// shares this one process (a start costs 1.5-2 s of CPU): the service limits' variables,
// the start-up log, the SIGHUP sent while it starts, the container's health check, the
// response cache turned off, and the clean exit on SIGTERM (the last test). Tests that stop or kill a service, or expect it
// not to start, start their own (tests/process/signals.test.ts, tests/api/lifecycle.test.ts,
// tests/process/listenProblem.test.ts, tests/process/notStarting.test.ts).
let service: Service;
/** RATE_LIMIT_PER_MINUTE of the service: requests a minute from one address. */
const RATE_LIMIT = 12;
beforeAll(async () => {
  // Production, as deployed: error answers without stack traces, well under MAX_RESPONSE_KB.
  service = await startService(
    {
      NODE_ENV: "production",
      GRAPH_DATA: FIXTURE_GRAPH,
      MAX_COST: "500",
      WORK_BUDGET: "100",
      MAX_RESPONSE_KB: "1",
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      RESPONSE_CACHE_MB: "0",
      HEALTH_DETAILS: "true",
      // Unbuffered, so the line the SIGHUP waits for is written at once.
      LOG_BUFFER_KB: "0",
    },
    // After "loading graph-data" the service still loads it, imports the serving modules
    // and builds the server (about a second of CPU) before it serves: the signal lands while
    // it starts (had it landed later, no "SIGHUP while starting" would be logged). A slower
    // machine starts longer; only this process's read of the line must come first.
    { text: '"msg":"loading graph-data"', run: (child) => child.kill("SIGHUP") },
  );
});
afterAll(async () => {
  if (service?.child.exitCode === null) await service.stop();
});

const codeOf = async (query: string) => {
  const res = await postJson(service.url, { query });
  return res.body?.errors?.[0]?.extensions?.code ?? null;
};

describe("the start-up log (variablesSet)", () => {
  it("is logged once at start-up, before graph-data loads", () => {
    const output = service.output();
    const lines = output.split("\n").filter((l) => l.includes('"msg":"configuration read'));
    expect(lines).toHaveLength(1);
    const { port } = new URL(service.url);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ set: { MAX_COST: "500", PORT: port } });
    expect(output.indexOf("configuration read")).toBeLessThan(output.indexOf("loading graph-data"));
  });
});

// Was tests/process/signals.test.ts's, with a service of its own (its exit 0 on SIGTERM
// is the last test's here).
describe("signals during the first graph-data load", () => {
  it("SIGHUP is remembered: graph-data is reloaded once the service serves", async () => {
    await service.waitFor('"msg":"graph-data reloaded"');
    expect(service.output()).toContain("SIGHUP while starting");
    expect(service.output()).toContain("Server listening");
  });
});

describe("dist/process/checkHealth.js, the HEALTHCHECK's command", () => {
  const check = (env: Record<string, string>) =>
    runScript(compiled("process/checkHealth"), { env });

  it("exits 0 when the service answers /livez where HOST and PORT say, 1 saying why when not", async () => {
    const { port } = new URL(service.url);
    // startService binds 127.0.0.1; 0.0.0.0 (the image's HOST) is asked on loopback too.
    expect((await check({ HOST: "127.0.0.1", PORT: port })).code).toBe(0);
    expect((await check({ HOST: "0.0.0.0", PORT: port })).code).toBe(0);
    const closed = await check({ HOST: "0.0.0.0", PORT: String(await freePort()) });
    expect(closed.code).toBe(1);
    expect(closed.output).toMatch(/^unhealthy: http:\/\/127\.0\.0\.1:\d+\/livez did not answer/);
    const picked = await check({ PORT: "0" });
    expect(picked.code).toBe(1);
    expect(picked.output).toContain("PORT=0");
  });
});

describe("npm start's response cache", () => {
  it("turns off the response cache with RESPONSE_CACHE_MB=0", async () => {
    const res = await fetch(`${service.url}/health`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as object;
    expect(health).toHaveProperty("status", "ok");
    expect(health).toHaveProperty("pid");
    expect(health).not.toHaveProperty("responseCache");
  });
});

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

  it("RATE_LIMIT_PER_MINUTE answers 429 past it (it spends the minute: the last to ask GraphQL)", async () => {
    // Until the first 429, at most 25: the minute counts from the first request of the file
    // (the start's probe), and on a slow machine it may end during these, once at most; one
    // of the two windows then still holds 13. A window is told by the service's own count,
    // x-ratelimit-remaining: it falls with each request of a window and rises in a new one.
    const statuses: number[] = [];
    let answeredInWindow = 0;
    let remainingBefore = Number.POSITIVE_INFINITY;
    while (statuses.length < 2 * RATE_LIMIT + 1 && !statuses.includes(429)) {
      const res = await fetch(`${service.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ stats { nodeCount } }" }),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
      const header = res.headers.get("x-ratelimit-remaining");
      expect(header).toMatch(/^\d+$/);
      const remaining = Number(header);
      if (remaining > remainingBefore) answeredInWindow = 0;
      remainingBefore = remaining;
      if (res.status === 200) answeredInWindow++;
      // Never more answered in one window than the limit.
      expect(answeredInWindow).toBeLessThanOrEqual(RATE_LIMIT);
    }
    expect(statuses).toContain(429);
    // And the next is refused too: the window is spent, not a request's chance.
    expect((await postJson(service.url, { query: "{ stats { nodeCount } }" })).status).toBe(429);
  });
});

describe("main", () => {
  it("starts on good data and exits 0 on SIGTERM (the last test: it stops the service)", async () => {
    expect(service.output()).toContain("graph-data loaded");
    expect(await service.stop()).toBe(0);
  });
});

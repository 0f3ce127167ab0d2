import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type StartedProcess, startProcess } from "../../scripts/service.js";
import { contractOperations, contractVariables } from "../helpers/contract.js";
import { trickle, untilTrickleInFlight } from "../helpers/heldInFlight.js";
import { ROOT } from "../helpers/paths.js";
import type { GraphQLBody } from "../helpers/servers.js";

/** `npm start` exactly: the start script, with no NODE_ENV of its own. */
const NPM_START = path.join(ROOT, "scripts/start.js");

const post = async (url: string, body: unknown): Promise<GraphQLBody> =>
  (await (
    await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  ).json()) as GraphQLBody;

/**
 * One `npm start`, shared by the two tests below (a start on the bundled graph-data costs
 * about 2 s of CPU): the first reads its answers, the second its shutdown. Each runs on its
 * own too. A long request timeout and a 1 s shutdown deadline, for the second.
 */
let started: Promise<StartedProcess> | undefined;
const npmStart = () => {
  started ??= startProcess(
    NPM_START,
    {
      NODE_ENV: undefined,
      HEALTH_DETAILS: "true",
      REQUEST_TIMEOUT_MS: "600000",
      SHUTDOWN_DEADLINE_MS: "1000",
    },
    { echo: false },
  );
  return started;
};

/**
 * The exit code of the service's one SIGTERM, sent while a client trickles a request's
 * body in (it stays in flight for as long as it likes), by the first test to ask.
 */
let stopped: Promise<number | null> | undefined;
let stopTrickle = () => {};
const stopWhileTrickling = () => {
  stopped ??= (async () => {
    const service = await npmStart();
    stopTrickle = trickle(service.url);
    await untilTrickleInFlight(service.url);
    // Its exit once its output has ended: the second test reads the last line.
    const exit = service.closed().then(({ code }) => code);
    service.child.kill("SIGTERM");
    return exit;
  })();
  return stopped;
};
afterAll(async () => {
  stopTrickle();
  const service = await started;
  if (service?.child.exitCode === null) service.child.kill("SIGKILL");
});

describe("npm start (scripts/start.js running the compiled dist/main.js)", () => {
  it("serves the contract's Trace, in production mode when NODE_ENV is not set", async () => {
    const service = await npmStart();
    try {
      const trace = contractOperations.find((o) => o.name === "Trace");
      const body = (await post(service.url, {
        query: trace?.query,
        variables: contractVariables.Trace,
      })) as { data?: { trace: { conditions: { condition: { id: string } }[] } } };
      expect(body.data?.trace.conditions.map((c) => c.condition.id)).toContain("plantar-fasciitis");

      // Production: no stack trace and no "Did you mean" suggestion in an error.
      const bad = await post(service.url, { query: "{ stats { nodeCont } }" });
      expect(bad.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(bad.errors?.[0]?.extensions).not.toHaveProperty("stacktrace");
      expect(bad.errors?.[0]?.message).not.toMatch(/did you mean/i);
      // It ran what `npm ci` built: dist/ was fresh, so nothing was rebuilt.
      expect(service.output()).not.toContain("rebuilt");
      // The response cache has its default bound (RESPONSE_CACHE_MB=32).
      const health = (await (await fetch(`${service.url}/health`)).json()) as object;
      expect(health).toHaveProperty("responseCache.maxBytes", 32 * 2 ** 20);
    } finally {
      expect(await stopWhileTrickling()).toBe(0);
    }
    // npm start on the bundled graph-data, then a stop at the 1 s deadline: past 60 s on a
    // loaded machine (vitest.config.ts's timeout leaves room for it).
  });

  // Was tests/api/lifecycle.test.ts's, with a service of its own on the fixture graph.
  it("exits at the shutdown deadline whatever a client is doing", async () => {
    expect(await stopWhileTrickling()).toBe(0);
    expect((await npmStart()).output()).toContain("shutdown deadline reached");
  });

  it("needs no build tool at run time: esbuild and tsx are dev dependencies", async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain("esbuild");
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
    expect(pkg.scripts.prepare).toMatch(/scripts\/build\.js/);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_GRAPH_DATA_LIMITS } from "../src/graph/index.js";
import { DEFAULT_SERVICE_LIMITS } from "../src/graphql/serviceLimits.js";
import {
  ConfigError,
  readConfig,
  readGraphDataLimits,
  SOLE_WRITER_LOG_BUFFER_KB,
} from "../src/process/config.js";
import { LIMIT_VARIABLES } from "../src/process/serviceLimitVariables.js";
import { BUNDLED_GRAPH_DATA, VARIABLES } from "../src/process/variables.js";
import { compiled, FIXTURE_GRAPH } from "./helpers/paths.js";
import { runScript } from "./helpers/runScript.js";

describe("readConfig", () => {
  it("has defaults for everything", () => {
    expect(readConfig({})).toEqual({
      port: 4000,
      host: "0.0.0.0",
      graphData: BUNDLED_GRAPH_DATA,
      logLevel: "info",
      logSample: 1,
      logBufferBytes: SOLE_WRITER_LOG_BUFFER_KB * 1024,
      production: true,
      introspection: true,
      graphiql: false,
      trustedDocuments: "off",
      httpCacheMaxAge: 60,
      corsOrigins: [],
      requestTimeoutMs: 10_000,
      workers: 1,
      responseCacheMiB: 32,
      healthDetails: false,
      metrics: true,
      shutdownGraceMs: 0,
      shutdownDeadlineMs: 15_000,
      workerRestartLimit: 5,
      workerRestartWindowMs: 60_000,
      otlpEndpoint: null,
      graphDataLimits: DEFAULT_GRAPH_DATA_LIMITS,
      limits: DEFAULT_SERVICE_LIMITS,
    });
  });

  it("buffers more log lines per write when unset and one process writes stdout, else LOG_BUFFER_KB's", () => {
    expect(readConfig({}).logBufferBytes).toBe(SOLE_WRITER_LOG_BUFFER_KB * 1024);
    expect(SOLE_WRITER_LOG_BUFFER_KB).toBeLessThanOrEqual(12);
    expect(readConfig({ WORKERS: "2" }).logBufferBytes).toBe(3 * 1024);
    expect(readConfig({ LOG_BUFFER_KB: "3" }).logBufferBytes).toBe(3 * 1024);
    expect(readConfig({ LOG_BUFFER_KB: "0" }).logBufferBytes).toBe(0);
  });

  it("serves GraphiQL by default in development only; GRAPHIQL decides otherwise", () => {
    expect(readConfig({ NODE_ENV: "development" }).graphiql).toBe(true);
    expect(readConfig({ NODE_ENV: "production" }).graphiql).toBe(false);
    expect(readConfig({ NODE_ENV: "development", GRAPHIQL: "false" }).graphiql).toBe(false);
    expect(() => readConfig({ GRAPHIQL: "yes" })).toThrow(/GRAPHIQL="?yes"?: /);
  });

  it("reads every variable", () => {
    const config = readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      GRAPH_DATA: "/data",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      INTROSPECTION: "false",
      GRAPHIQL: "true",
      TRUSTED_DOCUMENTS: "only",
      HTTP_CACHE_MAX_AGE: "0",
      CORS_ORIGINS: "https://a.example, https://b.example",
      REQUEST_TIMEOUT_MS: "2000",
      WORKERS: "2",
      RESPONSE_CACHE_MB: "0",
      GRAPH_DATA_MAX_MB: "16",
      GRAPH_DATA_MAX_ENTRIES: "100000",
      MAX_COST: "1000",
      MAX_RESPONSE_KB: "64",
      CLIENT_MAX_IN_FLIGHT: "8",
    });
    expect(config).toMatchObject({
      port: 0,
      production: true,
      introspection: false,
      graphiql: true,
      trustedDocuments: "only",
      httpCacheMaxAge: 0,
      corsOrigins: ["https://a.example", "https://b.example"],
      workers: 2,
      responseCacheMiB: 0,
      graphDataLimits: {
        ...DEFAULT_GRAPH_DATA_LIMITS,
        maxTotalBytes: 16 * 2 ** 20,
        maxEntries: 100_000,
      },
      limits: {
        ...DEFAULT_SERVICE_LIMITS,
        maxCost: 1000,
        maxResponseBytes: 65536,
        clientMaxInFlight: 8,
      },
    });
  });

  it("is production unless NODE_ENV says development or test", () => {
    expect(readConfig({ NODE_ENV: "development" }).production).toBe(false);
    expect(readConfig({ NODE_ENV: "test" }).production).toBe(false);
    expect(readConfig({ NODE_ENV: "production" }).production).toBe(true);
    expect(() => readConfig({ NODE_ENV: "prod" })).toThrow(/NODE_ENV/);
  });

  it("names every bad variable at once", () => {
    let message = "";
    try {
      readConfig({
        PORT: "x",
        WORKERS: "0",
        RESPONSE_CACHE_MB: "-1",
        LOG_LEVEL: "loud",
        GRAPH_DATA_MAX_MB: "0.5",
        GRAPH_DATA_MAX_ENTRIES: "lots",
        MAX_COST: "lots",
        KEEP_ALIVE_MS: "-5",
      });
    } catch (err) {
      message = err instanceof Error ? err.message : "";
    }
    for (const name of [
      "PORT",
      "WORKERS",
      "RESPONSE_CACHE_MB",
      "LOG_LEVEL",
      "GRAPH_DATA_MAX_MB",
      "GRAPH_DATA_MAX_ENTRIES",
      "MAX_COST",
      "KEEP_ALIVE_MS",
    ]) {
      expect(message).toContain(name);
    }
  });

  it("reads the graph-data limits alone for tools that only check graph-data", () => {
    expect(readGraphDataLimits({ GRAPH_DATA_MAX_MB: "8", PORT: "not a port" })).toEqual({
      ...DEFAULT_GRAPH_DATA_LIMITS,
      maxTotalBytes: 8 * 2 ** 20,
    });
    expect(() => readGraphDataLimits({ GRAPH_DATA_MAX_ENTRIES: "0" })).toThrow(
      /GRAPH_DATA_MAX_ENTRIES/,
    );
  });

  it("rejects empty strings, hex, signs and spaces: nothing silently becomes a default", () => {
    for (const [variable, value] of [
      ["PORT", ""],
      ["PORT", "0x1F90"],
      ["PORT", " 80"],
      ["RESPONSE_CACHE_MB", ""],
      ["WORKERS", "1e1"],
      ["INTROSPECTION", ""],
      ["HOST", ""],
      ["GRAPH_DATA", ""],
      ["CORS_ORIGINS", ""],
      ["CORS_ORIGINS", "evil"],
      ["OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318"],
    ] as const) {
      expect(() => readConfig({ [variable]: value }), `${variable}=${value}`).toThrow(ConfigError);
    }
  });

  it("lists every problem at once, each with its variable, value and what it must be", () => {
    const env = {
      PORT: "0x1F90",
      RESPONSE_CACHE_MB: "",
      CORS_ORIGINS: "not an origin",
      LOG_LEVEL: "loud",
      SHUTDOWN_GRACE_MS: "30000",
      SHUTDOWN_DEADLINE_MS: "20000",
    };
    let problems: readonly { variable: string; value: string; expected: string }[] = [];
    try {
      readConfig(env);
    } catch (err) {
      if (err instanceof ConfigError) problems = err.problems;
    }
    expect(problems.map((p) => p.variable).sort()).toEqual([
      "CORS_ORIGINS",
      "LOG_LEVEL",
      "PORT",
      "RESPONSE_CACHE_MB",
      "SHUTDOWN_DEADLINE_MS",
    ]);
    for (const p of problems) expect(p.expected.length).toBeGreaterThan(0);
  });

  it("refuses KEEP_ALIVE_MS=0, which node reads as keeping idle connections forever", () => {
    expect(() => readConfig({ KEEP_ALIVE_MS: "0" })).toThrow(/KEEP_ALIVE_MS="0"/);
    expect(readConfig({ KEEP_ALIVE_MS: "1" }).limits.keepAliveTimeoutMs).toBe(1);
  });

  it("reads every integer variable's bounds, and refuses one past them", () => {
    for (const [name, variable] of Object.entries({ ...VARIABLES, ...LIMIT_VARIABLES })) {
      if (variable.kind !== "integer") continue;
      const at = (value: number) => () =>
        readConfig({ SHUTDOWN_DEADLINE_MS: "3600000", [name]: String(value) });
      if (name !== "SHUTDOWN_DEADLINE_MS") {
        expect(at(variable.min), `${name}=${variable.min}`).not.toThrow();
        expect(at(variable.max), `${name}=${variable.max}`).not.toThrow();
      }
      expect(at(variable.max + 1), `${name}=${variable.max + 1}`).toThrow(ConfigError);
      expect(at(variable.min - 1), `${name}=${variable.min - 1}`).toThrow(ConfigError);
    }
  });
});

describe("main with a bad configuration", () => {
  it("exits 1 listing every bad variable", async () => {
    const { code, output } = await runScript(compiled("main"), {
      env: { PORT: "", WORKERS: "0", CORS_ORIGINS: "nope", GRAPH_DATA: FIXTURE_GRAPH },
    });
    expect(code).toBe(1);
    for (const name of ["PORT", "WORKERS", "CORS_ORIGINS"]) expect(output).toContain(name);
  });
});

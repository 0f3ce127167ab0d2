import { describe, expect, it } from "vitest";
import { DEFAULT_SERVICE_LIMITS } from "../src/api/serviceLimits.js";
import { BUNDLED_GRAPH_DATA, readConfig } from "../src/config.js";

describe("readConfig", () => {
  it("has defaults for everything", () => {
    expect(readConfig({})).toEqual({
      port: 4000,
      host: "0.0.0.0",
      graphData: BUNDLED_GRAPH_DATA,
      logLevel: "info",
      production: false,
      introspection: true,
      corsOrigins: [],
      requestTimeoutMs: 10_000,
      workers: 1,
      responseCacheMiB: 32,
      limits: DEFAULT_SERVICE_LIMITS,
    });
  });

  it("reads every variable", () => {
    const config = readConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      GRAPH_DATA: "/data",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      INTROSPECTION: "false",
      CORS_ORIGINS: "https://a.example, https://b.example",
      REQUEST_TIMEOUT_MS: "2000",
      WORKERS: "2",
      RESPONSE_CACHE_MB: "0",
      MAX_COST: "1000",
      MAX_RESPONSE_KB: "64",
      CLIENT_MAX_IN_FLIGHT: "8",
    });
    expect(config).toMatchObject({
      port: 0,
      production: true,
      introspection: false,
      corsOrigins: ["https://a.example", "https://b.example"],
      workers: 2,
      responseCacheMiB: 0,
      limits: {
        ...DEFAULT_SERVICE_LIMITS,
        maxCost: 1000,
        maxResponseBytes: 65536,
        clientMaxInFlight: 8,
      },
    });
  });

  it("names every bad variable at once", () => {
    let message = "";
    try {
      readConfig({
        PORT: "x",
        WORKERS: "0",
        RESPONSE_CACHE_MB: "-1",
        LOG_LEVEL: "loud",
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
      "MAX_COST",
      "KEEP_ALIVE_MS",
    ]) {
      expect(message).toContain(name);
    }
  });
});

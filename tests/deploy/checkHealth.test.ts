import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/service.js";
import { probeUrl } from "../../src/process/checkHealth.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";
import { startService } from "../helpers/service.js";

describe("probeUrl, where the container's health check asks", () => {
  it("follows HOST and PORT: a wildcard host on loopback, IPv6 bracketed, others as given", () => {
    const cases: [Record<string, string>, string][] = [
      [{}, "http://127.0.0.1:4000/livez"],
      [{ HOST: "0.0.0.0", PORT: "8080" }, "http://127.0.0.1:8080/livez"],
      [{ HOST: "::", PORT: "8080" }, "http://[::1]:8080/livez"],
      [{ HOST: "[::]", PORT: "8080" }, "http://[::1]:8080/livez"],
      [{ HOST: "fd00::5", PORT: "80" }, "http://[fd00::5]:80/livez"],
      [{ HOST: "10.1.2.3" }, "http://10.1.2.3:4000/livez"],
      [{ HOST: "kg.internal", PORT: "4100" }, "http://kg.internal:4100/livez"],
    ];
    for (const [env, url] of cases) expect(probeUrl(env), JSON.stringify(env)).toEqual({ url });
  });

  it("names the problem for PORT=0 (picked at start) or a PORT that is no port", () => {
    for (const PORT of ["0", "", "80a", "70000"]) {
      const target = probeUrl({ PORT });
      expect(target, PORT).toHaveProperty("problem");
      expect((target as { problem: string }).problem).toContain("PORT");
    }
  });
});

describe("dist/process/checkHealth.js, the HEALTHCHECK's command", () => {
  const check = (env: Record<string, string>) =>
    runScript(compiled("process/checkHealth"), { env });

  it("exits 0 when the service answers /livez where HOST and PORT say, 1 saying why when not", async () => {
    const service = await startService({ GRAPH_DATA: FIXTURE_GRAPH });
    try {
      const { port } = new URL(service.url);
      // startService binds 127.0.0.1; 0.0.0.0 (the image's HOST) is asked on loopback too.
      expect((await check({ HOST: "127.0.0.1", PORT: port })).code).toBe(0);
      expect((await check({ HOST: "0.0.0.0", PORT: port })).code).toBe(0);
    } finally {
      await service.stop();
    }
    const closed = await check({ HOST: "0.0.0.0", PORT: String(await freePort()) });
    expect(closed.code).toBe(1);
    expect(closed.output).toMatch(/^unhealthy: http:\/\/127\.0\.0\.1:\d+\/livez did not answer/);
    const picked = await check({ PORT: "0" });
    expect(picked.code).toBe(1);
    expect(picked.output).toContain("PORT=0");
  });
});

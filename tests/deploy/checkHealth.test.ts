import { describe, expect, it } from "vitest";
import { probeUrl } from "../../src/process/checkHealth.js";

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

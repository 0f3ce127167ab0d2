import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listenProblem } from "../../src/process/listenProblem.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("listenProblem", () => {
  it("says what went wrong and which variable fixes it, for each error the configuration causes", () => {
    const cases: [string, string][] = [
      ["EADDRINUSE", "PORT"],
      ["EACCES", "PORT"],
      ["EADDRNOTAVAIL", "HOST"],
      ["ENOTFOUND", "HOST"],
      ["EAI_AGAIN", "HOST"],
      ["EINVAL", "HOST"],
      ["EAFNOSUPPORT", "HOST"],
    ];
    for (const [code, variable] of cases) {
      const message = listenProblem(errno(code), "127.0.0.1", 80);
      expect(message, code).toMatch(/^cannot listen on 127\.0\.0\.1:80 \(\w+\): .+: set \w+/);
      expect(message, code).toContain(variable);
    }
  });

  it("leaves other errors alone (null)", () => {
    expect(listenProblem(errno("EMFILE"), "0.0.0.0", 4000)).toBeNull();
    expect(listenProblem(new Error("no code"), "0.0.0.0", 4000)).toBeNull();
  });
});

let taken: Server | undefined;
afterEach(() => taken?.close());

describe("main on a port already taken", () => {
  it("exits 1 with the problem, not a stack trace", async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken?.listen(0, "127.0.0.1", resolve));
    const address = taken.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const { code, output } = await runScript(compiled("main"), {
      env: { PORT: String(port), HOST: "127.0.0.1", GRAPH_DATA: FIXTURE_GRAPH, LOG_LEVEL: "fatal" },
    });
    expect(code).toBe(1);
    expect(output).toContain("EADDRINUSE");
    expect(output).toContain("set PORT");
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe("main on an address it cannot bind", () => {
  it("exits 1 naming HOST, not with a stack trace (an IPv6 link-local address)", async () => {
    const { code, output } = await runScript(compiled("main"), {
      env: { PORT: "0", HOST: "fe80::1", GRAPH_DATA: FIXTURE_GRAPH, LOG_LEVEL: "fatal" },
    });
    expect(code).toBe(1);
    expect(output).toContain("not starting: cannot listen on fe80::1:0");
    expect(output).toContain("set HOST");
    expect(output).not.toMatch(/\n\s+at /);
  });
});

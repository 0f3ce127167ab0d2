import { describe, expect, it } from "vitest";
import { variablesSet } from "../../src/process/variablesSet.js";
import { compiled, FIXTURE_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";

describe("variablesSet, the configuration the start-up log shows", () => {
  it("lists the service's variables that are set, as given, and nothing else", () => {
    const env = { PORT: "8080", MAX_COST: "1234", PATH: "/usr/bin", HOME: "/root", GRAPHIQL: "" };
    expect(variablesSet(env)).toEqual({ PORT: "8080", MAX_COST: "1234", GRAPHIQL: "" });
  });

  it("hides credentials in a URL: user, password, query and fragment", () => {
    const shown = (value: string) =>
      variablesSet({ OTEL_EXPORTER_OTLP_ENDPOINT: value }).OTEL_EXPORTER_OTLP_ENDPOINT ?? "";
    expect(shown("https://user:secret@collector:4318")).toBe("https://***@collector:4318/");
    expect(shown("https://c:4318/v1/traces?api_key=SECRET")).toBe("https://c:4318/v1/traces?***");
    // Passwords holding '/' or '@' (each defeated the pattern used before).
    for (const value of ["https://user:pa/ss@c:4318", "https://user:p@ss@c", "https://u:s#x@c"])
      expect(shown(value)).not.toMatch(/pa|ss|s#x/);
    expect(shown("http://collector:4318")).toBe("http://collector:4318/");
  });

  it("is logged once at start-up, before graph-data loads", async () => {
    const { code, output } = await runScript(compiled("main"), {
      env: {
        GRAPH_DATA: FIXTURE_GRAPH,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
        MAX_COST: "1234",
      },
      stopWhen: "Server listening",
    });
    expect(code).toBe(0);
    const line = output.split("\n").find((l) => l.includes('"msg":"configuration read'));
    expect(JSON.parse(line ?? "{}")).toMatchObject({ set: { MAX_COST: "1234", PORT: "0" } });
    expect(output.indexOf("configuration read")).toBeLessThan(output.indexOf("loading graph-data"));
  });
});

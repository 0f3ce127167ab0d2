import { describe, expect, it } from "vitest";
import { variablesSet } from "../../src/process/variablesSet.js";

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
});

import { readFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { REPEAT_SIGNAL_MS } from "../../src/process/shutdown.js";
import { trickle, untilTrickleInFlight } from "../helpers/heldInFlight.js";
import { compiled, FIXTURE_GRAPH, REAL_GRAPH } from "../helpers/paths.js";
import { runScript } from "../helpers/runScript.js";
import { type Service, startService } from "../helpers/service.js";

describe("signals during the first graph-data load", () => {
  it("SIGTERM stops the process cleanly: exit 0, logged, never serving", async () => {
    // The bundled graph-data takes about a second to load: the signal lands in it. (A slower
    // machine loads longer; what must come first is only this process reading the line,
    // unbuffered, and signalling: a pipe's read, against a second of CPU.)
    const { code, output } = await runScript(compiled("main"), {
      env: {
        PORT: "0",
        HOST: "127.0.0.1",
        GRAPH_DATA: REAL_GRAPH,
        LOG_LEVEL: "info",
        LOG_BUFFER_KB: "0",
      },
      stopWhen: '"msg":"loading graph-data"',
    });
    expect(code).toBe(0);
    expect(output).toContain('"signal":"SIGTERM"');
    expect(output).toContain("stopped before serving");
    expect(output).not.toContain("Server listening");
  });

  // The SIGHUP remembered while starting is tested on tests/process/runningService.test.ts's
  // service, which starts anyway.
});

/**
 * One service stopping with Ctrl-C, shared by the two Ctrl-C tests below (a start costs
 * 1.5-2 s of CPU): started with a request trickling in, so it drains for as long as the
 * test likes, then sent one SIGINT; resolves once it is shutting down. Each test runs on
 * its own too (the first repeats that SIGINT at once, the second sends another later).
 */
let stopping: Promise<{ service: Service; exit: ReturnType<Service["closed"]> }> | undefined;
let stopTrickle = () => {};
const interrupted = () => {
  stopping ??= (async () => {
    const service = await startService({
      GRAPH_DATA: FIXTURE_GRAPH,
      SHUTDOWN_DEADLINE_MS: "600000",
      // The trickle must outlive both tests: at the default 10 s, a run slowed by a busy
      // machine would see it cut, the drain end and the process exit 0 before the second
      // Ctrl-C (the test would read 0, not 130).
      REQUEST_TIMEOUT_MS: "600000",
      LOG_BUFFER_KB: "0",
    });
    stopTrickle = trickle(service.url);
    await untilTrickleInFlight(service.url);
    // Its exit once its output has ended: the lines the tests read are all in.
    const exit = service.closed();
    service.child.kill("SIGINT");
    await service.waitFor("shutting down");
    return { service, exit };
  })();
  return stopping;
};
afterAll(async () => {
  stopTrickle();
  const service = (await stopping)?.service;
  if (service?.child.exitCode === null) service.child.kill("SIGKILL");
});

describe("a second signal during the shutdown", () => {
  it("takes a signal repeated at once (a Ctrl-C reaching it twice) as the first, not a second", async () => {
    const { service } = await interrupted();
    // As a terminal and a parent passing it on deliver one Ctrl-C: twice, at once. (Two
    // kills in a row may reach it as one, pending signals merge: the second goes once the
    // first is handled, logged unbuffered, well within REPEAT_SIGNAL_MS.)
    service.child.kill("SIGINT");
    await service.waitFor("signal repeated at once: taken as the same stop request");
    expect(service.child.exitCode).toBeNull();
    expect(service.output()).not.toContain("second signal during the shutdown");
  });

  it("Ctrl-C twice: the first drains, the second exits at once (130), saying so", async () => {
    const { service, exit } = await interrupted();
    await service.waitFor("draining: no new connections");
    // A person's second Ctrl-C, not the first delivered twice (see REPEAT_SIGNAL_MS).
    await delay(REPEAT_SIGNAL_MS);
    service.child.kill("SIGINT");
    expect(await exit).toEqual({ code: 130, signal: null });
    expect(service.output()).toContain("second signal during the shutdown: exiting at once");
    expect(service.output()).not.toContain("drained: exiting");
  });

  // SIGTERM during the grace, then again (143), is tested on
  // tests/api/reloadLatency.test.ts's service, which starts anyway.
});

describe("WORKERS: a second signal to the primary", () => {
  it("kills the workers and exits at once (143), where the first lets them drain", async () => {
    const service = await startService({
      GRAPH_DATA: FIXTURE_GRAPH,
      WORKERS: "2",
      HEALTH_DETAILS: "true",
      SHUTDOWN_GRACE_MS: "300000",
      SHUTDOWN_DEADLINE_MS: "600000",
    });
    await service.waitFor("all workers listening");
    const { pid } = (await (await fetch(`${service.url}/health`)).json()) as { pid: number };
    const exit = service.closed();
    service.child.kill("SIGTERM");
    await service.waitFor("stopping workers");
    await delay(REPEAT_SIGNAL_MS);
    service.child.kill("SIGTERM");
    expect(await exit).toEqual({ code: 143, signal: null });
    expect(service.output()).toContain("second signal while stopping: killing the workers");
    // The worker that answered is gone too, not left draining for the grace.
    // Polled for up to 20 s (vitest's default: 1 s): a killed process is gone once the
    // kernel schedules it, which a loaded machine can put off.
    await expect.poll(() => alive(pid), { timeout: 20_000 }).toBe(false);
  });
});

/** Whether process `pid` still runs (a zombie, killed but not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = (() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      return "";
    }
  })();
  return !/^\d+ \(.*\) Z/.test(stat);
}

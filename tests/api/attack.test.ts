import { describe, expect, it } from "vitest";
import { ALONE, attackTable, GUARANTEES, runAttackSuite } from "../../scripts/attackSuite.js";
import { startProcess } from "../../scripts/service.js";
import { compiled } from "../helpers/paths.js";

/**
 * The victim's requests in each window: the same count alone and under each attack, so what
 * is compared is a count a slower machine does not move (a window of one second counted
 * throughput: 13 answered under idle sockets against 147 alone at a load of 19, since a few
 * requests waited 1-3 s). 20 (10 on each of the victim's two connections, searches and
 * traces in turn, every one of its searches and traces sent) meet each attack at full
 * strength after its head start: an attack that starves the victim leaves the first of them
 * waiting, and one that kills the service or swells it fails the row whatever the count.
 * The attackers send flat out for as long as the victim's requests take, most of the
 * file's CPU: 40 cost twice the attackers' time (under a load of 25 the windows took 5 to
 * 13 s) for no check more. `npm run attack` sends for 10 s a window.
 */
const VICTIM_REQUESTS = 20;

/**
 * The time all of a window's requests have: what is not answered by then counts as failed.
 * Alone they take about 0.2 s here, and a few held 1-3 s under idle sockets: a machine
 * twenty times slower still answers them all well within it, so no slow request fails a
 * row; a victim the attack starves, left waiting without answers, does.
 */
const VICTIM_DEADLINE_MS = 30_000;

describe("the attack suite, short form (npm run attack runs it longer)", () => {
  it("keeps the service alive, under 512 MiB, and the victim served, under every attack", async () => {
    // The compiled service, as deployed (dist/ is built once before the tests).
    const service = await startProcess(compiled("main"), {}, { echo: false });
    try {
      const rows = await runAttackSuite(
        service.url,
        service.child.pid ?? 0,
        { requests: VICTIM_REQUESTS, deadlineMs: VICTIM_DEADLINE_MS },
        ALONE,
      );
      // The table's p50 / p99 and pass (which holds the p99 to 250 ms) are for the reader:
      // they are speed, held by npm run attack on a quiet machine, not asserted here.
      console.log(attackTable(rows));
      expect(rows).toHaveLength(1 + ALONE.length);
      const [baseline, ...attacked] = rows;
      // Alone, the victim gets its answers: what each attack's row is held against.
      expect(baseline?.victimRequests).toBe(VICTIM_REQUESTS);
      for (const row of rows) {
        // Its process running and /health answered (by pid, then a long wait: not speed).
        expect(row.alive, row.attack).toBe(true);
        expect(row.maxRssMiB, row.attack).toBeLessThan(GUARANTEES.maxRssMiB);
        // Starvation, counted: of the same 20 requests it sent alone, ≥ 99% (all 20) answered
        // 200 without errors under each attack, whatever the machine's speed.
        expect(row.answered, row.attack).toBeGreaterThanOrEqual(
          Math.ceil(GUARANTEES.minSuccess * VICTIM_REQUESTS),
        );
      }
      for (const row of attacked) {
        expect(
          row.attackers.map((tally) => tally.sent > 0),
          row.attack,
        ).toEqual([true]);
      }
    } finally {
      await service.stop();
    }
    // Nine windows of 20 requests, a service and an attacker process to start: past 40 s
    // under a load of 26 (the attacks' bounds are in the rows, not in the test's time).
  }, 120_000);
});

import { describe, expect, it } from "vitest";
import { ALONE, attackTable, GUARANTEES, runAttackSuite } from "../../scripts/attackSuite.js";
import { startProcess } from "../../scripts/service.js";
import { compiled } from "../helpers/paths.js";

/**
 * The share of the baseline's answered requests the victim must still get answered in a
 * window under attack. Counted, not timed: the baseline is measured in the same run on
 * the same machine, so a busy machine lowers both (a p50 under 250 ms, checked here until
 * stop 29, failed on a loaded machine with the victim alone). Before the budgets 0.4-3% of
 * the victim's requests went through under the worst attacks. Not more than a twentieth:
 * under idle and slow sockets a few of the victim's requests wait 1-3 s while its median
 * stays under 80 ms, and in one second that is a large part of its count (one run at a
 * load of 19: 13 answered against 147 alone).
 */
const VICTIM_SHARE = 0.05;

describe("the attack suite, short form (npm run attack runs it longer)", () => {
  it("keeps the service alive, under 512 MiB, and the victim served, under every attack", async () => {
    // The compiled service, as deployed (dist/ is built once before the tests).
    const service = await startProcess(compiled("main"), {}, { echo: false });
    try {
      const rows = await runAttackSuite(service.url, service.child.pid ?? 0, 1, ALONE);
      console.log(attackTable(rows));
      expect(rows).toHaveLength(1 + ALONE.length);
      const [baseline, ...attacked] = rows;
      for (const row of rows) {
        expect(row.alive, row.attack).toBe(true);
        expect(row.maxRssMiB, row.attack).toBeLessThan(GUARANTEES.maxRssMiB);
        expect(row.success, row.attack).toBeGreaterThanOrEqual(GUARANTEES.minSuccess);
      }
      // One second per attack (at work before the victim's second begins) while the rest
      // of the suite shares the machine: a p99 of a few dozen requests is their slowest
      // one, so this form checks what an attack that starves the victim changes, the count
      // it gets answered, and npm run attack holds every row's p99 to 250 ms.
      for (const row of attacked) {
        expect(
          row.attackers.map((tally) => tally.sent > 0),
          row.attack,
        ).toEqual([true]);
        expect(row.answered, row.attack).toBeGreaterThanOrEqual(
          VICTIM_SHARE * (baseline?.answered ?? Number.POSITIVE_INFINITY),
        );
      }
    } finally {
      await service.stop();
    }
    // Nine one-second windows, a service and an attacker process to start: past 40 s
    // under a load of 26 (the attacks' bounds are in the rows, not in the test's time).
  }, 90_000);
});

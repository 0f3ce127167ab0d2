import { describe, expect, it } from "vitest";
import { attackTable, GUARANTEES, runAttackSuite } from "../../scripts/attackSuite.js";
import { startProcess } from "../../scripts/service.js";
import { compiled } from "../helpers/paths.js";

describe("the attack suite, short form (npm run attack runs it longer)", () => {
  it("keeps the service alive, under 512 MiB, and the victim served, under every attack", async () => {
    // The compiled service, as deployed (dist/ is built once before the tests).
    const service = await startProcess(compiled("main"), {}, { echo: false });
    try {
      const rows = await runAttackSuite(service.url, service.child.pid ?? 0, 1);
      console.log(attackTable(rows));
      expect(rows).toHaveLength(9);
      const [baseline, ...attacked] = rows;
      for (const row of rows) {
        expect(row.alive, row.attack).toBe(true);
        expect(row.maxRssMiB, row.attack).toBeLessThan(GUARANTEES.maxRssMiB);
        expect(row.success, row.attack).toBeGreaterThanOrEqual(GUARANTEES.minSuccess);
      }
      // One second per attack while the rest of the suite shares the machine: a p99 of a
      // few dozen requests is their slowest one, so this form checks what an attack that
      // starves the victim changes (before the budgets: 0.4-3% of the victim's requests
      // went through under the worst attacks), and npm run attack holds every row's p99 to
      // 250 ms.
      for (const row of attacked) {
        expect(row.victimRequests, row.attack).toBeGreaterThan(
          0.05 * (baseline?.victimRequests ?? 0),
        );
        expect(row.p50, row.attack).toBeLessThan(GUARANTEES.maxP99Ms);
      }
    } finally {
      await service.stop();
    }
    // Nine one-second rows, but a service and eight attackers to start: past 40 s under
    // a load of 26 (the attacks' bounds are in the rows, not in the test's time).
  }, 90_000);
});

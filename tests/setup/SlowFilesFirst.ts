import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first (measured with `npm test`'s report on a quiet
 * 2-core machine). Most of their time is spent waiting: on service processes starting,
 * draining and crash-looping, on attack and reload windows, on a browser. Started first,
 * the other worker's short CPU-bound files fill those waits, and none of them is left to
 * run alone at the end while the other worker idles (on a fresh clone vitest has no timings
 * of its own and starts the largest files first, which put attack.test.ts, 35 lines, last).
 * Ordered by the wall times of a quiet `npm test` at stop 28 (interview 21 s, attack 19 s,
 * reload latency 13 s, explorer 10 s, signals 9 s ...): the crash-loop and signal files
 * shrank that stop when their tests moved onto services other files start anyway.
 */
export const SLOW_FILES: readonly string[] = [
  "tests/browser/interview.test.ts",
  "tests/api/attack.test.ts",
  "tests/api/reloadLatency.test.ts",
  "tests/browser/explorer.test.ts",
  "tests/process/signals.test.ts",
  "tests/api/workers.test.ts",
  "tests/api/lifecycle.test.ts",
  "tests/knowledge/reloadKnowledgeBase.test.ts",
  "tests/api/reload.test.ts",
  "tests/api/compiledService.test.ts",
  "tests/search/searchAnswers.test.ts",
  "tests/trace/traceAnswers.test.ts",
  "tests/api/compiledPathRedTeam.test.ts",
  "tests/browser/entity.test.ts",
  "tests/api/hostCheckTarget.test.ts",
];

/**
 * Vitest's own order (failed first, then longest by its timings, else largest first), with
 * {@link SLOW_FILES} moved to the front in their listed order.
 */
export class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const relative = path.relative(file.project.config.root, file.moduleId).replaceAll("\\", "/");
      const index = SLOW_FILES.indexOf(relative);
      return index < 0 ? SLOW_FILES.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * The synonym expander's build, linear in its groups' size: CPU milliseconds to build over
 * one group of 10 000 phrases and of 80 000 (the fewest of seven builds of each, in turns,
 * so that a busy spell meets both), and their ratio (linear: about 8; quadratic, as the
 * expander once was: 64, and minutes a build at 80 000). Part of `npm run bench`; a test asserted the
 * ratio until stop 29, when CI's noise moved it (6 to 15 seen against a bound of 40):
 * tests/search/synonymExpander.test.ts keeps what counts, this keeps the figure.
 * `tsx bench/synonymBuild.ts` prints it alone.
 */
import { fileURLToPath } from "node:url";
import { SynonymExpander } from "../src/search/index.js";
import { round } from "./measure.js";

/**
 * One group of `size` distinct phrases, all made of the same 60 words (so that term
 * processing, memoised per word, costs the same per phrase at every size).
 */
export function synonymGroupOf(size: number): string[] {
  const w = (i: number) => `w${Math.floor(i) % 60}x`;
  return Array.from({ length: size }, (_, i) => `${w(i)} ${w(i / 60)} ${w(i / 3600)}`);
}

/** CPU milliseconds this process spent building an expander over `group` (and expanding once). */
function buildCpuMs(group: readonly string[]): number {
  const before = process.cpuUsage();
  new SynonymExpander([group]).expand(["word1", "term1"]);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The build's CPU time at 10 000 and 80 000 phrases, and the second's over the first. */
export interface SynonymBuild {
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/** Measures {@link SynonymBuild}: a warm-up, then seven builds of each size in turns. */
export function synonymBuild(): SynonymBuild {
  const small = synonymGroupOf(10_000);
  const large = synonymGroupOf(80_000);
  buildCpuMs(small); // warm up the JIT
  let smallMs = Number.POSITIVE_INFINITY;
  let largeMs = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 7; run++) {
    smallMs = Math.min(smallMs, buildCpuMs(small));
    largeMs = Math.min(largeMs, buildCpuMs(large));
  }
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

/** One line for the bench's report. */
export const synonymBuildLine = (b: SynonymBuild) =>
  `synonym expander build, one group, CPU: 10 000 phrases ${round(b.smallMs, 1)} ms, 80 000 ${round(b.largeMs, 1)} ms (×${round(b.ratio, 1)}; linear 8, quadratic 64)`;

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(synonymBuildLine(synonymBuild()));

import { AdmittingCache } from "../cache/AdmittingCache.js";
import { STEPS_PER_REPORT, type WalkStart } from "./findRootCauses.js";
import type { RootCause, WorkMeter } from "./types.js";

/** Most walks remembered. */
export const WALK_MEMO_ENTRIES = 2048;

/**
 * Most pieces (root causes, paths and steps together) remembered across all walks: 2^17,
 * a few MiB at most (a step is shared with the walk view, so a piece is one small object
 * or one array slot). The oldest walks are forgotten first.
 */
export const WALK_MEMO_PIECES = 2 ** 17;

interface Walk {
  readonly causes: readonly RootCause[];
  /** Labels the walk settled: what it told its meter. */
  readonly steps: number;
  readonly pieces: number;
}

/**
 * The root-cause walks of recent traces, by everything a walk depends on (its starts and
 * their weights, the reported causes' bonuses, depth and limit; in any order: see
 * {@link WalkMemo.key}): runners' findings are few
 * even when their sentences are new, so most walks were walked before. A remembered walk
 * tells the meter what the walk told it, call by call (so a budget stops it where the walk
 * would have stopped), and answers the same root causes (shared, read-only objects).
 * Bounded by {@link WALK_MEMO_ENTRIES} walks and {@link WALK_MEMO_PIECES} pieces, least
 * recently used forgotten first, and, once full, a new walk kept only if asked for more
 * often than those it would push out (an {@link AdmittingCache}, its sketch 32 KiB: unique
 * complaints do not push out the common walks); one per knowledge base, dropped with it.
 */
export class WalkMemo {
  private readonly walks: AdmittingCache<Walk>;

  /**
   * @param seed the admission sketch's seed, which also draws the one tie in 128 admitted
   * (default: random per process; tests give one so that draw replays exactly).
   */
  constructor(seed?: number) {
    this.walks = new AdmittingCache<Walk>({
      maxSize: WALK_MEMO_PIECES,
      sizeOf: (walk) => walk.pieces,
      maxEntries: WALK_MEMO_ENTRIES,
      entries: WALK_MEMO_ENTRIES,
      seed,
    });
  }

  /**
   * The key of a walk from `starts` (each id once) with `bonuses` (a reported cause's
   * score added, by id), `maxDepth` and `limit`: each part sorted, so the same evidence in
   * another order finds the same walk. Order cannot change a walk's result: findRootCauses
   * sorts its starts by id before making any label (labels are numbered in that order,
   * which is what breaks ties of weight), every later choice follows weights, label
   * numbers and node ranks, and a bonus is looked up by id; the starts' order matters only
   * for an id given twice, which the engine never does (it keeps the best weight per id).
   * Ids are slugs (no ':', ',' or '|'), and {@link exact} writes every bit of a number, so
   * two different walks never share a key.
   */
  static key(
    starts: readonly WalkStart[],
    bonuses: ReadonlyMap<string, number>,
    maxDepth: number,
    limit: number,
  ): string {
    const from = sorted(starts.map((s) => `${s.entity.id}:${exact(s.weight)}`)).join(",");
    const bonus =
      bonuses.size === 0
        ? ""
        : sorted([...bonuses].map(([id, b]) => `${id}:${exact(b)}`)).join(",");
    return `${from}|${bonus}|${maxDepth}|${limit}`;
  }

  /**
   * The root causes of the walk `key`, from memory or from `walk` (given a meter that
   * counts what it reports, and forwards it to `meter`).
   */
  recall(key: string, meter: WorkMeter | undefined, walk: (meter: WorkMeter) => RootCause[]) {
    const known = this.walks.get(key);
    if (known !== undefined) {
      if (meter !== undefined) {
        for (let n = STEPS_PER_REPORT; n <= known.steps; n += STEPS_PER_REPORT)
          meter("step", STEPS_PER_REPORT);
        meter("step", known.steps % STEPS_PER_REPORT);
      }
      return [...known.causes];
    }
    let steps = 0;
    const causes = walk((kind, count) => {
      steps += count;
      meter?.(kind, count);
    });
    this.walks.set(key, { causes, steps, pieces: piecesOf(causes) });
    return [...causes];
  }
}

function piecesOf(causes: readonly RootCause[]): number {
  let pieces = causes.length;
  for (const c of causes) for (const p of c.paths) pieces += 1 + p.steps.length;
  return pieces;
}

/** A number as a key: every bit of it (String gives the shortest exact form; -0 apart). */
const exact = (n: number) => (Object.is(n, -0) ? "-0" : String(n));

/** Parts sorted in place, as Array.prototype.sort would: by insertion when few (cheaper than sort's set-up), else by sort. */
function sorted(parts: string[]): string[] {
  if (parts.length > 16) return parts.sort();
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as string;
    let j = i;
    for (; j > 0 && (parts[j - 1] as string) > part; j--) parts[j] = parts[j - 1] as string;
    parts[j] = part;
  }
  return parts;
}

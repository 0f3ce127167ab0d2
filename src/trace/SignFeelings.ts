import type { Entity, FindingProfile, KnowledgeGraph, Symptom } from "../graph/index.js";
import { entityAt } from "../graph/index.js";
import { isWarningSign } from "./isWarningSign.js";

/**
 * What the feelings of the warning signs' profiles say of a reading beside the sign it
 * matched: a sign of the whole leg (limping, not bearing weight) said in the words another
 * sign was read from, a denial that leaves some feelings of a sign joining several unsaid,
 * and the signs a sign's profile takes in. Built once per data version: one entry per such
 * sign.
 */
export class SignFeelings {
  /**
   * Warning signs of the whole leg (`anywhere`: limping, not bearing weight) and the feelings
   * their profiles list, in the data's order (see {@link saidWith}).
   */
  private readonly wholeLeg: { readonly sign: Symptom; readonly feelings: readonly string[] }[] =
    [];
  /**
   * Per warning sign whose profile joins several feelings (redness, warmth or swelling), those
   * feelings (see {@link partlyDenied}).
   */
  private readonly joined = new Map<string, readonly string[]>();
  /** Per sign whose profile takes others in (findings' `takesIn`), those symptoms. */
  private readonly takes = new Map<string, readonly Symptom[]>();

  /**
   * @param graph the knowledge graph, for the symptoms the profiles describe
   * @param profiles what each symptom is in findings, by entity id (graph-data findings.yaml)
   */
  constructor(graph: KnowledgeGraph, profiles: ReadonlyMap<string, FindingProfile>) {
    for (const [id, p] of profiles) {
      const taken = p.takesIn.flatMap((t) => {
        const s = entityAt(graph, t);
        return s?.kind === "SYMPTOM" ? [s] : [];
      });
      if (taken.length > 0) this.takes.set(id, taken);
      const e = entityAt(graph, id);
      if (e?.kind !== "SYMPTOM" || !isWarningSign(e)) continue;
      if (p.anywhere && p.feelings.length > 0)
        this.wholeLeg.push({ sign: e, feelings: p.feelings });
      if (p.feelings.length > 1) this.joined.set(id, p.feelings);
    }
  }

  /**
   * The whole leg's warning signs said in the words another sign of the same list was read
   * from: every feeling of theirs is one `sign` was read with ("can't put weight on my heel"
   * is the heel's sudden-pain sign, read with not bearing weight, which the heel's list also
   * names on its own). So the answer gives them as reasons and the interview does not ask
   * them again. At another list's sign ("can't put weight on my ankle": the ankle's own
   * sign) none. One look per such sign.
   */
  saidWith(sign: Entity, feelings: readonly string[]): Symptom[] {
    if (sign.kind !== "SYMPTOM" || sign.warningSignOf === null || feelings.length === 0) return [];
    return this.wholeLeg
      .filter(
        (w) =>
          w.sign.id !== sign.id &&
          w.sign.warningSignOf === sign.warningSignOf &&
          w.feelings.every((f) => feelings.includes(f)),
      )
      .map((w) => w.sign);
  }

  /**
   * The symptoms `sign`'s profile takes in (sudden ankle pain that swells takes in the
   * swollen ankle; hip pain before ankle pain, the hip's pain): the reading kept `sign`
   * alone, but they were said, so they are not asked again and count for triage as its
   * parts. None for most signs.
   */
  takenIn(sign: Entity): readonly Symptom[] {
    return this.takes.get(sign.id) ?? [];
  }

  /** Whether `sign` is a warning sign of the whole leg (limping, not bearing weight). */
  isWholeLeg(sign: Entity): boolean {
    return this.wholeLeg.some((w) => w.sign.id === sign.id);
  }

  /**
   * Whether denying `feelings` leaves some of `sign`'s feelings unsaid, for a warning sign
   * joining several ("no swelling" says nothing of a red or warm heel): such a denial denies
   * no sign, so the answer does not say the sign is not there and the checklist still asks
   * it. One look per feeling of the sign.
   */
  partlyDenied(sign: Entity, feelings: readonly string[]): boolean {
    const all = this.joined.get(sign.id);
    return all !== undefined && feelings.length > 0 && !all.every((f) => feelings.includes(f));
  }
}

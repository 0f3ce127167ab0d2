import type { Side } from "../graph/index.js";
import type { Finding, Whose } from "./types.js";

/**
 * The findings a reading returns, made from those its clauses found: each site of the
 * body the reading is `about` takes the side said for it (see {@link withSides}; `alone`
 * is a side said in a clause of its own), then one finding is kept per entity (see
 * {@link tidy}), less those another reported finding of the same person takes in
 * (`takesIn`: entity id to the symptoms its profile takes in), in text order, at most
 * `limit` of them, those with an entity first.
 */
export function tidyFindings(
  findings: readonly Finding[],
  alone: Side | null,
  about: Whose,
  limit: number,
  takesIn: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  return tidy(withSides(asSymptomsWhereDenied(findings), alone, about), limit, takesIn);
}

/**
 * A condition read from generic pain whose name the same person denies ("my ankle hurts
 * but it's not runner's ankle") is read as the symptom that pain is (entity = its
 * `countsAs`), so the pain stays reported beside the denied condition.
 */
function asSymptomsWhereDenied(findings: readonly Finding[]): readonly Finding[] {
  const key = (f: Finding) => `${f.whose} ${f.entity?.id}`;
  const denied = new Set<string>();
  for (const f of findings) if (!f.present && f.countsAs === null && f.entity) denied.add(key(f));
  if (denied.size === 0) return findings;
  return findings.map((f) =>
    f.present && f.countsAs !== null && denied.has(key(f))
      ? { ...f, entity: f.countsAs, countsAs: null }
      : f,
  );
}

/**
 * A side said once holds for the whole complaint: a finding at a site without one takes
 * the side said before it, else the first said after it, else the side said `alone` in a
 * clause of its own (a mileage jump has no side).
 */
function withSides(findings: readonly Finding[], alone: Side | null, about: Whose): Finding[] {
  // Another person's side is theirs ("my heel is sore, my friend's left heel is numb").
  let side = findings.find((f) => f.side !== null && f.whose === about)?.side ?? alone;
  if (side === null) return [...findings];
  return findings.map((f) => {
    if (f.whose !== about) return f;
    if (f.side !== null) side = f.side;
    return f.side === null && f.site !== null ? withSide(f, side) : f;
  });
}

/** `f` with `side`: a new finding, its fields in the same order. */
function withSide(f: Finding, side: Side | null): Finding {
  return {
    text: f.text,
    start: f.start,
    end: f.end,
    present: f.present,
    whose: f.whose,
    side,
    site: f.site,
    feelings: f.feelings,
    timings: f.timings,
    quantity: f.quantity,
    entity: f.entity,
    confidence: f.confidence,
    weight: f.weight,
    basis: f.basis,
    countsAs: f.countsAs,
  };
}

/**
 * How a finding ranks against another of the same entity: reported first, then the runner's,
 * then said as so rather than only asked about ("what causes runner's ankle? my ankle hurts").
 */
const standing = (f: Finding) =>
  (f.present ? 4 : 0) + (f.whose === "RUNNER" ? 2 : 0) + (f.basis?.hedged === true ? 0 : 1);

/** `f` names the condition `seen` read from generic pain ("it aches, runner's ankle"), as sure. */
const named = (f: Finding, seen: Finding) =>
  standing(f) === standing(seen) &&
  seen.countsAs !== null &&
  f.countsAs === null &&
  (f.confidence ?? 0) >= (seen.confidence ?? 0);

/**
 * One finding per entity (a reported one wins over a denial, the runner's over another
 * person's, one said over one only asked about, a named condition over the same read from
 * generic pain unless less confident), less a reported one that another reported finding
 * of the same person takes in, in text order, at most `limit`: those with an entity kept
 * first.
 */
function tidy(
  findings: readonly Finding[],
  limit: number,
  takesIn: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  const byEntity = new Map<string, Finding>();
  const rest: Finding[] = [];
  for (const f of findings) {
    if (f.entity === null) {
      rest.push(f);
      continue;
    }
    const seen = byEntity.get(f.entity.id);
    if (seen === undefined || standing(f) > standing(seen) || named(f, seen))
      byEntity.set(f.entity.id, f);
  }
  // A Map's iteration skips what is deleted during it: a taken-in finding is not visited.
  for (const f of byEntity.values()) {
    if (!f.present || f.entity === null) continue;
    for (const id of takesIn.get(f.entity.id) ?? []) {
      const taken = byEntity.get(id);
      if (taken?.present === true && taken.whose === f.whose) byEntity.delete(id);
    }
  }
  const kept = [...byEntity.values(), ...rest.filter((f) => !namedOnly(f, byEntity))].slice(
    0,
    limit,
  );
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Whether `f` is a site only named, nothing felt, timed or measured there ("my ankle" of "my
 * ankle only hurts on downhills", where "only" starts a clause), whose pain or sign another
 * finding of the same person at that site reads: the site is understood there already. One
 * look per kept finding.
 */
function namedOnly(f: Finding, byEntity: ReadonlyMap<string, Finding>): boolean {
  if (!f.present || f.site === null || f.feelings.length > 0 || f.timings.length > 0) return false;
  if (f.quantity !== null) return false;
  for (const g of byEntity.values())
    if (g.present && g.whose === f.whose && g.site?.id === f.site.id) return true;
  return false;
}

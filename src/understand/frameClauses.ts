import type { Side } from "../graph/index.js";
import { aboutTheRunner, says } from "./aboutTheRunner.js";
import { aboutUncoveredOnly, namesShoeSite, saysNoSign } from "./aboutUncoveredOnly.js";
import { asksAbout, generalQuestion, hedgesName } from "./askedNames.js";
import { conceptId } from "./Candidate.js";
import { counts, ledBy, ledByOther, namesAnimal, namesMe } from "./clauseLeads.js";
import { clauseWith } from "./clauseShape.js";
import { type Cues, cuesOf } from "./cuesOf.js";
import { deniedByTheRunner } from "./deniedByTheRunner.js";
import { endedLater, someoneElses } from "./endedLater.js";
import type { Lexicon } from "./Lexicon.js";
import { mixedOwners, type TheirSites } from "./mixedOwners.js";
import { nextSays } from "./nextSays.js";
import { ownerOf, withPhraseSites } from "./ownerOf.js";
import type { Clause, ClauseMention } from "./readClauses.js";
import { reportsOpinion } from "./reportsOpinion.js";
import { owned, runnersOwn } from "./runnersOwn.js";
import { runnersParts } from "./runnersPart.js";
import { saidBack } from "./saidBack.js";
import { type RunnersSay, runnersSay } from "./saysAlsoMine.js";
import {
  denied,
  deniedNext,
  elsewhere,
  NONE,
  namedOver,
  reported,
  SIGNS,
  signIds,
  signsBut,
} from "./signsOver.js";
import { sitesOf } from "./sitesOf.js";
import { toldAsOwn } from "./toldAsOwn.js";
import type { Token } from "./types.js";

const NO_SIDES: readonly Side[] = [];

/**
 * Frames each clause: whose body it is about, whether what it says is over, and whether a
 * condition it names is only asked about. A clause about someone else's body part ("my
 * buddy's ankle", "her paw") is about someone else, and so is one after it that names no
 * site and not the runner. A sign said to be over is denied: after "used to"; in a clause
 * with a past verb and a past time and nothing ongoing ("heel was swollen last month");
 * with "gone now" in its clause, or in the clause after it when that one says nothing else
 * ("tingling in my heel, gone now"). A clause that only asks about or fears a name ("is it
 * plantar fasciitis?", not "my plantar fasciitis?"), or asks about it as a subject ("what causes
 * runner's ankle", not "how do I treat my plantar fasciitis"), is hedged: its names are read with less
 * confidence (a question is not a report, but the runner may be right). A complaint that only speaks of body parts no article covers,
 * and what is felt there, reads no cause: the articles link causes to the parts they cover.
 * One pass over the tokens; each word list is looked up by its first word.
 */
export function frameClauses(read: Clause[], tokens: readonly Token[], lexicon: Lexicon): Clause[] {
  // "my friend is limping and I can't put weight on my heel": the runner's part is theirs.
  const clauses = runnersParts(read, tokens, lexicon);
  if (clauses.length === 0) return clauses;
  const cues = cuesOf(clauses, tokens, lexicon);
  // No cause is read in a complaint only of parts no article covers, nor in one saying no
  // sign whose site word is a shoe's ("the heel of my shoe is worn down, get new ones?").
  const noCauseRead =
    aboutUncoveredOnly(clauses, tokens, lexicon) ||
    (saysNoSign(clauses, lexicon) && namesShoeSite(clauses, tokens, lexicon));
  // What the runner says of their own beside someone else's ("so does mine", "mine doesn't",
  // "I am"): looked for once, and only when a clause speaks of someone else (else it changes
  // nothing below).
  let ownSay: RunnersSay | null = null;
  const runnerSays = (): RunnersSay => (ownSay ??= runnersSay(clauses, tokens, lexicon));
  // "what causes heel pain" asks about what is felt (not "why does my heel hurt"), unless
  // another clause tells of the runner's own ("is achilles pain serious? its been a month").
  const general = clauses.map((clause, i) =>
    generalQuestion(clause, (cues[i] as Cues).topicAt, cues[i] as Cues, tokens, lexicon),
  );
  const asks = general.map((g) => g !== null);
  const told = asks.includes(true) && toldAsOwn(clauses, asks, tokens, lexicon);
  const speaks = cues.some((c) => c.firstPerson);
  // "can worn shoes cause knee pain? my knee is killing me": beside the runner's own sign, a
  // question's factor is told too.
  const ownSign = clauses.some(
    (clause, i) => general[i] === null && reportsSign(clause, tokens, lexicon),
  );
  const framed: Clause[] = [];
  // The other person of the last clause read as two ("my ankle and my wife's heel hurt").
  let split: TheirSites | null = null;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i] as Clause;
    const c = cues[i] as Cues;
    const previous = framed[framed.length - 1];
    const sites = sitesOf(clause, tokens, lexicon);
    const placed = withPhraseSites(clause, sites, tokens, lexicon);
    // "my heel and my wife's ankle are numb": read as the runner's clause and hers.
    const mixed = mixedOwners(sites, clause.mentions, tokens, lexicon);
    // "..., hers is numb" after such a clause: theirs, at their site; so is "..., it is
    // numb" when their site was named last ("my ankle and my wife's heel hurt").
    const led: boolean =
      split !== null &&
      sites.length === 0 &&
      !c.firstPerson &&
      (ledByOther(clause, tokens, lexicon) || (split.last && ledBy(clause, tokens, lexicon)));
    const owner =
      mixed === null ? ((led ? split?.owner : null) ?? ownerOf(placed, tokens, lexicon)) : null;
    split = mixed ?? (led ? split : null);
    // After a clause that only names someone, only one naming someone again is theirs, or
    // (after animals) one counting them ("took the spaniels out, one is limping").
    const carried =
      previous?.other === true &&
      sites.length === 0 &&
      !c.firstPerson &&
      (clause.other ||
        says(previous) ||
        (previous.animal && counts(tokens, clause.from, lexicon))) &&
      !namesMe(previous, tokens, lexicon);
    // "my heel went numb after my dog pulled me over": the runner's own site keeps the clause
    // the runner's, whoever else it names (red flags win).
    const mine = owner === null && placed.some((m) => runnersOwn(m, tokens, lexicon));
    // "my wife's heel hurts and so does mine", "..., mine too": the runner has it too.
    const others =
      clause.other || clause.animal || owner !== null || carried || previous?.animal === true;
    const alsoMine = others ? runnerSays().also : null;
    const also =
      alsoMine !== null &&
      (alsoMine[i] === true || (alsoMine[i + 1] === true && !nextSays(clauses, i)));
    const other = ((clause.other && !mine) || owner !== null || carried) && !also;
    // "my dog limps, her paw is swollen": a pronoun after an animal is the animal; "my dog
    // limps, me too": the runner limps.
    // "my dog's leg hurts and he can't walk": a pronoun right after an animal named is it.
    const animal =
      ((clause.animal && !mine) ||
        owner === "ANIMAL" ||
        (previous?.animal === true && (carried || owner === "PRONOUN")) ||
        (clause.other &&
          owner === null &&
          previous !== undefined &&
          namesAnimal(previous, tokens, lexicon) &&
          ledByOther(clause, tokens, lexicon))) &&
      !also;
    // "my wife's left heel is numb, mine too": her side is not said of the runner's heel.
    const sides = also && owner !== null ? NO_SIDES : clause.sides;
    const said = clause.mentions.some((m) => SIGNS.has(m.concept.type));
    // A far past time is over with a past verb, or when something later says it is over
    // ("ankle stress fracture last year, now pain free"); never in a fear or a question
    // ("scared of getting a stress fracture like last year": the time only compares).
    // "heel pain went away, came back on my first run": gone, then back.
    // "the numbness came back and has been fine since": back, whatever follows.
    // "heel went numb, it was gone, but it's back today": gone, then back (see saidBack).
    const backLater = saidBack(clauses, cues, i, tokens, lexicon);
    const back = backLater || c.returning;
    // "my heel is numb and the swelling is gone now": only the swelling, named, is over.
    const named =
      c.resolvedHere && said && !back ? namedOver(clause, c.resolvedSpan, tokens, lexicon) : null;
    const over =
      (c.pastTime && !c.ongoing && !c.hedged && !back && (c.pastVerb || c.resolvedLater)) ||
      (c.resolvedHere && said && !back && named === null) ||
      (c.resolvedAfter && !back) ||
      // "what if my heel went numb? it hasn't happened": asked, then said not to have happened
      // (not "has the numbness gone? it hasn't": the sign is there).
      (c.asked && (c.goneAway ? c.happeningDeniedLater : c.unhappenedLater)) ||
      (i + 1 < clauses.length &&
        !backLater &&
        (cues[i + 1] as Cues).resolvedHere &&
        !nextSays(clauses, i, tokens, lexicon, (cues[i + 1] as Cues).resolvedSpan) &&
        !elsewhere(clause, clauses[i + 1] as Clause) &&
        !someoneElses(clause, clauses[i + 1] as Clause, tokens, lexicon));
    // "heel was swollen, the swelling's gone down now": only the signs named over are over.
    const next = cues[i + 1];
    // "... was swollen and red; the swelling's gone down, just sore now": all else is over.
    const left =
      next?.resolvedHere && cues[i + 2]?.remaining && c.pastVerb && !c.ongoing
        ? reported(clauses[i + 2])
        : null;
    const endedNext =
      named !== null
        ? named
        : left !== null
          ? signsBut(clause, left)
          : // "heel swollen. ankle swelling gone now": the ankle's is over, not the heel's.
            next?.resolvedHere &&
              !elsewhere(clause, clauses[i + 1] as Clause) &&
              !someoneElses(clause, clauses[i + 1] as Clause, tokens, lexicon)
            ? signIds(clauses[i + 1], next.resolvedSpan)
            : c.pastVerb && !c.ongoing
              ? deniedNext(clause, clauses[i + 1])
              : NONE;
    // "Wed: heel puffy. Thu: rest. Fri: puffiness gone.": a later day says it is over.
    const endedAfter = endedLater(clauses, cues, i, tokens, lexicon);
    const ended = endedAfter.size === 0 ? endedNext : new Set([...endedNext, ...endedAfter]);
    const lead = c.ongoing ? -1 : c.leadEnd;
    const hedged = c.hedged
      ? hedgesName(clause, tokens, lexicon)
      : asksAbout(clause, c.topicAt, tokens, lexicon);
    const asking = general[i] === "FELT" && !told;
    // "can you get plantar fasciitis from running too much?": its factor is only asked about
    // (not "could weak calves be why my achilles aches": the runner asks of their own).
    const inGeneral = (asking && !ownSign) || (general[i] === "NOTHING_FELT" && !told && !speaks);
    // "which shoe is best for road running?": asks to choose, reports no cause.
    const shopping = c.product && c.choice && sites.length === 0;
    // "my coach says I overstride": another person's view of a cause is not the runner's report;
    // what the runner said before it is ("i upped my mileage and my coach said to rest").
    const viewAt = reportsOpinion(clause, tokens, lexicon);
    const opinion = viewAt < clause.to;
    // Most clauses are framed as read: kept as they are, nothing copied.
    const reframed =
      other !== clause.other ||
      animal !== clause.animal ||
      sides !== clause.sides ||
      mixed !== null;
    const endsHere = clause.mentions.some((m) => !m.negated && ended.has(conceptId(m)));
    if (
      !(
        other ||
        over ||
        endsHere ||
        lead >= 0 ||
        hedged ||
        asking ||
        inGeneral ||
        noCauseRead ||
        shopping ||
        opinion
      ) &&
      !reframed &&
      !c.hedged
    ) {
      framed.push(clause);
      continue;
    }
    const mentions: ClauseMention[] = [];
    for (const m of clause.mentions) {
      const type = m.concept.type;
      // What the runner did when it all happened is over too, once it is said to be fine now.
      // A product question's factors are only asked about, unless the runner owns one
      // ("best insoles for my flat feet?").
      const asked = shopping && !owned(m, tokens, lexicon);
      const viewed = m.from >= viewAt;
      // "does running on concrete cause heel pain": a general question's factor is asked too.
      if (
        type === "FACTOR" &&
        (noCauseRead || asked || inGeneral || viewed || (over && c.resolvedLater))
      )
        continue;
      // "do hills cause knee pain?": a cause named in a general question is asked about too.
      if (type === "MENTION" && (viewed || inGeneral) && lexicon.causes.has(m.concept.id)) continue;
      const past =
        ((over || ended.has(conceptId(m))) && SIGNS.has(type)) ||
        (lead >= 0 && m.from >= lead && (SIGNS.has(type) || type === "FACTOR"));
      mentions.push(past && !m.negated ? denied(m) : m);
    }
    const theirs = mixed?.sites;
    // Run on ("my wife's ankle is swollen my heel hurts"): each body's own stretch.
    const stretch = (m: ClauseMention, first: boolean) =>
      mixed == null || mixed.at < 0 || m.from < mixed.at === first;
    const theirsFirst = mixed != null && sites[0] !== undefined && mixed.sites.has(sites[0]);
    if (mixed != null)
      framed.push(
        clauseWith(clause, {
          mentions: mentions.filter(
            (m) => (m.concept.type !== "SITE" || theirs?.has(m)) && stretch(m, theirsFirst),
          ),
          quantities: [],
          other: true,
          animal: mixed.owner === "ANIMAL",
          whose: "SOMEONE_ELSE",
          hedged,
        }),
      );
    framed.push(
      clauseWith(clause, {
        mentions:
          theirs === undefined
            ? mentions
            : mentions.filter((m) => !theirs.has(m) && stretch(m, !theirsFirst)),
        quantities: noCauseRead ? [] : clause.quantities.filter((q) => q.from < viewAt),
        sides,
        other,
        animal,
        whose: other ? "SOMEONE_ELSE" : "RUNNER",
        hedged,
        ...(asking ? { asked: true as const } : {}),
        ...(c.hedged ? { feared: true as const } : {}),
        from: clause.from,
        to: clause.to,
      }),
    );
    // "my wife's heel hurts, mine doesn't": the runner denies having what she has.
    if (other && !animal && runnerSays().not[i]) framed.push(deniedByTheRunner(clause));
    // "my wife isn't limping, I am": the runner has what she is said not to have.
    else if (other && runnerSays().is[i]) framed.push(deniedByTheRunner(clause, true));
  }
  return aboutTheRunner(framed);
}

/**
 * Whether a clause reports a sign of the runner's own: a feeling not denied, in a clause about
 * no one else ("my knee is killing me"; not "my wife's heel is numb", "my dog is limping", "no
 * pain"). A few looks per mention.
 */
function reportsSign(clause: Clause, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (clause.other || clause.animal) return false;
  if (!clause.mentions.some((m) => m.concept.type === "FEELING" && !m.negated)) return false;
  const placed = withPhraseSites(clause, sitesOf(clause, tokens, lexicon), tokens, lexicon);
  return ownerOf(placed, tokens, lexicon) === null;
}

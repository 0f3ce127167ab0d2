import type { Side } from "../graph/index.js";
import { addressed } from "./addressed.js";
import { answeredNo } from "./answeredNo.js";
import { becauseOfSite } from "./becauseOfSite.js";
import { beforeSite } from "./beforeSite.js";
import { conceptShape } from "./Concept.js";
import { type Item, itemsOf } from "./clauseItems.js";
import { clauseShape } from "./clauseShape.js";
import { comparesSides } from "./comparesSides.js";
import { clarifies, correctedKinds, takeBack } from "./corrections.js";
import { listGoesOn } from "./denialLists.js";
import { doubleNegated } from "./doubleNegated.js";
import { frameClauses } from "./frameClauses.js";
import { answerEnds, answersAsked, governingCue } from "./governingCue.js";
import { growsNoLump } from "./growsNoLump.js";
import type { Concept, Lexicon, Mention } from "./Lexicon.js";
import { LIST_MARKS } from "./listMarks.js";
import { namesSide } from "./namesSide.js";
import { orderedSitesFelt } from "./orderedSitesFelt.js";
import { possessiveAlone } from "./possessiveAlone.js";
import {
  laterRise,
  type QuantityMention,
  type QuantityReader,
  quantityMention,
} from "./readQuantities.js";
import { saidOfThings } from "./saidOfThings.js";
import { andSplits, commaLists } from "./siteLists.js";
import { sitesListed } from "./sitesListed.js";
import { sitesToo } from "./sitesToo.js";
import { startsBody } from "./startsBody.js";
import type { Token, Whose } from "./types.js";
import { understated } from "./understated.js";
import { endNegated } from "./verbalNegation.js";
import { withTheRunner } from "./withTheRunner.js";

/** A mention as read in its clause: denied when a negation cue governs it. */
export interface ClauseMention extends Mention {
  readonly negated: boolean;
}

/** A stretch of a complaint that speaks of one thing (split at punctuation and "but"). */
export interface Clause {
  readonly mentions: readonly ClauseMention[];
  readonly quantities: readonly QuantityMention[];
  readonly sides: readonly Side[];
  /** The clause is about someone else ("my friend's heel is numb", "my dog is limping"). */
  readonly other: boolean;
  /** The someone else is an animal ("my dog is limping"): nothing said of it is read. */
  readonly animal: boolean;
  /**
   * Whose body the clause speaks of (set when framed): it stays SOMEONE_ELSE when a
   * complaint only about another person is read as the runner's (`other` false then).
   */
  readonly whose: Whose;
  /** A condition or cause it names is only asked about or feared ("is it plantar fasciitis?"). */
  readonly hedged: boolean;
  /**
   * A correction after it took back its site, or the site it leaned on: it is felt at the
   * site named next ("heel, no wait, ankle"; "my heel hurts, it is numb, no wait, my ankle").
   */
  readonly resited?: true;
  /** It asks about what is felt as a subject, of no one's body ("what causes heel pain"). */
  readonly asked?: true;
  /**
   * It asks or fears (a hedge word or a question: "worried about a stress fracture", "could
   * it be a rupture?"): a condition read in it from what is felt is still read (the articles
   * send a feared tear or fracture to a doctor), but explains none of the site's pain.
   */
  readonly feared?: true;
  /** Its tokens: `from` to `to` (exclusive), the words that ended it not included. */
  readonly from: number;
  readonly to: number;
}

/**
 * Words a negation cue governs at most when none of them is known ("I don't think I have
 * any numbness" reaches numbness; a cue never reaches past its clause).
 */
export const NEGATION_REACH = 5;

/**
 * Reads tokens into clauses: the lexicon's longest phrases and the quantities, split into
 * clauses at punctuation, scope breaks ("but") and an "and" that starts something new; a
 * negation cue denies the feelings, timings, factors and named entities after it until its
 * clause ends, carrying across a list ("no numbness, tingling or swelling"). Each clause is
 * then framed ({@link frameClauses}): whose body, past or present, asked or reported.
 */
export function readClauses(
  tokens: readonly Token[],
  lexicon: Lexicon,
  quantities: QuantityReader,
): Clause[] {
  // "hot bath helped", "the crowd was buzzing": a sign word said of a thing reports nothing.
  const items = saidOfThings(itemsOf(tokens, lexicon, quantities), tokens, lexicon);
  const clauses: Clause[] = [];
  let mentions: ClauseMention[] = [];
  let found: QuantityMention[] = [];
  let sides: Side[] = [];
  let other = false;
  let animal = false;
  let plural = false;
  let negating = false;
  // The cue can deny a site itself ("not the heel"), not only what is felt there.
  let siteDenial = false;
  // The cue denies things ("no"): its list never reaches a state word ("no heel pain, numb").
  let thingCue = false;
  // After an "and" that does not join a list, the next site starts a new clause.
  let split = false;
  let reach = 0;
  let start = 0;
  const close = (end = tokens.length) => {
    // "my heels" names both sides, unless a side is said; so does "left heel worse than right".
    if (sides.length === 0 && plural) sides.push("BOTH");
    else if (sides.length > 0 && comparesSides(tokens, start, end, lexicon)) sides.push("BOTH");
    // A side said alone ("..., left side") is kept: it is the complaint's side; so is an
    // animal named alone ("took the collie out, she's limping"): what follows may be its.
    if (mentions.length > 0 || found.length > 0 || sides.length > 0 || animal)
      clauses.push(
        clauseShape({
          mentions,
          quantities: found,
          sides,
          other,
          animal,
          whose: "RUNNER",
          hedged: false,
          from: start,
          to: end,
        }),
      );
    start = end;
    mentions = [];
    found = [];
    sides = [];
    other = false;
    animal = false;
    plural = false;
    negating = false;
    split = false;
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as Item;
    if (item.kind === "punctuation") {
      // A "+" or "/" between spaces lists as a comma does ("hip + knee + ankle all sore").
      const comma = item.t.folded === "," || LIST_MARKS.has(item.t.folded);
      if (comma && negating && listGoesOn(items, k, tokens, lexicon, thingCue)) continue;
      // A list ends no clause: sites before what is felt ("heel, ankle and achilles all
      // numb"), feelings before their site ("a hot, swollen heel").
      if (comma && !negating && commaLists(items, k, mentions, lexicon)) continue;
      close(item.at);
    } else if (item.kind === "quantity") {
      const later = laterRise(tokens, item.q.from, item.q.to);
      found.push(
        negating || later > 0
          ? quantityMention(
              item.q.quantity,
              item.q.from,
              item.q.to,
              negating ? true : item.q.negated,
              later,
            )
          : item.q,
      );
    } else if (item.kind === "word") {
      if (beforeSite(items, k, mentions, lexicon)) {
        close(item.at + 1);
        continue;
      }
      const reports = lexicon.reporting.has(tokens[item.at + 1]?.stem ?? "");
      // "... and my wife can't bear weight": another person after an "and" starts a clause.
      if (split && lexicon.others.has(item.t.stem)) close(item.at);
      // "my wife and I both have numb heels": the runner is in it too.
      if (
        lexicon.others.has(item.t.stem) &&
        (!item.t.possessive || possessiveAlone(tokens, item.at, lexicon)) &&
        !reports &&
        !withTheRunner(tokens, item.at, lexicon) &&
        !addressed(tokens, item.at, lexicon)
      ) {
        // "my dad walks the dog and his heel is red": a person named first is whom it is
        // about, the animal after only what they do (red flags win).
        if (lexicon.animals.has(item.t.stem) && !other) animal = true;
        other = true;
      }
      if (lexicon.bothSides.has(item.t.folded) && !item.t.possessive) plural = true;
      // "my wife's heel is not numb my heel is numb": a second body's words end the denial.
      if (negating && startsBody(tokens, item.at, mentions, lexicon)) negating = false;
      if (negating && ++reach > NEGATION_REACH) negating = false;
    } else {
      const { concept } = item.m;
      // Side words inside a phrase ("under my left heel") name its side; in what is felt
      // they are only words ("can't walk right").
      for (let i = item.m.from; i < item.m.to; i++) {
        const t = tokens[i] as Token;
        if (lexicon.bothSides.has(t.folded) && !t.possessive) plural = true;
        const word =
          concept.type === "SIDE" || concept.type === "FEELING"
            ? undefined
            : lexicon.sideWords.get(t.stem);
        // "each" or "both" inside a phrase ("after each run") says nothing of sides, but
        // inside a site's ("underneath of both feet") it is the site's.
        const side = word === "BOTH" && concept.type !== "SITE" ? undefined : word;
        if (side !== undefined) sides.push(side);
      }
      switch (concept.type) {
        case "NEGATION":
          // "is it improving? no my heel is still numb": the answer ends there, as a comma does.
          if (answerEnds(item.m.from, item.m.to, tokens, lexicon)) {
            close(item.m.from);
            close(item.m.to);
            break;
          }
          // "has not fully gone away", "hasn't stopped hurting": the end is negated, not a sign.
          // "numbness? nope, swelling? a bit": an answer denies what was asked, not what follows.
          negating =
            !endNegated(item.m.from, item.m.to, tokens, lexicon) &&
            !answersAsked(item.m.from, item.m.to, tokens);
          siteDenial = lexicon.siteDenials.has(tokens[item.m.from]?.stem ?? "");
          thingCue =
            lexicon.frames.thingDenials.endAt(tokens, item.m.from, item.m.to) === item.m.to;
          reach = 0;
          break;
        case "BREAK":
          // "I'm limping because of my heel": the sign is felt at the site it is owed to.
          if (!becauseOfSite(items, k, tokens, lexicon)) close(item.m.from);
          break;
        case "CORRECTION": {
          // "numb, no wait, tingly": what the words after it say is taken back from what
          // came before (see takeBack); when they say nothing known, all before it is, but
          // after a clarifier, which takes nothing back ("it tingles, my heel I mean").
          const kinds = correctedKinds(items, k);
          if (kinds.size === 0 && !clarifies(item.m, tokens, lexicon)) {
            mentions = [];
            found = [];
            clauses.length = 0;
          } else {
            close(item.m.from);
            takeBack(clauses, kinds, tokens);
          }
          close(item.m.to);
          break;
        }
        case "LIST":
          if (andSplits(items, k, mentions, tokens, lexicon)) {
            split = true;
            negating = false;
          }
          break;
        case "SIDE":
          if (item.m.to - item.m.from > 1 || namesSide(items, k, lexicon, tokens)) {
            // "... and my right ankle": the side starts the new clause with its site.
            if (split) close(item.m.from);
            sides.push(concept.side);
          }
          break;
        case "SITE":
          if (split) close(item.m.from);
          // "not the ankle": a denied site (what it denies is read with the clause).
          mentions.push(inClause(item.m, item.m.concept, negating && siteDenial));
          break;
        case "FEELING":
        case "TIMING":
        case "FACTOR": {
          // "my heel pain is getting bigger": growth is swelling only of a lump.
          if (growsNoLump(tokens, item.m.from, item.m.to, start, lexicon.frames)) break;
          // "can walk fine" reports no limping, "new shoes" no worn shoes: each stands for
          // the denial of what it denies.
          if (!concept.denies?.length) {
            mentions.push(inClause(item.m, concept, negating));
            break;
          }
          // Negated itself, it denies nothing: "not walking normal" is a limp, "can't afford
          // new shoes" says nothing of worn ones.
          const cue = negating
            ? governingCue(items, k, NEGATION_REACH, item.m.from, tokens, lexicon)
            : "none";
          if (cue !== "none" && concept.type === "FACTOR") break;
          for (const id of concept.denies)
            mentions.push(
              inClause(
                item.m,
                conceptShape({ ...concept, id, denies: [], saidAs: concept.id }),
                cue !== "verbal",
              ),
            );
          break;
        }
        default:
          mentions.push(inClause(item.m, concept, negating));
      }
    }
  }
  close();
  const said = understated(doubleNegated(clauses, tokens, lexicon), tokens, lexicon);
  // "my knee is sore after running, and my ankle too": the ankle is sore after running too.
  const framed = frameClauses(answeredNo(said, tokens, lexicon), tokens, lexicon);
  // "ankle went first": the ankle hurt. "sore heel and ankle": both sites are sore.
  const ordered = orderedSitesFelt(sitesToo(framed, tokens, lexicon), tokens, lexicon);
  return sitesListed(ordered, tokens, lexicon);
}

/** A mention as read in its clause, meaning `concept` (one object shape for all). */
function inClause(m: Mention, concept: Concept, negated: boolean): ClauseMention {
  return { concept, from: m.from, to: m.to, typo: m.typo, negated };
}

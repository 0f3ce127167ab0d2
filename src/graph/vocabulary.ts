import type { Origin } from "./model.js";

/** What a quantity rule measures. */
export const MEASURES = ["mileage-rise", "shoe-miles", "weeks"] as const;
export type Measure = (typeof MEASURES)[number];

/** Sides a complaint can name. */
export const SIDES = ["LEFT", "RIGHT", "BOTH"] as const;
export type Side = (typeof SIDES)[number];

/** A feeling, timing or factor of the vocabulary, with the words that name it. */
export interface VocabularyConcept {
  readonly id: string;
  readonly name: string;
  /** A generic word (pain): matches a site's general symptom, never a specific one. */
  readonly generic: boolean;
  /** Ids of the same list this wording denies ("can walk fine" denies limping). */
  readonly denies: readonly string[];
  readonly words: readonly string[];
  readonly origin: Origin;
}

/** A body site a complaint can name; `within` is the larger site it is part of. */
export interface VocabularySite {
  readonly id: string;
  readonly name: string;
  readonly within: string | null;
  /** The BODY_STRUCTURE node the site is on, if any. */
  readonly structure: string | null;
  /** False for a body part the articles do not cover: a clause naming only such sites matches nothing. */
  readonly covered: boolean;
  readonly words: readonly string[];
  readonly origin: Origin;
}

/** One pattern of a quantity rule: words with {n} or {a}/{b} slots. */
export interface QuantityPattern {
  readonly pattern: string;
  /** The value when the pattern has no slot ("doubled": 100). */
  readonly value: number | null;
  /** Factor applied to {n} (default 1). */
  readonly scale: number;
}

/** Reads one measure from token patterns, when a context word is in the same clause. */
export interface QuantityRule {
  readonly measure: Measure;
  readonly patterns: readonly QuantityPattern[];
  readonly context: readonly string[];
  /**
   * Words that, in the clause just before a quantity whose own clause has no context word,
   * stand for its context ("I upped my mileage, it was 30%"); empty: none (the default).
   */
  readonly lookBack: readonly string[];
  /**
   * Phrases saying the opposite of the measure (fillers may sit inside them), in the
   * quantity's clause or the look-back clause it leans on: none is read there ("I cut my
   * mileage by 30%" is no rise); empty: none (the default).
   */
  readonly against: readonly string[];
  readonly origin: Origin;
}

/** The words a complaint is read with (graph-data `vocabulary`). */
export interface Vocabulary {
  readonly sites: readonly VocabularySite[];
  readonly feelings: readonly VocabularyConcept[];
  readonly timings: readonly VocabularyConcept[];
  readonly factors: readonly VocabularyConcept[];
  readonly negations: readonly string[];
  readonly scopeBreaks: readonly string[];
  readonly listWords: readonly string[];
  readonly fillers: readonly string[];
  /** Words that make a side word a side when they follow it (left side, right leg). */
  readonly sideNouns: readonly string[];
  /**
   * Words that make a clause about someone else ("my friend's heel is numb"). A complaint
   * only about someone else is read as the runner's; beside the runner's own complaint,
   * only a warning sign said of them is read.
   */
  readonly others: readonly string[];
  /** The `others` that are animals ("my dog is limping"): what is said of them is never read. */
  readonly animals: readonly string[];
  /** Site words that name both sides at once ("heels"). */
  readonly bothSides: readonly string[];
  /** Words after which a person named only reports ("my husband says"). */
  readonly reporting: readonly string[];
  /**
   * Parts of a site said after it ("ankle hurts on the outside", "sore at the back"): with a
   * `partLeads` word before them they name the part of the site said or carried.
   */
  readonly siteParts: readonly string[];
  /** Words before a site part that make it one ("on", "at"). */
  readonly partLeads: readonly string[];
  /** Things a runner buys or wears (shoes, insoles): a clause asking to choose one reports no cause. */
  readonly products: readonly string[];
  /** Words asking to choose ("which", "best", "recommend"): with a product, a clause only asks. */
  readonly choices: readonly string[];
  /** Words taking back what was said before them ("no wait"). */
  readonly corrections: readonly string[];
  /** The `corrections` that, with nothing known after them, say what came just before is meant ("it tingles, my heel I mean"): they take nothing back. */
  readonly clarifiers: readonly string[];
  /** Negation cues that can deny a site itself ("not the heel"). */
  readonly siteDenials: readonly string[];
  /**
   * Negation cues that deny a thing, not a state ("no", "without"): a list they govern is a
   * list of things, so across a comma they never reach a `states` word ("no heel pain, numb").
   */
  readonly thingDenials: readonly string[];
  /** Words saying how a part is ("numb", "swollen"), not a thing one has: see thingDenials. */
  readonly states: readonly string[];
  /**
   * Words pointing back at the body part named last ("it"): after a clause naming the
   * runner's site and another person's, a clause led by one is about whoever's came last.
   */
  readonly pointers: readonly string[];
  /** Past-tense verbs that, with a past time in the same clause, put its signs in the past ("heel was swollen last month"). */
  readonly pastVerbs: readonly string[];
  /** Times that are over (last month, ago): with a past verb and no ongoing word in the clause, its signs are past, so denied. */
  readonly pastTimes: readonly string[];
  /** Words after which what the clause says is past ("used to have tingling"), so denied. */
  readonly pastLeads: readonly string[];
  /** Words saying a sign is over ("gone now", "not anymore"): the signs of their clause, else of the clause before, are denied. */
  readonly resolved: readonly string[];
  /** Words saying a sign only asked about has not happened ("what if my heel went numb? it hasn't happened"): the question's signs are denied. */
  readonly unhappened: readonly string[];
  /** The `resolved` words saying only how today is ("fine today"): they end a sign only said with a past verb or time. */
  readonly resolvedToday: readonly string[];
  /** The `resolved` words that end a sign only where their clause ends, past fillers ("the swelling isn't there", not "the numbness isn't there all the time"). */
  readonly resolvedAtEnd: readonly string[];
  /** Words saying the rest is fine ("otherwise"): in their part of a sentence, or the part after one saying only them, a `resolved` word ends no sign. */
  readonly otherwise: readonly string[];
  /** Words asking whether a sign went away or changed ("has the numbness gone?"): an `echoes` answer after such a question denies nothing. */
  readonly goingAway: readonly string[];
  /** The `unhappened` answers that only echo the question's verb ("it hasn't"): after a `goingAway` question they deny nothing. */
  readonly echoes: readonly string[];
  /** Words saying a sign is only partly over ("a bit", "almost"): right before a `resolved` word or after it in its clause, it ends no sign ("the swelling has gone down a bit overnight"). */
  readonly partly: readonly string[];
  /** Degree words between a denial and the feeling it denies ("not too sore", "not much pain"): the denial says how much, so the feeling is reported. */
  readonly degreeWords: readonly string[];
  /** Amount words right after a denied feeling ("doesn't hurt much", "isn't swollen that much"): the denial says how much, so the feeling is reported. */
  readonly amountWords: readonly string[];
  /** Words saying what an action is for ("so"): a feeling denied after one, beside a factor the runner names, is what the action hides ("ibuprofen before runs so my heel doesn't hurt"). */
  readonly purposeLeads: readonly string[];
  /** Words making a `partly` phrase before them a span of time ("a little while ago", "a bit later"), not a degree. */
  readonly spans: readonly string[];
  /** Units of a run's distance ("miles", "k"): a number and one stand for a run ("after 12 miles" is after a run). */
  readonly distances: readonly string[];
  /** Words naming a lump on the body ("bump", "knot"): a swelling phrase saying growth is swelling only after one in its clause. */
  readonly lumps: readonly string[];
  /** Words by which a swelling phrase says growth ("bigger", "grown"): swelling only of a lump (`lumps`). */
  readonly growths: readonly string[];
  /** Words saying a pain came first ("my hip hurt first"): see findings' `cameBefore`. */
  readonly firstWords: readonly string[];
  /** Words putting one site's pain ahead of another's ("weeks before my ankle"): see `cameBefore`. */
  readonly beforeWords: readonly string[];
  /** Words saying the site said right before them hurt later ("the hip only joined in later"): see `cameBefore`. */
  readonly laterWords: readonly string[];
  /** Words saying a pain started at the site a `startLinks` word leads to ("it started at the hip"): see `cameBefore`. */
  readonly startWords: readonly string[];
  /** Words joining a `startWords` word to its site (with, at, in, from). */
  readonly startLinks: readonly string[];
  /**
   * Words moving a part ("point", "flex", "curl"): after "when I" or "if I", the part named
   * next is the one moved, not where it is felt ("it pinches when I point my toes").
   */
  readonly movements: readonly string[];
  /** Words grading a sign the two sides share ("worse", "more", "sorer") right before a `comparisons` word: "my left heel is worse than my right" says both heels hurt (BOTH). */
  readonly sharedComparatives: readonly string[];
  /** Words setting one side against the other ("than"): see `sharedComparatives`. */
  readonly comparisons: readonly string[];
  /** Words that carry on an order of pains begun in the sentence ("now"): after a first or before word, one orders as a before word does ("hip first, then the knee, now the ankle"); alone, nothing. */
  readonly sequenceWords: readonly string[];
  /** Things of the mind a sign word is said towards ("numb to the pain of hill reps", "numb to the whole idea"): after the sign, "to" and at most two fillers, one makes the sign a state of mind; a clause naming no site then reads nothing. Never "touch" or "point": "numb to the touch" is the sign. */
  readonly mindThings: readonly string[];
  /** Phrases saying the sites told came in the order they are told ("hips, knees, ankles, in that order", "in order of appearance: ..."): each site's pain came after the one told before it. Never "in order to" (a purpose). */
  readonly orderPhrases: readonly string[];
  /** Names of who speaks in a typed-out chat ("App: Any numbness? Me: no"): opening a turn right before a ":", they are left out, so the turn reads as a checklist's answer. Only the runner and the app: what a coach or a physio says is theirs. */
  readonly speakers: readonly string[];
  /** Words heading a diary's entry (days, "day" or "week" with a number, months): opening a sentence, each entry's sites came after the last entry's ("Mon: hip tight. Wed: knee sore. Sat: ankle aching"). */
  readonly logLabels: readonly string[];
  /** Side words said after their site, as other languages put them ("talón derecho", "cheville gauche"); each is also in `sides`. English side words are not listed ("my heel right after the run" says when). */
  readonly trailingSides: readonly string[];
  /** Words naming what a sign is owed to ("because of", "due to"): followed only by a site, that site is where the sign is ("I'm limping because of my heel"). */
  readonly siteCauses: readonly string[];
  /** Words that, ending right before a `resolved` word (or a longer one holding it), deny it ("hasn't been good since", "nothing has been fine since"): the sign is not over. */
  readonly overDenials: readonly string[];
  /** Words right after (or starting with) a `resolved` word saying the sign spreads or lasts ("that's gone to my toes", "has gone on for days"): that word ends no sign. */
  readonly spreading: readonly string[];
  /** Words saying what was lost is back ("today I can"): at a clause's end only, the sign before them is over. */
  readonly regained: readonly string[];
  /** Words saying what is left once a sign is said to be over ("just", "only": "the swelling's gone down, just sore now"): the other signs of the past clause before are over too. */
  readonly remaining: readonly string[];
  /** Words saying a sign goes on (still, since, started): a clause with one is never put in the past. */
  readonly ongoing: readonly string[];
  /** Words that make the body part after them someone else's (his, her, their), as an `others` possessive does ("buddy's ankle"). */
  readonly owners: readonly string[];
  /** Words by which the runner speaks of themself (I, my): a clause after one about someone else, naming no site and none of these, goes on about them. */
  readonly firstPerson: readonly string[];
  /** Words by which the runner says they have what another person has too ("so does mine", "me too"): that clause is the runner's. */
  readonly alsoMine: readonly string[];
  /** Words ending a clause naming only a site, which then has what the clause before says ("my heel hurts and my knee too"). */
  readonly sitesToo: readonly string[];
  /** Words that make a named condition only a question or fear ("is it", "worried"); a clause ending in ? does too: the name is not read as reported. */
  readonly hedges: readonly string[];
  /** Words that ask about a name as a subject ("what causes", "how to prevent"): a name after them in its clause, not the runner's own ("my", "have"), is only asked about, as a hedge's is. */
  readonly topics: readonly string[];
  /** Words by which the runner says a name after them is theirs ("have", "got", "with"): a topic question about it is theirs ("how do I treat the plantar fasciitis I have" aside). */
  readonly having: readonly string[];
  /** First-person words that only hedge what follows ("I think", "I guess"): they do not make a clause the runner's ("my dog's heel hurts, I think it is swollen" is the dog's). */
  readonly asides: readonly string[];
  /** Words saying a sign said to be over is back ("came back"): the sign before them is not over. */
  readonly returning: readonly string[];
  /** Words that start a question ("does ankle pain come with numbness"): a feeling in a stretch of words led by one is asked about, not felt elsewhere. */
  readonly questionLeads: readonly string[];
  /** Forms of "to be" that ask when a stretch starts with one and a subject follows ("is it numb"). */
  readonly questionVerbs: readonly string[];
  /** Subjects after a `questionVerbs` word that make the stretch a question ("is it", "are my"). */
  readonly questionSubjects: readonly string[];
  /** Words that make the feeling after them a likeness, not a report ("feels like pushing a bruise"). */
  readonly likeness: readonly string[];
  /** Verbal negations ("not", "never", the n't words folded: "hasnt"): a sign's end or return said right after one says the opposite ("has not gone down"). Answer words ("no", "nope") are none. */
  readonly verbalNegations: readonly string[];
  /** Degree and time adverbs looked past between a `verbalNegations` word and what it negates ("hasn't really gone down"). */
  readonly negationAdverbs: readonly string[];
  /** Words that answer a question ("no", "nope"): before "my"/"the" and a site, "it" or "still" they end there as a comma does ("no my heel is still numb"). */
  readonly answerWords: readonly string[];
  /** Words up to three before "new shoes" that make them wanted, not had ("need", "afford"): such new shoes deny no worn shoes. */
  readonly shoesWanted: readonly string[];
  /** Words calling shoes worn anywhere in a text ("worn", "knackered"): new shoes said in it deny no worn shoes. */
  readonly shoesWorn: readonly string[];
  /** Words that, right after another person's possessive, show it stands for their body part alone ("my friend's is numb", "my wife's does too"): the clause is theirs. */
  readonly standsFor: readonly string[];
  /** Verbs by which pain comes on at once ("pain hit", "pain struck"): a pain phrase ending in one says a sudden onset too. */
  readonly onsets: readonly string[];
  /** Verbs by which a site itself is said to give out at once, right after it ("my heel just went", "felt my heel go"): a sudden onset at that site, no sign. */
  readonly givesOut: readonly string[];
  /** Words right after a `givesOut` verb saying how something went or what it became ("went from bad to worse", "go flat"): no giving out there. */
  readonly goesHow: readonly string[];
  /** Words right before a site (past "my"/"the") making it no subject giving out ("how my heel went", "let my heel go"). */
  readonly goesLeads: readonly string[];
  /** Lay words for body parts that are no site the reader knows ("leg", "hoof"): after another person's or an animal's possessive one makes the clause theirs, and a sign said without a place is not read in a clause naming one and no site. */
  readonly bodyWords: readonly string[];
  /** Times earlier than now but not far past ("yesterday", "on tuesday"): a later "fine" ends what was said then. */
  readonly earlierTimes: readonly string[];
  /** Things a sign word describes: what heat, redness or buzzing is said of when not of a body part. */
  readonly signThings: readonly string[];
  /** Forms of be and become between a subject and the sign word said of it. */
  readonly becoming: readonly string[];
  /** Sign words that said of the runner as a whole are a mood or a flush. */
  readonly flushes: readonly string[];
  /** The runner as a subject (I, I'm). */
  readonly selves: readonly string[];
  /** Object pronouns naming the runner ("pulled me over"): after a clause about someone else naming one and no body part, the next clause is the runner's. */
  readonly runnerObjects: readonly string[];
  /** Words looked past between a denied list's last feeling and the site ending it ("numbness in my heel"). */
  readonly siteLeads: readonly string[];
  /** List words carrying a denial on past a `states` word ("no swelling, numb or tingly bits"). */
  readonly denialCarriers: readonly string[];
  /** Verbs affirming, after a first-person word, what was denied of another person ("my wife isn't limping, I am"). */
  readonly affirming: readonly string[];
  /** Words looked past after an "and" or a mark before the runner speaks of themself in another person's clause ("and then mine did too", "and so is my heel"). */
  readonly runnerLeads: readonly string[];
  /** Words by which the runner's part says they have what the other person has ("mine did too", "I can't either", "so is my heel"). */
  readonly runnerToo: readonly string[];
  /** Ongoing words that in a general question only ask about any time ("is heel pain ever serious"): they say no sign goes on. */
  readonly askedTimes: readonly string[];
  /** Words naming whom a question is for ("for runners", "for your knees"): an ongoing word right before one says no time. */
  readonly audiences: readonly string[];
  /** Words before a year that make it a past time ("in 2022"): with a past verb, what is said then is over. */
  readonly yearLeads: readonly string[];
  /** Words opening a condition ("if"): in a question, what is felt after one is only supposed ("should I stop running if my ankle hurts?"). */
  readonly conditionals: readonly string[];
  /** Words opening a question before its verb ("when", "how long"): see `questionLeads`. */
  readonly questionOpeners: readonly string[];
  /** Auxiliaries that ask only before a `questionSubjects` word ("has the swelling gone down"). */
  readonly questionAuxiliaries: readonly string[];
  /** Real words never read as a typo of a body or symptom word one slip away ("angle" is no "ankle"). */
  readonly realWords: readonly string[];
  /** Words of a site's list read as it only right after an owner, "the" or a side word ("my hell" is the heel; "like hell" is not). */
  readonly ownedOnly: readonly string[];
  readonly sides: Readonly<Record<Side, readonly string[]>>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly quantities: readonly QuantityRule[];
}

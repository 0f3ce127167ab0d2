import type { Vocabulary } from "../graph/index.js";
import { PhraseSet } from "./PhraseSet.js";
import { tokenizeComplaint } from "./tokenizeComplaint.js";
import type { Token } from "./types.js";

/**
 * The words that frame a clause: whose body it is about, whether what it says is over, and
 * whether a name in it is only asked about (graph-data vocabulary: pastVerbs, pastTimes,
 * pastLeads, resolved, resolvedToday, resolvedAtEnd, otherwise, unhappened, goingAway, echoes, partly, degreeWords, amountWords, purposeLeads, spans, distances, lumps, growths, firstWords, beforeWords, sequenceWords, orderPhrases, speakers, logLabels, mindThings, laterWords, startWords, startLinks, movements, trailingSides, sharedComparatives, comparisons, siteCauses, overDenials, spreading, regained,
 * remaining, ongoing, owners, firstPerson, hedges, topics, having, asides, returning),
 * how far a denial's list reaches (thingDenials, states), what "it" points at (pointers),
 * which words ask or liken (questionLeads, questionVerbs, questionSubjects, likeness), ask about
 * any time or suppose (askedTimes, conditionals), make a year past (yearLeads), negate a
 * verb (verbalNegations, negationAdverbs), answer (answerWords), want or wear out shoes (shoesWanted, shoesWorn), follow a possessive standing alone (standsFor), say pain came on at once (onsets), say a site gave out at once (givesOut) and how it went or whose subject it is not (goesHow, goesLeads), name a body part no site is (bodyWords), name
 * the runner as an object (runnerObjects), end or carry a denied list (siteLeads,
 * denialCarriers) or affirm what was denied of another (affirming).
 * Language, not medicine.
 */
export class FrameWords {
  /** Stems of past verbs ("was", "had"). */
  readonly pastVerbs: ReadonlySet<string>;
  /** Stems of words saying a sign goes on ("still", "since"). */
  readonly ongoing: ReadonlySet<string>;
  /** Stems of words making the part after them someone else's ("her"). */
  readonly owners: ReadonlySet<string>;
  /** Stems by which the runner speaks of themself ("my"). */
  readonly firstPerson: ReadonlySet<string>;
  /** The vocabulary's `alsoMine`: the runner has what another person has too ("me too"). */
  readonly alsoMine: PhraseSet;
  /** The vocabulary's `sitesToo`: a site named alone has what was said before ("my knee too"). */
  readonly sitesToo: PhraseSet;
  /** The `others` and `owners` words as written (folded), to know possessives ("coach's"). */
  private readonly others: ReadonlySet<string>;
  /** The `animals` words as written (folded). */
  private readonly animals: ReadonlySet<string>;
  /** Stems of products ("shoe") and of words asking to choose one ("which"). */
  readonly products: ReadonlySet<string>;
  readonly choices: PhraseSet;
  readonly pastTimes: PhraseSet;
  readonly pastLeads: PhraseSet;
  readonly resolved: PhraseSet;
  readonly unhappened: PhraseSet;
  /** The `resolved` words saying only how today is ("fine today"): they need a past said. */
  readonly resolvedToday: PhraseSet;
  /** The `resolved` words that end a sign only where their clause ends ("the swelling isn't there"). */
  readonly resolvedAtEnd: PhraseSet;
  /** Words saying the rest is fine ("otherwise"): no `resolved` word in their part of a sentence ends a sign. */
  readonly otherwise: PhraseSet;
  /** Words asking whether a sign went away or changed ("has the numbness gone?"). */
  readonly goingAway: PhraseSet;
  /** The `unhappened` answers that only echo the question's verb ("it hasn't"). */
  readonly echoes: PhraseSet;
  /** Words saying a sign is only partly over ("a bit", "almost"): beside them a `resolved` word ends none. */
  readonly partly: PhraseSet;
  /** Degree words between a denial and its feeling ("not too sore"): see understated. */
  readonly degreeWords: PhraseSet;
  /** Amount words right after a denied feeling ("doesn't hurt much"): see understated. */
  readonly amountWords: PhraseSet;
  /** Words saying what an action is for ("so"): see understated. */
  readonly purposeLeads: ReadonlySet<string>;
  /** Folded words making a `partly` phrase before them a span of time ("a little while ago"). */
  readonly spans: ReadonlySet<string>;
  /** Folded units of a run's distance ("miles", "k"): a number and one stand for a run. */
  readonly distances: ReadonlySet<string>;
  /** Folded words naming a lump ("bump", "knot"): what alone grows into swelling. */
  readonly lumps: ReadonlySet<string>;
  /** Folded words saying growth ("bigger", "grown") inside a swelling phrase. */
  readonly growths: ReadonlySet<string>;
  /** Folded words grading a sign both sides share, and setting one side against the other ("worse", "than"). */
  readonly sharedComparatives: ReadonlySet<string>;
  readonly comparisons: ReadonlySet<string>;
  /** Folded words saying a pain came first, and putting one site's pain before another's. */
  readonly firstWords: ReadonlySet<string>;
  readonly beforeWords: ReadonlySet<string>;
  /** Folded words carrying on an order begun in the sentence ("now"): see SiteOrder. */
  readonly sequenceWords: ReadonlySet<string>;
  /** Stems of things of the mind a sign is said towards ("numb to the pain"): see figureOfSigns. */
  readonly mindThings: ReadonlySet<string>;
  /** Phrases saying the sites came in the order told ("in that order"): see orderMarks. */
  readonly orderPhrases: PhraseSet;
  /** Folded names of who speaks in a typed-out chat ("Me:", "App:"): see withoutSpeakers. */
  readonly speakers: ReadonlySet<string>;
  /** Folded words heading a diary's entry ("Mon:", "Day 4"): see orderMarks. */
  readonly logLabels: ReadonlySet<string>;
  /** Folded words saying a pain came later, or where it started, and the words joining a start to its site. */
  readonly laterWords: ReadonlySet<string>;
  readonly startWords: ReadonlySet<string>;
  readonly startLinks: ReadonlySet<string>;
  /** Stems moving a part ("point", "flex"): see movedParts. */
  readonly movements: ReadonlySet<string>;
  /** Side words said after their site ("talón derecho"): see namesSide. */
  readonly trailingSides: ReadonlySet<string>;
  /** Words that, right before a `resolved` word, deny it ("hasn't been good since"). */
  readonly overDenials: PhraseSet;
  /** Words naming what a sign is owed to ("because of"): see becauseOfSite. */
  readonly siteCauses: PhraseSet;
  /** Words saying a sign spreads or lasts, at or right after a `resolved` word ("that's gone to my toes"). */
  readonly spreading: PhraseSet;
  readonly regained: PhraseSet;
  readonly remaining: PhraseSet;
  readonly hedges: PhraseSet;
  /** Words asking about a name as a subject ("what causes", "how to prevent"). */
  readonly topics: PhraseSet;
  /** Stems by which the runner says the name after them is theirs ("have", "got"). */
  readonly having: ReadonlySet<string>;
  /** First-person words that only hedge what follows ("I think", "I guess"): not the runner speaking of themself. */
  readonly asides: PhraseSet;
  /** Words saying a sign said to be over is back ("came back"). */
  readonly returning: PhraseSet;
  /** Negation cues denying a thing ("no", "free of"): their lists never reach a state word. */
  readonly thingDenials: PhraseSet;
  /** Folded words saying how a part is ("numb", "swollen"). */
  readonly states: ReadonlySet<string>;
  /** Stems pointing back at the body part named last ("it"). */
  readonly pointers: ReadonlySet<string>;
  /** Folded words that start a question ("does", "why"). */
  readonly questionLeads: ReadonlySet<string>;
  /** Folded forms of "to be" that ask before a subject ("is it numb"). */
  readonly questionVerbs: ReadonlySet<string>;
  /** Folded subjects after a `questionVerbs` word that make a question ("it", "my"). */
  readonly questionSubjects: ReadonlySet<string>;
  /** Folded auxiliaries asking only before a `questionSubjects` word ("has the swelling"). */
  readonly questionAuxiliaries: ReadonlySet<string>;
  /** Folded ongoing words that in a general question only ask about any time ("ever", "again"). */
  readonly askedTimes: ReadonlySet<string>;
  /** Folded words naming whom a question is for ("for runners"): an ongoing word before one says no time. */
  readonly audiences: ReadonlySet<string>;
  /** Stems of words before a year that make it a past time ("in 2022"). */
  readonly yearLeads: ReadonlySet<string>;
  /** Folded words opening a condition ("if"): in a question, what is felt after one is supposed. */
  readonly conditionals: ReadonlySet<string>;
  /** Folded words opening a question before its verb ("when", "how long"). */
  readonly questionOpeners: ReadonlySet<string>;
  /** Folded words making the feeling after them a likeness ("like a bruise"). */
  readonly likeness: ReadonlySet<string>;
  /** Folded verbal negations ("not", "never", "hasnt"); answer words ("no") are none. */
  readonly verbalNegations: ReadonlySet<string>;
  /** Folded adverbs looked past after a verbal negation ("hasn't really gone down"). */
  readonly negationAdverbs: ReadonlySet<string>;
  /** Folded answer words ("no", "nope") that end their stretch before "my heel", "it", "still". */
  readonly answerWords: ReadonlySet<string>;
  /** Folded words making new shoes wanted, not had ("need", "afford"). */
  readonly shoesWanted: ReadonlySet<string>;
  /** Folded words calling shoes worn anywhere in a text ("worn", "knackered"). */
  readonly shoesWorn: ReadonlySet<string>;
  /** Folded words showing another person's possessive stands alone ("my friend's is numb"). */
  readonly standsFor: ReadonlySet<string>;
  /** Folded verbs saying pain came on at once ("pain hit"). */
  readonly onsets: ReadonlySet<string>;
  /** Folded verbs saying a site gave out at once ("my heel just went"). */
  readonly givesOut: ReadonlySet<string>;
  /** Folded words after a `givesOut` verb saying how it went ("went from bad to worse"). */
  readonly goesHow: ReadonlySet<string>;
  /** Folded words before a site making it no subject giving out ("let my heel go"). */
  readonly goesLeads: ReadonlySet<string>;
  /** Folded lay words for body parts that are no site the reader knows ("leg", "hoof"). */
  readonly bodyWords: ReadonlySet<string>;
  /** Times earlier than now, not far past ("yesterday", "on tuesday"): a later "fine" ends what was said then. */
  readonly earlierTimes: PhraseSet;
  /** Stems of things a sign word describes ("hot bath", "the crowd was buzzing"). */
  readonly signThings: ReadonlySet<string>;
  /** Folded forms of be and become between a subject and its sign word ("was", "went"). */
  readonly becoming: ReadonlySet<string>;
  /** Folded sign words that said of the whole runner are a mood or a flush ("I went red"). */
  readonly flushes: ReadonlySet<string>;
  /** Folded words for the runner as a subject ("I", "I'm"). */
  readonly selves: ReadonlySet<string>;
  /** Folded object pronouns naming the runner ("pulled me over"). */
  readonly runnerObjects: ReadonlySet<string>;
  /** Folded words between a denied list and the site ending it ("in my heel"). */
  readonly siteLeads: ReadonlySet<string>;
  /** Folded list words carrying a denial past a state word ("numb or tingly"). */
  readonly denialCarriers: ReadonlySet<string>;
  /** Stems of verbs affirming, after "I"/"mine", what was denied of another ("I am"). */
  readonly affirming: ReadonlySet<string>;
  /** Folded words looked past before the runner's part of another's clause ("and then mine"). */
  readonly runnerLeads: ReadonlySet<string>;
  /** Folded words saying the runner has it too ("mine did too", "I can't either"). */
  readonly runnerToo: ReadonlySet<string>;
  /** Every stem a cue starts with: a token with none of them is passed over at once. */
  readonly starts: ReadonlySet<string>;

  constructor(vocabulary: Vocabulary) {
    const n = vocabulary.numbers;
    const stems = (words: readonly string[]) =>
      new Set(words.flatMap((w) => tokenizeComplaint(w, n).map((t) => t.stem)));
    this.pastVerbs = stems(vocabulary.pastVerbs);
    this.ongoing = stems(vocabulary.ongoing);
    this.owners = stems(vocabulary.owners);
    this.firstPerson = stems(vocabulary.firstPerson);
    this.pointers = stems(vocabulary.pointers);
    this.alsoMine = new PhraseSet(vocabulary.alsoMine, n);
    this.sitesToo = new PhraseSet(vocabulary.sitesToo, n);
    this.others = new Set(
      [...vocabulary.others, ...vocabulary.owners].flatMap((w) =>
        tokenizeComplaint(w, n).map((t) => t.folded),
      ),
    );
    this.animals = new Set(
      vocabulary.animals.flatMap((w) => tokenizeComplaint(w, n).map((t) => t.folded)),
    );
    this.products = stems(vocabulary.products);
    this.choices = new PhraseSet(vocabulary.choices, n);
    this.pastTimes = new PhraseSet(vocabulary.pastTimes, n);
    this.earlierTimes = new PhraseSet(vocabulary.earlierTimes, n);
    this.pastLeads = new PhraseSet(vocabulary.pastLeads, n);
    this.resolved = new PhraseSet(vocabulary.resolved, n, true);
    this.unhappened = new PhraseSet(vocabulary.unhappened, n);
    this.resolvedToday = new PhraseSet(vocabulary.resolvedToday, n);
    this.resolvedAtEnd = new PhraseSet(vocabulary.resolvedAtEnd, n, true);
    this.otherwise = new PhraseSet(vocabulary.otherwise, n);
    this.goingAway = new PhraseSet(vocabulary.goingAway, n);
    this.echoes = new PhraseSet(vocabulary.echoes, n);
    this.partly = new PhraseSet(vocabulary.partly, n);
    this.degreeWords = new PhraseSet(vocabulary.degreeWords, n);
    this.amountWords = new PhraseSet(vocabulary.amountWords, n);
    this.overDenials = new PhraseSet(vocabulary.overDenials, n);
    this.siteCauses = new PhraseSet(vocabulary.siteCauses, n);
    this.spreading = new PhraseSet(vocabulary.spreading, n);
    this.regained = new PhraseSet(vocabulary.regained, n);
    this.remaining = new PhraseSet(vocabulary.remaining, n);
    this.hedges = new PhraseSet(vocabulary.hedges, n);
    this.topics = new PhraseSet(vocabulary.topics, n);
    this.having = stems(vocabulary.having);
    this.asides = new PhraseSet(vocabulary.asides, n);
    this.returning = new PhraseSet(vocabulary.returning, n);
    this.thingDenials = new PhraseSet(vocabulary.thingDenials, n);
    const folded = (words: readonly string[]) =>
      new Set(words.flatMap((w) => tokenizeComplaint(w, n).map((t) => t.folded)));
    this.states = folded(vocabulary.states);
    this.questionLeads = folded(vocabulary.questionLeads);
    this.questionVerbs = folded(vocabulary.questionVerbs);
    this.questionSubjects = folded(vocabulary.questionSubjects);
    this.likeness = folded(vocabulary.likeness);
    this.questionOpeners = folded(vocabulary.questionOpeners);
    this.askedTimes = folded(vocabulary.askedTimes);
    this.audiences = folded(vocabulary.audiences);
    this.conditionals = folded(vocabulary.conditionals);
    this.yearLeads = stems(vocabulary.yearLeads);
    this.questionAuxiliaries = folded(vocabulary.questionAuxiliaries);
    this.verbalNegations = folded(vocabulary.verbalNegations);
    this.negationAdverbs = folded(vocabulary.negationAdverbs);
    this.answerWords = folded(vocabulary.answerWords);
    this.shoesWanted = folded(vocabulary.shoesWanted);
    this.shoesWorn = folded(vocabulary.shoesWorn);
    this.standsFor = folded(vocabulary.standsFor);
    this.onsets = folded(vocabulary.onsets);
    this.givesOut = folded(vocabulary.givesOut);
    this.goesHow = folded(vocabulary.goesHow);
    this.goesLeads = folded(vocabulary.goesLeads);
    this.spans = folded(vocabulary.spans);
    this.distances = folded(vocabulary.distances);
    this.lumps = folded(vocabulary.lumps);
    this.growths = folded(vocabulary.growths);
    this.sharedComparatives = folded(vocabulary.sharedComparatives);
    this.comparisons = folded(vocabulary.comparisons);
    this.firstWords = folded(vocabulary.firstWords);
    this.beforeWords = folded(vocabulary.beforeWords);
    this.sequenceWords = folded(vocabulary.sequenceWords);
    this.mindThings = stems(vocabulary.mindThings);
    this.orderPhrases = new PhraseSet(vocabulary.orderPhrases, n);
    this.speakers = folded(vocabulary.speakers);
    this.logLabels = folded(vocabulary.logLabels);
    this.laterWords = folded(vocabulary.laterWords);
    this.startWords = folded(vocabulary.startWords);
    this.startLinks = folded(vocabulary.startLinks);
    this.movements = stems(vocabulary.movements);
    this.trailingSides = stems(vocabulary.trailingSides);
    this.bodyWords = folded(vocabulary.bodyWords);
    this.signThings = stems(vocabulary.signThings);
    this.becoming = folded(vocabulary.becoming);
    this.flushes = folded(vocabulary.flushes);
    this.purposeLeads = folded(vocabulary.purposeLeads);
    this.selves = folded(vocabulary.selves);
    this.runnerObjects = folded(vocabulary.runnerObjects);
    this.siteLeads = folded(vocabulary.siteLeads);
    this.denialCarriers = folded(vocabulary.denialCarriers);
    this.affirming = stems(vocabulary.affirming);
    this.runnerLeads = folded(vocabulary.runnerLeads);
    this.runnerToo = folded(vocabulary.runnerToo);
    this.starts = new Set([
      ...this.pastVerbs,
      ...this.ongoing,
      ...this.firstPerson,
      ...this.products,
      ...this.yearLeads,
      ...[
        this.choices,
        this.pastTimes,
        this.earlierTimes,
        this.pastLeads,
        this.resolved,
        this.unhappened,
        this.regained,
        this.remaining,
        this.hedges,
        this.topics,
        this.returning,
      ].flatMap((p) => [...p.firsts]),
    ]);
  }

  /**
   * Whether token `at` is the runner speaking of themself: a first-person word ("my", "I"),
   * not the "I" of an aside that only hedges what follows ("I think it is swollen").
   */
  speaksOfSelf(tokens: readonly Token[], at: number): boolean {
    const t = tokens[at];
    return (
      t !== undefined &&
      this.firstPerson.has(t.stem) &&
      this.asides.endAt(tokens, at, tokens.length) < 0
    );
  }

  /** Whether the token is a person other than the runner, written as a possessive ("buddy's"). */
  otherOwner(t: Token): boolean {
    // Folded words have lost the apostrophe: "buddy's" is "buddys".
    return t.possessive && this.others.has(t.folded.slice(0, -1));
  }

  /** Whether the token names someone else or is theirs, as written ("she", "his", "hers"). */
  otherWord(t: Token): boolean {
    return this.owners.has(t.stem) || (!t.possessive && this.others.has(t.folded));
  }

  /** Whether the token is an animal written as a possessive ("dog's"). */
  animalOwner(t: Token): boolean {
    return t.possessive && this.animals.has(t.folded.slice(0, -1));
  }
}

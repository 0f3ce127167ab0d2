/**
 * What the explorer offers a runner who is stuck: what the articles cover, and complaints
 * and searches to start from. Language only (no medical claim): each complaint is one the
 * reader understands (tests/web/examples.test.ts traces each over the real graph).
 */

/** The parts the four articles cover, in words (prose for a sentence, not a list to match). */
export const COVERED_PARTS =
  "the heel, ankle, Achilles tendon and foot, and the calves, knee and hips above them";

/** What the four articles cover, for a runner whose words matched nothing. */
export const COVERAGE =
  "This explorer knows only four articles on running pain: the heel, the ankle, the Achilles tendon and the foot, and what drives that pain from higher up the leg (calves, knee, hips). It knows nothing about other body parts.";

/** Searches a runner can start from an empty search box, or after one that found nothing. */
export const SEARCH_EXAMPLES: readonly string[] = [
  "heel pain in the morning",
  "tight calves",
  "Achilles",
  "ankle sprain",
];

/**
 * A body site the service read in a complaint it could not place (the `understand` query's
 * `Finding.site`): which part was named is the reader's to say, from its vocabulary; the
 * explorer keeps no word list of its own.
 */
export interface NamedSite {
  /** The site's id in the vocabulary (under-heel). */
  readonly siteId: string;
  /** The site in words (Under the heel). */
  readonly name: string;
  /** The siteId of the larger site it is part of; null at the top. */
  readonly within: string | null;
}

/**
 * A complaint about a site (by the vocabulary's site id) that the reader understands whole
 * (tests/web/examples.test.ts traces each, and checks the reader places it at that site). A
 * site without one (the shin: the articles name it, no complaint there is read) gets none:
 * an example that is not understood would send the runner in a circle.
 */
export const SITE_EXAMPLES: Readonly<Record<string, string>> = {
  heel: "my heel hurts",
  "under-heel": "stabbing pain under my heel in the morning",
  "heel-cord": "my heel cord is stiff at the start of a run",
  achilles: "my Achilles is sore after runs",
  ankle: "my ankle hurts when I run",
  foot: "pain in the arch of my foot",
  arch: "pain in the arch of my foot",
  calf: "my calves are tight",
  knee: "my knee hurts when I run",
  "inside-knee": "pain on the inside of my knee",
  hip: "tight hips when running",
};

/**
 * The parts the articles cover, offered to a runner none of whose words were understood, in
 * the order of the leg from the heel up: each names a part (by the vocabulary's site id,
 * tests/web/examples.test.ts checks it is covered) and traces its example (SITE_EXAMPLES) at
 * a click, so a runner who typed "headache" or "my shins hurt" sees at once what they can
 * ask about, and starts the interview of the part they pick.
 */
export const COVERED_SITES: readonly { readonly siteId: string; readonly name: string }[] = [
  { siteId: "heel", name: "Heel" },
  { siteId: "under-heel", name: "Under the heel" },
  { siteId: "achilles", name: "Achilles tendon" },
  { siteId: "ankle", name: "Ankle" },
  { siteId: "arch", name: "Arch of the foot" },
  { siteId: "calf", name: "Calves" },
  { siteId: "inside-knee", name: "Knee" },
  { siteId: "hip", name: "Hips" },
];

/**
 * The example for a site: its own, else the one of the site it is within; undefined when
 * neither has one. One step only: the service's BodySite gives the larger site as an id
 * (`within`), not as a site with its own `within`, and the page keeps no list of sites, so a
 * site two steps down (the heel cord, within near the heel, within the heel) cannot be
 * followed to the top here; such a site gets its own SITE_EXAMPLES entry instead, and
 * tests/web/examples.test.ts fails for any covered site a plain complaint is read at that
 * this finds no example for.
 */
export function siteExample(site: NamedSite): string | undefined {
  return SITE_EXAMPLES[site.siteId] ?? (site.within ? SITE_EXAMPLES[site.within] : undefined);
}

/**
 * The site to name of those read in `answers` (the `understand` answers of complaints left
 * out, in the order written): the first with an example (see siteExample), else the first;
 * null when none names one. "Both shins and my heel" names the heel, which a runner can
 * say more about, not the shin, which no complaint is read at.
 */
export function firstSite(
  answers: readonly { readonly findings: readonly { readonly site: NamedSite | null }[] }[],
): NamedSite | null {
  const sites = answers.flatMap((a) => a.findings.flatMap((f) => (f.site ? [f.site] : [])));
  return sites.find((s) => siteExample(s) !== undefined) ?? sites[0] ?? null;
}

/**
 * The disclaimer's own sentence on pain that is severe, sudden or not easing (the first
 * sentence of `disclaimer` that sends to a doctor), or null when it has none. Shown in the
 * banner when the runner's words were read but placed nowhere and no doctor is advised
 * (see severeFirst): the page's words, no medical claim of the explorer's.
 */
export function severeSentence(disclaimer: string): string | null {
  return disclaimer.split(/(?<=\.)\s+/).find((s) => /^See a doctor\b/.test(s)) ?? null;
}

/**
 * Where a question that names no part can still be answered ("what shoes should I buy"):
 * Search reads the articles' advice, which a trace of a complaint does not.
 */
export const SEARCH_TOO =
  "For advice on anything else they cover (shoes, training, stretches), try Search.";

/** The line of the advice given when nothing was understood (UNKNOWN): no claim, a doctor if severe. */
export const IF_SEVERE = "see a doctor if it is severe";

/**
 * What to tell a runner about `count` complaints left out as not understood, given the
 * first site the reader named in them (`site`; see sitesNamed.ts): a site with an example,
 * to say how it feels and when, as the example does; a site without one, that nothing said
 * about it matched the articles; none (null: no part named, "sore", or one the articles do
 * not cover, or not the runner's: "my dog's heel"), to say where if it is their leg, and
 * that the articles cannot help with another part;
 * undefined (the service could not be asked), both ways. It names the parts covered (when
 * the part named has no example), and beside an understood complaint ends with
 * {@link IF_SEVERE}, as the advice of a trace not understood at all does: a complaint left
 * out is triaged by nothing. `alone` (nothing else was understood) leaves the "if it is
 * severe" out, which the banner's advice says, and says a part named without an example
 * once, as a part outside the articles (the banner's heading says nothing fit already): a
 * view that says each thing three times is skimmed.
 * `doctor` (the triage already sends the runner to one) leaves out the "if it is severe",
 * which beside "See a doctor right away" would read as a softer word: red flags win.
 * `readNotPlaced` (the runner's own words were read but the articles place them nowhere:
 * "a snap in my achilles") offers no example: "my Achilles is sore after runs" would drop
 * the snap, and an example is read as "say this instead". Empty when nothing was left out.
 */
export function leftOutHint(
  count: number,
  site: NamedSite | null | undefined,
  alone = false,
  doctor = false,
  readNotPlaced = false,
): string {
  if (count === 0) return "";
  const parts = ` (${COVERED_PARTS})`;
  const severe = alone || doctor ? "" : ` Whatever it is, ${IF_SEVERE}.`;
  if (site === undefined) {
    return `If it is about a part the articles cover${parts}, say where, how it feels and when; if not, these articles cannot help. ${SEARCH_TOO}${severe}`;
  }
  if (site === null) {
    // "sore" names no part, "my elbow" another one, "my dog's heel" no part of the runner.
    return `${count > 1 ? "They name" : "It names"} no part the articles cover${parts}: if it is your leg, say where it hurts; if it is another part of the body, or not about you, these articles cannot help. ${SEARCH_TOO}${severe}`;
  }
  const one = count > 1 ? "One of them names" : "It names";
  const example = siteExample(site);
  if (example === undefined) {
    if (alone) {
      return `${one} a part (${site.name}) outside what these articles are about: ${COVERED_PARTS}. If it hurts in one of those too, start from it below.`;
    }
    return `${one} a part (${site.name}), but nothing said about it matched the articles, which are about ${COVERED_PARTS}.${severe}`;
  }
  if (readNotPlaced) {
    return `${one} a part the articles cover (${site.name}), but nothing in them fits what you wrote about it.${severe}`;
  }
  return `${one} a part the articles cover (${site.name}): say how it feels and when, as in “${example}”${severe ? `, and ${IF_SEVERE}.` : "."}`;
}

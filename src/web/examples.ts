/**
 * What the explorer offers a runner who is stuck: what the articles cover, and complaints
 * and searches to start from. Language only (no medical claim): each complaint is one the
 * reader understands (tests/web/examples.test.ts traces each over the real graph).
 */

/** What the four articles cover, for a runner whose words matched nothing. */
export const COVERAGE =
  "This explorer knows only four articles on running pain: the heel, the ankle, the Achilles tendon and the foot, and what drives that pain from higher up the leg (calves, knee, hips). It knows nothing about other body parts.";

/** Complaints a runner can trace at a click when nothing they typed was understood. */
export const COMPLAINT_EXAMPLES: readonly string[] = [
  "my heel hurts",
  "stabbing pain under my heel in the morning",
  "my ankle hurts when I run",
  "my Achilles is sore after runs",
  "pain on the inside of my knee",
];

/** Searches a runner can start from an empty search box, or after one that found nothing. */
export const SEARCH_EXAMPLES: readonly string[] = [
  "heel pain in the morning",
  "tight calves",
  "Achilles",
  "ankle sprain",
];

/**
 * How a yes-or-no question about a symptom reads, where "Do you have <its name>?" would
 * not read naturally ("Do you have cannot bear weight?"). Language, not medicine: each text
 * asks about exactly what the symptom's name says, keyed by the symptom's id. A symptom not
 * listed here is asked about by name (see questionText).
 */
export const QUESTION_TEXTS: Readonly<Record<string, string>> = {
  "ankle-popping": "Do you feel popping in your ankle?",
  "ankle-pinching": "Do you feel a pinching in your ankle?",
  "constant-ankle-ache": "Does your ankle ache all the time?",
  "ankle-swelling": "Is your ankle swollen?",
  "ankle-weight-bearing": "Is it hard to put weight on your ankle?",
  "ankle-tenderness": "Is your ankle tender?",
  "ankle-hot-to-touch": "Does your ankle feel hot to the touch?",
  "ankle-pain-sides": "Is the pain at the front, back or sides of your ankle?",
  "ankle-dull-ache-onset": "Did your ankle pain start as a dull ache?",
  "sudden-ankle-pain-swelling": "Did your ankle pain come on suddenly, with swelling?",
  "ankle-pain-after-not-during": "Does your ankle hurt after a run but not during it?",
  "ankle-too-painful-to-walk": "Is your ankle too painful to walk on properly?",
  "throbbing-pain-at-night": "Do you have throbbing or hot pain that disturbs your sleep?",
  "heel-pain-worst-in-morning": "Is your heel pain worst first thing in the morning?",
  "heel-pain-returns-after-long-runs":
    "Does your heel pain ease with rest but come back after long runs or standing?",
  "heel-pain-after-running": "Is your heel sore after running?",
  "heel-pain-worse-when-running": "Does your heel pain get worse while running and ease with rest?",
  "sudden-acute-heel-pain":
    "Did your heel pain come on suddenly and severely, above all with bruising or no weight bearing?",
  "general-ankle-discomfort":
    "Is it more a general discomfort or irritation of the ankle than pain at one spot?",
  "heel-redness-warmth-swelling": "Is your heel red, warm or swollen?",
  limping: "Are you limping or walking differently?",
  "cannot-bear-weight": "Are you unable to bear weight on it?",
  swelling: "Is there any swelling?",
  "pain-not-improving": "After weeks of home care, is the pain still no better?",
  "achilles-stiffness-start-of-run": "Do you feel stiff at the start of a run?",
  "less-flexible-heel-ankle": "Do your heel and ankle feel less flexible?",
  "burning-when-stretching": "Does it burn when you stretch your calf or Achilles?",
  "achilles-irritation-after-run": "Is your Achilles irritated after a run?",
  "knee-pain-after-run": "Does your knee hurt after running?",
  "sore-sole": "Is the bottom of your foot irritated?",
  "hip-pain-before-ankle-pain": "Did your hip pain come first, before any ankle pain?",
  "knee-less-stable": "Does your knee feel less steady, or take the jolt of each step less well?",
};

/**
 * Questions whose words take another symptom as given, keyed by symptom id: each is asked
 * only once the symptom it names is reported ("Did your hip pain come first?" follows a yes
 * to hip pain; after a no it would ask about a pain the runner does not have). Language,
 * not medicine: what the question's words presuppose.
 */
export const ASKED_AFTER: Readonly<Record<string, string>> = {
  "hip-pain-before-ankle-pain": "hip-tension",
};

/**
 * Questions whose words take another symptom as part of them, keyed by symptom id: each is
 * not asked once the runner says no to the symptom it names ("Did your ankle pain come on
 * suddenly, with swelling?" after a no to a swollen ankle). Language, not medicine.
 */
export const NOT_AFTER_NO: Readonly<Record<string, string>> = {
  "sudden-ankle-pain-swelling": "ankle-swelling",
};

/**
 * Whether a separating question about `s` can be asked given what is reported (`present`)
 * and denied (`absent`): its words take nothing as given that is not reported (ASKED_AFTER)
 * nor anything denied (NOT_AFTER_NO). One look per known entity.
 */
export function askable(
  s: { readonly id: string },
  present: readonly { readonly id: string }[],
  absent: readonly { readonly id: string }[],
): boolean {
  const after = Object.hasOwn(ASKED_AFTER, s.id) ? ASKED_AFTER[s.id] : undefined;
  if (after !== undefined && !present.some((e) => e.id === after)) return false;
  return offerable(s, absent);
}

/**
 * Whether `s` can be asked or offered (a checklist's option) given what is denied
 * (`absent`): its words take as part of them nothing the runner said no to (NOT_AFTER_NO).
 */
export function offerable(
  s: { readonly id: string },
  absent: readonly { readonly id: string }[],
): boolean {
  const part = Object.hasOwn(NOT_AFTER_NO, s.id) ? NOT_AFTER_NO[s.id] : undefined;
  return part === undefined || !absent.some((e) => e.id === part);
}

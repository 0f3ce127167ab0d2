/** Bounds, thresholds and model parameters of an interview; each default here and nowhere else. */
export const INTERVIEW = {
  /** Most questions returned by one call (the client asks the first; the rest preview). */
  maxQuestions: 5,
  /** The answer is clear when the leading condition's probability reaches this. */
  clearAt: 0.85,
  /** A separating question must be expected to gain at least this many bits. */
  minGain: 0.05,
  /** P(symptom | condition) when the articles name it among the commonest presentations. */
  commonLikelihood: 0.9,
  /**
   * P(symptom | condition) when the articles link them otherwise: a runner reports about
   * this many of a condition's symptoms, so each of its n symptoms is reported with
   * probability expectedFindings / n, kept within 0.2..0.7.
   */
  expectedFindings: 2.5,
  /**
   * P(symptom | condition) when the symptom is felt further down the kinetic chain than the
   * condition acts (tight hip flexors felt as ankle or inner knee pain): the articles say
   * the chain can carry it there, so it is as likely as the least of a condition's own
   * presentations (the floor of expectedFindings' range), not counted in the prior.
   */
  downChainLikelihood: 0.2,
  /** P(symptom | condition) when the articles do not link them: symptoms have other reasons. */
  leak: 0.05,
  /**
   * P(a runner names condition d | they have c) when the articles say d can lead to c
   * (LEADS_TO): about even, as a cause directly behind it would be.
   */
  followsLikelihood: 0.5,
} as const;

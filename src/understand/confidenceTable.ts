import type { ConfidenceTable } from "./confidence.js";

/**
 * The confidence of a finding by bucket (src/understand/confidence.ts's bucketOf), written
 * by `npx tsx scripts/fitConfidence.ts --write`, never by hand.
 * Fitted on held-out sets 1-4 pooled (1115 matches).
 * Each bucket: its matches and how many were right, the share right shrunk toward its
 * parent's, and the figure reported (see scripts/confidenceFit.ts's fitTable).
 */
export const CONFIDENCE_TABLE: ConfidenceTable = {
  "": {
    matches: 1115,
    right: 909,
    share: 0.815,
    confidence: 0.81,
  },
  factor: {
    matches: 149,
    right: 134,
    share: 0.885,
    confidence: 0.88,
  },
  general: {
    matches: 278,
    right: 186,
    share: 0.683,
    confidence: 0.68,
  },
  named: {
    matches: 77,
    right: 57,
    share: 0.761,
    confidence: 0.76,
  },
  quantity: {
    matches: 22,
    right: 21,
    share: 0.874,
    confidence: 0.87,
  },
  siteless: {
    matches: 81,
    right: 63,
    share: 0.788,
    confidence: 0.78,
  },
  specific: {
    matches: 508,
    right: 448,
    share: 0.878,
    confidence: 0.87,
  },
  "factor/alone": {
    matches: 111,
    right: 102,
    share: 0.912,
    confidence: 0.89,
  },
  "factor/shared": {
    matches: 38,
    right: 32,
    share: 0.861,
    confidence: 0.86,
  },
  "general/ankle-pain-sides": {
    matches: 86,
    right: 25,
    share: 0.392,
    confidence: 0.39,
  },
  "general/heel-pain-after-running": {
    matches: 113,
    right: 94,
    share: 0.801,
    confidence: 0.8,
  },
  "general/hip-pain": {
    matches: 4,
    right: 0,
    share: 0.603,
    confidence: 0.6,
  },
  "general/hip-tension": {
    matches: 23,
    right: 22,
    share: 0.802,
    confidence: 0.8,
  },
  "general/knee-pain-after-run": {
    matches: 24,
    right: 24,
    share: 0.824,
    confidence: 0.82,
  },
  "general/pain-near-heel-dull-or-sharp": {
    matches: 28,
    right: 21,
    share: 0.715,
    confidence: 0.71,
  },
  "named/asked": {
    matches: 17,
    right: 2,
    share: 0.528,
    confidence: 0.52,
  },
  "named/reported": {
    matches: 60,
    right: 55,
    share: 0.865,
    confidence: 0.86,
  },
  "siteless/alone": {
    matches: 49,
    right: 45,
    share: 0.869,
    confidence: 0.86,
  },
  "siteless/shared": {
    matches: 32,
    right: 18,
    share: 0.672,
    confidence: 0.67,
  },
  "specific/one mention": {
    matches: 358,
    right: 301,
    share: 0.844,
    confidence: 0.84,
  },
  "specific/two or more mentions": {
    matches: 150,
    right: 147,
    share: 0.963,
    confidence: 0.96,
  },
  "named/asked/alone": {
    matches: 14,
    right: 2,
    share: 0.405,
    confidence: 0.4,
  },
  "named/asked/shared": {
    matches: 3,
    right: 0,
    share: 0.48,
    confidence: 0.48,
  },
  "named/reported/alone": {
    matches: 47,
    right: 42,
    share: 0.882,
    confidence: 0.88,
  },
  "named/reported/shared": {
    matches: 13,
    right: 13,
    share: 0.906,
    confidence: 0.89,
  },
  "specific/one mention/clean": {
    matches: 182,
    right: 169,
    share: 0.917,
    confidence: 0.89,
  },
  "specific/one mention/doubtful": {
    matches: 176,
    right: 132,
    share: 0.764,
    confidence: 0.76,
  },
};

import { HELDOUT_VIGNETTES } from "../fixtures/heldoutVignettes.js";
import {
  describeHeldOutInterviews,
  type HeldOutInterviewFloors,
} from "../helpers/heldOutInterviews.js";

/**
 * Floors a little under the first run on the held-out vignettes (session 26, written blind to
 * the model and committed before it ran), against regression only: the model is never fitted
 * to these runners. First run: first within 3 questions 29/36; reachable 31/36; of the
 * reachable 29/31; still first after question 3 28/36; warning signs found 30/31. Raised in
 * session 27 a little under that stop's end (the chain's presentations and the tie questions,
 * fixed by category, not from these runners): 34/36; reachable 33/36; of the reachable 32/33;
 * still first after question 3 32/36; warning signs 32/32.
 */
const FLOOR: HeldOutInterviewFloors = {
  within: 0.88,
  reach: 0.86,
  withinReach: 0.9,
  after: 0.83,
  signs: 0.9,
};

describeHeldOutInterviews(
  "simulated interviews on held-out vignettes (written blind to the model)",
  HELDOUT_VIGNETTES,
  FLOOR,
);

import { HELDOUT_VIGNETTES_2 } from "../fixtures/heldoutVignettes2.js";
import {
  describeHeldOutInterviews,
  type HeldOutInterviewFloors,
} from "../helpers/heldOutInterviews.js";

/**
 * Floors a little under the first run on the second held-out vignettes (session 27, written
 * blind to the model and committed before it ran), against regression only: the model is never
 * fitted to these runners. First run, on main at 9659152: first within 3 questions 24/38 (63%);
 * reachable 26/38 (68%); of the reachable 24/26 (92%); still first after question 3 23/38 (61%);
 * mean 2.03 questions, 7.21 answers; warning signs found 37/37. As first committed, six runners
 * also had the place-less `swelling` sign (found 37/43, and the urgent check failed on it); its
 * removal (see the fixture's header) left every interview figure unchanged. Raised at the end
 * of session 27 a little under the measure of that stop's interview change, made blind to
 * these runners: 32/38 (84%); reachable 29/38; of the reachable 27/29; still first after
 * question 3 29/38; warning signs 37/37.
 */
const FLOOR: HeldOutInterviewFloors = {
  within: 0.78,
  reach: 0.71,
  withinReach: 0.88,
  after: 0.7,
  signs: 0.9,
};

describeHeldOutInterviews(
  "simulated interviews on the second held-out vignettes (written blind to the model)",
  HELDOUT_VIGNETTES_2,
  FLOOR,
);

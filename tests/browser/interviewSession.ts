import { explorerSession } from "../helpers/explorer.js";

/**
 * The one server and browser every interview browser test shares: interview.test.ts's
 * own cases and those it imports (interviewLinkCases.ts, interviewTrialCases.ts), which
 * were test files of their own, each starting a server and a Chromium. Its hooks belong to
 * the test file that imports it first: interview.test.ts, and no other. Its 18 tests
 * share one tab, each navigating it to a fresh document (see SessionOptions.onePage): one
 * renderer process and one HTTP cache, so the explorer's script is fetched once.
 */
export const session = explorerSession({ onePage: true });

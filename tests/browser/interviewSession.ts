import { explorerSession } from "../helpers/explorer.js";

/**
 * The one server and browser every interview browser test shares: interview.test.ts's
 * own cases and those it imports (interviewLinkCases.ts, interviewTrialCases.ts), which
 * were test files of their own, each starting a server and a Chromium. Its hooks belong to
 * the test file that imports it first: interview.test.ts, and no other. Its pages
 * share one browser context, so its HTTP cache: the explorer's script is fetched once, not
 * at each of the 18 pages (each page still has its own history, focus and routes).
 */
export const session = explorerSession({ oneContext: true });

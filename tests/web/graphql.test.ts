import { describe, expect, it } from "vitest";
import { complaintRoom, MAX_COMPLAINTS } from "../../src/web/complaintRoom.js";
import { ApiFailure, errorHint, friendlyMessage, refusedAnswers } from "../../src/web/graphql.js";

describe("the explorer's API errors in a runner's words", () => {
  it("says how long to wait on the rate limit, not what a header says", () => {
    const limited = {
      message:
        "rate limit: more than 3 requests a minute: retry after the seconds the retry-after header gives",
      extensions: { code: "RATE_LIMITED" },
    };
    expect(friendlyMessage(limited, 42)).toMatch(/wait about 42 seconds, then try again/);
    expect(friendlyMessage(limited)).toMatch(/wait a minute/);
    expect(friendlyMessage(limited, Number.NaN)).toMatch(/wait a minute/);
    expect(new ApiFailure([limited], 30).message).not.toMatch(/header|RATE_LIMITED/);
  });

  it("tells the runner to change what they typed only when it was at fault", () => {
    const refused = new ApiFailure([
      {
        message: "symptoms[0]: too long: send 1..200 characters",
        extensions: { code: "BAD_USER_INPUT", argument: "symptoms[0]" },
      },
    ]);
    expect(refused.message).toMatch(/^Complaint 1 too long/);
    expect(errorHint(refused)).toMatch(/change it/);
    for (const code of [
      "RATE_LIMITED",
      "UNREACHABLE",
      "HTTP_503",
      "HTTP_429",
      "INTERNAL_SERVER_ERROR",
    ]) {
      expect(errorHint(new ApiFailure([{ message: "x", extensions: { code } }])), code).toMatch(
        /Nothing you typed was wrong/,
      );
    }
    expect(errorHint(new Error("x"))).toMatch(/change it/);
  });

  it("finds the answers a link sent that the service refused, and only those", () => {
    const evidence = [
      { id: "limping", present: false },
      { id: "gone-from-the-graph", present: false },
    ];
    const failure = new ApiFailure([
      {
        message:
          'evidence[1]: "gone-from-the-graph" is not the id of a symptom, cause or condition',
        extensions: { code: "BAD_USER_INPUT", argument: "evidence[1]" },
      },
    ]);
    expect(refusedAnswers(failure, evidence)).toEqual(["gone-from-the-graph"]);
    const other = new ApiFailure([{ message: "x", extensions: { code: "RATE_LIMITED" } }]);
    expect(refusedAnswers(other, evidence)).toEqual([]);
    expect(refusedAnswers(new Error("x"), evidence)).toEqual([]);
  });
});

describe("the complaint form's bound, said before the API's error", () => {
  it("offers boxes up to the API's 20 inputs, saying so from the last few", () => {
    expect(MAX_COMPLAINTS).toBe(20);
    expect(complaintRoom(1)).toEqual({ canAdd: true, note: "" });
    expect(complaintRoom(17).note).toMatch(/^Room for 3 more \(20 complaints at most\)/);
    expect(complaintRoom(19)).toMatchObject({
      canAdd: true,
      note: expect.stringMatching(/1 more/),
    });
    for (const count of [20, 21]) {
      expect(complaintRoom(count).canAdd).toBe(false);
      expect(complaintRoom(count).note).toMatch(/the most one trace takes/);
    }
  });
});

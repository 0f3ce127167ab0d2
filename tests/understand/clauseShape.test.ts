import { describe, expect, it } from "vitest";
import { clauseShape } from "../../src/understand/clauseShape.js";
import type { Clause } from "../../src/understand/readClauses.js";

const plain: Clause = {
  mentions: [],
  quantities: [],
  sides: ["LEFT"],
  other: false,
  animal: false,
  whose: "RUNNER",
  hedged: false,
  from: 0,
  to: 4,
};

/**
 * A clause with every field set, the optional ones too, each to a value unlike its default:
 * typed Required, so a field added to Clause must be set here too (review s30 M8: `feared`
 * was once dropped by clauseShape without a type error).
 */
const full: Required<Clause> = {
  mentions: [],
  quantities: [],
  sides: ["RIGHT", "LEFT"],
  other: true,
  animal: true,
  whose: "SOMEONE_ELSE",
  hedged: true,
  resited: true,
  asked: true,
  feared: true,
  from: 3,
  to: 9,
};

/** `clause` with its fields made in the reverse order. */
const reversed = (clause: Clause): Clause =>
  Object.fromEntries(Object.entries(clause).reverse()) as unknown as Clause;

describe("clauseShape", () => {
  it("keeps every field's value, set or not", () => {
    for (const clause of [
      plain,
      { ...plain, resited: true as const },
      { ...plain, asked: true as const, whose: "SOMEONE_ELSE" as const, other: true },
      reversed({ ...plain, hedged: true, resited: true as const, asked: true as const }),
    ]) {
      const shaped = clauseShape(clause);
      for (const key of Object.keys(clause) as (keyof Clause)[]) {
        expect(shaped[key]).toBe(clause[key]);
      }
      expect(shaped.resited).toBe(clause.resited);
      expect(shaped.asked).toBe(clause.asked);
    }
  });

  it("carries over every field of a clause with all of them set, the optional ones too", () => {
    for (const clause of [full, reversed(full)]) {
      const shaped = clauseShape(clause);
      expect(Object.keys(shaped).sort()).toEqual(Object.keys(full).sort());
      for (const key of Object.keys(full) as (keyof Clause)[])
        expect(shaped[key], key).toBe(full[key]);
    }
  });

  it("gives clauses made in any order or with any optional fields the same fields in one order", () => {
    const keys = (c: Clause) => Object.keys(clauseShape(c)).join(",");
    const reordered = reversed({ ...plain, asked: true });
    expect(keys(reordered)).toBe(keys(plain));
    expect(keys({ ...plain, resited: true })).toBe(keys(plain));
  });
});

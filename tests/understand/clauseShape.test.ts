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

  it("gives clauses made in any order or with any optional fields the same fields in one order", () => {
    const keys = (c: Clause) => Object.keys(clauseShape(c)).join(",");
    const reordered = reversed({ ...plain, asked: true });
    expect(keys(reordered)).toBe(keys(plain));
    expect(keys({ ...plain, resited: true })).toBe(keys(plain));
  });
});

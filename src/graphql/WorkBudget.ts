import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors.js";
import { FIELD_WEIGHTS } from "./fieldCosts.js";

/**
 * The work one request may still do in traces and searches, in the cost model's units
 * (a text search of a trace input {@link FIELD_WEIGHTS.perSearch}, a search term
 * {@link FIELD_WEIGHTS.perTerm}, a step of the root-cause walk 1). The cost model refuses
 * most expensive requests before they run; this stops, while it runs, any that spend
 * more than it foresaw (synonym expansions, walks on a large graph).
 */
export class WorkBudget {
  private left: number;

  /** @param units what the request may spend (WORK_BUDGET). */
  constructor(private readonly units: number) {
    this.left = units;
  }

  /**
   * Spends `units` on `what`.
   * @throws GraphQLError WORK_BUDGET_EXCEEDED once the budget is spent.
   */
  spend(units: number, what: string): void {
    this.left -= units;
    if (this.left < 0) {
      throw new GraphQLError(
        `work budget exceeded: this request's ${what} needed more than its ${this.units} units of work: send fewer or shorter trace inputs or searches, or split them over several requests`,
        { extensions: { code: ErrorCode.WORK_BUDGET_EXCEEDED, budget: this.units } },
      );
    }
  }

  /** A trace's meter (see TraceOptions.meter). */
  readonly traceMeter = (kind: "search" | "step", count: number): void =>
    this.spend(
      kind === "search" ? count * FIELD_WEIGHTS.perSearch : count,
      kind === "search" ? "trace text searches" : "root-cause walk steps",
    );

  /** A search's meter (see SearchOptions.meter). */
  readonly searchMeter = (terms: number): void =>
    this.spend(terms * FIELD_WEIGHTS.perTerm, "search terms");
}

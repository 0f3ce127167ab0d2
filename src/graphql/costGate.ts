import { type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST } from "graphql";
import type { KnowledgeBase } from "../knowledge/index.js";
import { compiledSize } from "./compiledSize.js";
import { type Cost, estimateCost } from "./costModel.js";
import { ErrorCode } from "./errors.js";
import { FairTurns } from "./FairTurns.js";
import { listBounds } from "./listBounds.js";
import { memoizeCost } from "./memoizeCost.js";
import { introspectsOnly, QUERY_LIMITS } from "./queryLimits.js";
import type { ServiceLimits } from "./serviceLimits.js";

/** What the gate needs to know of one operation about to run. */
export interface GateRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  /** The variables as sent (the cost memo keys on their shape; coercion is graphql-js's). */
  readonly variables: Record<string, unknown>;
  readonly operationName: string | null | undefined;
  /** The data the request runs on: list bounds and the memo's version come from it. */
  readonly kb: KnowledgeBase;
  /** The client's address, for turn-taking (none: no turns, for tools and tests). */
  readonly client: string | undefined;
}

/**
 * The variables the operation declares, of those sent: the others are ignored by
 * coercion and by the estimate, so leaving them out changes no cost, while a variable
 * nobody declared (a client's nonce, junk) would otherwise make every request's memo key
 * new. The same object when nothing is left out.
 */
function declared(
  variables: Record<string, unknown>,
  document: DocumentNode,
  operationName: string | null | undefined,
): Record<string, unknown> {
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  for (const key in variables) {
    if (definitions.some((d) => d.variable.name.value === key)) continue;
    // A null prototype: a variable named __proto__ stays a plain own property.
    const kept: Record<string, unknown> = Object.create(null);
    for (const d of definitions) {
      const name = d.variable.name.value;
      if (Object.hasOwn(variables, name)) kept[name] = variables[name];
    }
    return kept;
  }
  return variables;
}

/**
 * How much more CPU an operation costs run by graphql-js's interpreter than compiled by
 * graphql-jit, per unit of the cost model: an operation over `MAX_COMPILED_FIELDS` runs
 * interpreted, so its estimate is multiplied by this. Measured on 20 aliased
 * `entities(first: 100)` pages of five fields each (14 040), the same document both ways,
 * 4 rounds of 10: interpreted 1.19-1.69 times the compiled CPU (medians 32-43 ms against
 * 21-36 at a load average near 9 on 2 cores); rounded up. Before, 20 such pages of every
 * entity type's scalar fields (1 100 compiled nodes, 20 040) were admitted at a tenth of the
 * price a compiled operation of their CPU paid, and ran 26-52 ms warm, 110-180 ms cold
 * (red-team round 9 measured ~70 ms warm for a denser one).
 */
export const INTERPRETED_COST_FACTOR = 2;

/** A QUERY_TOO_COMPLEX error (HTTP 400) with what was measured and the limit. */
function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, ...extensions, http: { status: 400 } },
  });
}

/**
 * The cost limit of every GraphQL request, whichever path runs it (Apollo's pipeline or the
 * compiled path of known operations): one memo of estimates and one set of client turns,
 * so both paths refuse and queue exactly alike. An operation whose estimated cost is over
 * the limit, or that holds more than {@link ServiceLimits.maxExpensiveFields} trace and
 * search fields, is refused with QUERY_TOO_COMPLEX (HTTP 400); one under the limits that
 * costs at least {@link ServiceLimits.turnCost} waits for its client's turn (see FairTurns).
 * List sizes come from the data the request runs on (see listBounds).
 */
export class CostGate {
  private readonly costOf;
  private readonly turns = new FairTurns();

  /** @param limits the budgets (MAX_COST, MAX_EXPENSIVE_FIELDS, TURN_COST, COST_MEMO_MB). */
  constructor(private readonly limits: ServiceLimits) {
    this.costOf = memoizeCost(limits.costMemoBytes);
  }

  /**
   * Resolves at `client`'s next turn among its costly requests (see FairTurns); at once
   * without a client. Taken by work no cost estimate covers: parsing and validating a
   * document not seen before (tens of ms of CPU for some 3000-token documents: 72 ms
   * measured under load for 20 aliased introspection queries; see queryLimits) and
   * rendering /metrics (a few ms), so that
   * many connections of such requests from one client cannot hold another's request
   * behind all of them.
   */
  async turn(client: string | undefined): Promise<void> {
    if (client !== undefined) await this.turns.turn(client);
  }

  /**
   * The refusal the request gets, or null once it may run (after its client's turn, when
   * it is costly). Null also for variables that do not fit the operation: execution
   * reports them as BAD_USER_INPUT.
   */
  async admit(request: GateRequest): Promise<GraphQLError | null> {
    const { kb, document, operationName } = request;
    const maxCost = introspectsOnly(document, operationName)
      ? QUERY_LIMITS.maxIntrospectionCost
      : this.limits.maxCost;
    const over = (c: Cost) =>
      c.cost > maxCost || c.expensiveFields > this.limits.maxExpensiveFields;
    const found = this.costOf(
      request.schema,
      document,
      declared(request.variables, document, operationName),
      operationName,
      kb.version,
      over,
      (s, d, v, o) => {
        const estimated = estimateCost(s, d, v, o, listBounds(kb, s));
        if (estimated === null) return null;
        // The same count the gateway decides by (an upper bound: both branches of @skip).
        return compiledSize(s, d, o) > this.limits.maxCompiledFields
          ? { ...estimated, cost: estimated.cost * INTERPRETED_COST_FACTOR }
          : estimated;
      },
    );
    if (found === null) return null;
    if (!over(found)) {
      if (request.client !== undefined && found.cost >= this.limits.turnCost) {
        await this.turns.turn(request.client);
      }
      return null;
    }
    if (found.expensiveFields > this.limits.maxExpensiveFields) {
      return tooComplex(
        `too many trace and search fields: ${found.expensiveFields}, allowed ${this.limits.maxExpensiveFields}: send the others in separate requests`,
        { expensiveFields: found.expensiveFields, limit: this.limits.maxExpensiveFields },
      );
    }
    return tooComplex(
      `query too complex: estimated cost ${found.cost} is over the limit of ${maxCost}: ask for fewer fields, smaller lists (first/limit), fewer trace inputs, shorter searches or less nesting (an operation of more than ${this.limits.maxCompiledFields} compiled fields runs interpreted and costs ${INTERPRETED_COST_FACTOR} times as much)`,
      { cost: found.cost, limit: maxCost },
    );
  }
}

import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { parse, print } from "graphql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/graphiql.css";
import contract from "../../tests/fixtures/contract/operations.graphql";
import { EXAMPLE_VARIABLES } from "./exampleVariables.js";

/** One tab per operation of the client contract, with example variables. */
const tabs = parse(contract).definitions.map((definition) => {
  const name = "name" in definition ? definition.name?.value : undefined;
  const variables = name === undefined ? undefined : EXAMPLE_VARIABLES[name];
  return {
    query: print(definition),
    ...(variables === undefined ? {} : { variables: JSON.stringify(variables, null, 2) }),
  };
});

const root = document.getElementById("graphiql");
if (root !== null) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher: createGraphiQLFetcher({ url: "/graphql" }),
      defaultTabs: tabs,
      // GraphiQL 3 opens the first tab with the `variables` prop, not the tab's own.
      ...(tabs[0]?.variables === undefined ? {} : { variables: tabs[0].variables }),
      // The contract's examples every time: a stored session would hide them.
      storage: sessionStorage,
      defaultEditorToolsVisibility: "variables",
    }),
  );
}

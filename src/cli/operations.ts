/**
 * The GraphQL documents the command line runs: it asks the API exactly as a client
 * would, so `--json` prints what a client would receive.
 */

/** `kinetic-graph trace`. */
export const TRACE = `query Trace($symptoms: [String!]!, $limit: Int) {
  trace(symptoms: $symptoms, limit: $limit) {
    unmatched
    conditions { score condition { id name } }
    rootCauses {
      score
      cause { id name }
      paths { steps { from { name } relation to { name } } }
    }
    treatments { treatment { id name phase dosage } }
    triage { level reasons { id name } advice }
    disclaimer
  }
}`;

/** `kinetic-graph search`. */
export const SEARCH = `query Search($query: String!, $limit: Int) {
  search(query: $query, limit: $limit) { score snippet entity { id kind name } }
}`;

/** `kinetic-graph entity`. */
export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases summary
    sources { title section }
    relations { relation direction entity { id name } }
    ... on Treatment { phase dosage steps }
    ... on Advice { question answer }
  }
}`;

import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One graphql for all: Node (and so `npm start`) loads graphql's CommonJS entry for
    // every package; Vite would hand our sources its ESM entry instead, and graphql
    // rejects types built by the other copy ("from another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

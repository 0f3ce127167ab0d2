import { defineConfig } from "vitest/config";
import { SlowFilesFirst } from "./tests/setup/SlowFilesFirst.js";

export default defineConfig({
  resolve: {
    // One graphql for all: Node (and so `npm start`) loads graphql's CommonJS entry for
    // every package; Vite would hand our sources its ESM entry instead, and graphql
    // rejects types built by the other copy ("from another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/global.ts"],
    // Records each file's CPU seconds when TEST_CPU_LOG is set (npm run test:cpu); else nothing.
    setupFiles: ["tests/setup/cpuByFile.ts"],
    // Test files share each worker's module cache instead of importing Apollo, graphql
    // and the graph again per file: a third of the suite's CPU. Tests keep no module state.
    isolate: false,
    // Three files at once although vitest would take one on 2 cores: a third of the suite's
    // time is spent waiting on child processes (services starting, reloading, attacked, a
    // browser). Measured at stop 32 on a quiet 2-core machine, one `npm test` each: 2 workers
    // 161 s, 3 workers 136 s, 4 workers 146 s.
    maxWorkers: 3,
    // The slowest files first, so the short ones fill their waits and none runs alone at the end.
    sequence: { sequencer: SlowFilesFirst },
    // Generous: a test that hangs still fails, only later, while one whose services start
    // and reload several times slower on a busy 2-core CI passes (at a load of 40 on our 2
    // cores a start took over 15 s, and five in a row over 60 s). Tests set none shorter.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

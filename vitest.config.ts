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
    // Two files at once, one per core. Stop 32 chose three (a third of the suite then waited
    // on child processes: 2 workers 161 s, 3 workers 136 s); since stop 33 the suite is
    // CPU-bound (its CPU, children included, is about twice its wall time on 2 cores), and
    // each worker imports src once (~7 s of CPU), so a third worker only adds CPU. Measured at
    // stop 33 on a quiet 2-core machine, vitest alone under a child subreaper, alternated:
    // 2 workers 115.5 and 117.4 s wall, 214.5 and 217.8 s of CPU; 3 workers 130.6 and
    // 115.6 s wall, 253.1 and 223.8 s of CPU.
    maxWorkers: 2,
    // The slowest files first, so the short ones fill their waits and none runs alone at the end.
    sequence: { sequencer: SlowFilesFirst },
    // Generous: a test that hangs still fails, only later, while one whose services start
    // and reload several times slower on a busy 2-core CI passes (at a load of 40 on our 2
    // cores a start took over 15 s, and five in a row over 60 s). Tests set none shorter.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) sit beside the code they test; *.db.test.ts files are integration
// tests that run against a real SQLite file and, when TEST_POSTGRES_URL is set, a real
// PostgreSQL server (lib/db/test-databases.ts).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "server/**/*.test.ts",
      "scripts/**/*.test.ts",
      "components/**/*.test.ts",
      "bench/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

// ESLint: Next's recommended rules (React, hooks, accessibility, Next itself) and
// typescript-eslint's, with Prettier deciding the layout. `npm run lint` runs inside `npm test`
// and fails on any warning.
import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    ignores: [
      "prisma/generated/**",
      "bench/out/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "lib/report/fixtures/**",
      "next-env.d.ts",
    ],
  },
  ...next,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, long words).
      "max-len": [
        "warn",
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Tests walk parsed JSON (OpenAPI, JSON-LD) whose shape their own assertions check.
    files: ["**/*.test.ts", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
];

export default config;

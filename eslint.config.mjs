// ESLint: Next's recommended rules (React, hooks, accessibility, Next itself) and
// typescript-eslint's, with Prettier deciding the layout. `npm run lint` runs inside `npm test`
// and fails on any warning.
import next from "eslint-config-next";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import i18next from "eslint-plugin-i18next";

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
    // Every visible string of the interface goes through next-intl (lib/i18n/messages): words
    // typed into JSX, or into the attributes people read or hear (labels, placeholders, titles),
    // fail lint. The product's name, a bare URL scheme, and punctuation or numbers alone are not words.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "aria-label",
              "aria-description",
              "aria-roledescription",
              "placeholder",
              "title",
              "alt",
              "label",
              "hint",
              "listLabel",
              "summary",
            ],
          },
          // Strings passed to functions inside JSX are ids, keys and field names, not text.
          callees: { exclude: [".*"] },
          words: { exclude: ["Claimmark", "https://", /^[\p{P}\p{S}\p{N}\s]+$/u] },
        },
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

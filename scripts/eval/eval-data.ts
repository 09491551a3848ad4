import path from "node:path";

/**
 * Where evaluation data whose licence does not allow committing it is read from: the EVAL_DATA
 * environment variable, or `eval-data/` in the checkout (git-ignored). README.md says how to
 * fill it; without it, `npm run eval` reports the committed sets and says what it skipped.
 */
export const evalDataFolder = () => process.env.EVAL_DATA ?? path.join(process.cwd(), "eval-data");

// @ts-nocheck
import autocannon from "autocannon";
import fs from "node:fs";
import { signInCookie } from "/work/main/bench/session";
const base = "http://127.0.0.1:3400";
async function main() {
const cookie = await signInCookie(base, "prof@example.org", "long enough passphrase");
const text = fs.readFileSync("/work/main/prisma/seed/essay.txt", "utf8");
const body = JSON.stringify({ start: 100, end: 160, exact: text.slice(100, 160) });
const url = process.argv[2] === "empty" ? `${base}/api/bench/empty` : `${base}/api/documents/open-vs-closed-source-ai/claims`;
const r = await autocannon({ url, method: "POST", connections: 50, duration: 10, headers: { "content-type": "application/json", cookie }, body });
console.log(process.argv[2] ?? "flag", "req/s", r.requests.average, "p50", r.latency.p50, "p99", r.latency.p99, "non2xx", r.non2xx, "errors", r.errors);

}
main();

// `npm run create-admin [-- --email you@example.org]`: makes an account an admin, creating it
// when there is none (asks for the name and the password). The explicit way to get the first
// admin on a server that listens beyond loopback (README, "The first admin").
import { parseArgs } from "node:util";
import readline from "node:readline/promises";
import { openDb } from "../lib/db";
import { databaseTargetFrom } from "../lib/db/database-url";
import { makeAdmin } from "../lib/data/accounts/accounts";

async function ask(rl: readline.Interface, question: string): Promise<string> {
  return (await rl.question(question)).trim();
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    const email = values.email ?? (await ask(rl, "Email of the admin account: "));
    const db = await openDb(databaseTargetFrom(process.env));
    const existing = await db.user
      .findUnique({ where: { email: email.toLowerCase() }, select: { id: true } })
      .catch((error: unknown) => {
        throw new Error(
          `Could not read the accounts (${(error as Error).message.split("\n")[0]}). Run npm start once first: it creates the database.`,
        );
      });
    let name: string | undefined;
    let password: string | undefined;
    if (!existing) {
      name = values.name ?? (await ask(rl, "Name: "));
      password = process.env.CLAIMMARK_ADMIN_PASSWORD ?? (await ask(rl, "Password (at least 8 characters): "));
    }
    const result = await makeAdmin(db, { email, name, password });
    await db.$disconnect();
    if (!result.ok) {
      const details = Object.values(result.fieldErrors ?? {}).join(" ");
      throw new Error(`${result.message} ${details}`.trim());
    }
    console.log(`${result.data.email} is an admin${result.data.created ? " (account created)" : ""}.`);
  } finally {
    rl.close();
  }
}

main().catch((error) => {
  console.error(`create-admin: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

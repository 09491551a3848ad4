import { openDb, type Db } from "@/lib/db";
import { databaseConfig } from "./env";

/** The app's database client, for the database the environment names (server/env.ts). */
export function getDb(): Promise<Db> {
  const { target, poolSize } = databaseConfig();
  return openDb(target, { poolSize });
}

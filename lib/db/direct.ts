import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Statement } from "./raw-statement";

/**
 * The busiest paths' way to the database: statements sent straight through the driver the
 * Prisma adapter already holds (its better-sqlite3 connection, or its pg pool),
 * prepared once and reused, without Prisma's per-query work (0.21 ms a statement against
 * 0.004 ms here; npm run bench, flag section). Only for a few hot statements (the caller's
 * session, the write counter, the flag write, a fact-check import's bulk rows; ARCHITECTURE.md):
 * everything else, and every schema change, stays with Prisma. Statements are built with `sql`
 * (lib/db/raw-statement.ts); rows come back with plain values: numbers (counts too), strings,
 * and timestamps as Dates on PostgreSQL but ISO strings on SQLite (read them with `new Date(value)`).
 */
export interface Direct {
  readonly dialect: "sqlite" | "postgres";
  /** A read. */
  query<Row>(statement: Statement): Promise<Row[]>;
  /** One statement that writes (an upsert, say), atomic by itself; its RETURNING rows. */
  write<Row>(statement: Statement): Promise<Row[]>;
  /**
   * Runs `work` as one transaction on one connection; its statements commit together or not
   * at all. On SQLite it takes the adapter's transaction lock and the write lock at BEGIN.
   */
  transaction<T>(work: (tx: DirectTx) => Promise<T>): Promise<T>;
}

export interface DirectTx {
  query<Row>(statement: Statement): Promise<Row[]>;
}

/** The Prisma better-sqlite3 adapter's connection and its transaction entry (which holds its lock). */
export interface SqliteAdapterHandle {
  client: BetterSqlite3.Database;
  startTransaction(): Promise<{ commit(): Promise<void>; rollback(): Promise<void> }>;
}

/** A value as better-sqlite3 binds it, in the format Prisma's adapter writes (ISO dates, +00:00; booleans as 1/0). */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

// Plain objects, not `raw(…)`: raw-statement.ts imports client.ts, which imports this file, and a
// value made from it while these modules load is a "used before initialization" error in a bundle.
const COMMIT = { sql: "COMMIT", values: [] };
const ROLLBACK = { sql: "ROLLBACK", values: [] };

export function sqliteDirect(connected: () => Promise<SqliteAdapterHandle>): Direct {
  const statements = new Map<string, BetterSqlite3.Statement>();
  let preparedOn: BetterSqlite3.Database | null = null;
  const run = <Row>(client: BetterSqlite3.Database, statement: Pick<Statement, "sql" | "values">): Row[] => {
    // A statement belongs to its connection: after Prisma reconnects, they are prepared again.
    if (client !== preparedOn) {
      statements.clear();
      preparedOn = client;
    }
    let prepared = statements.get(statement.sql);
    if (!prepared) {
      // Numbers as numbers (the adapter's connection reads every integer as a BigInt by default).
      prepared = client.prepare(statement.sql).safeIntegers(false);
      statements.set(statement.sql, prepared);
    }
    const values = statement.values.map(sqliteValue);
    if (prepared.reader) return prepared.all(...values) as Row[];
    prepared.run(...values);
    return [];
  };
  const direct: Direct = {
    dialect: "sqlite",
    async query<Row>(statement: Statement) {
      const { client } = await connected();
      return run<Row>(client, statement);
    },
    // Under the lock, so it never lands inside an interactive transaction Prisma has open on the connection.
    write: <Row>(statement: Statement) => direct.transaction((tx) => tx.query<Row>(statement)),
    async transaction<T>(work: (tx: DirectTx) => Promise<T>) {
      const adapter = await connected();
      const { client } = adapter;
      const lock = await adapter.startTransaction();
      try {
        const result = await work({ query: async <Row>(statement: Statement) => run<Row>(client, statement) });
        run(client, COMMIT);
        return result;
      } catch (error) {
        if (client.inTransaction) run(client, ROLLBACK);
        throw error;
      } finally {
        await lock.commit();
      }
    },
  };
  return direct;
}

/** A value as pg binds it: a Date as its UTC instant in ISO form (the columns are timestamps without zone, in UTC). */
function postgresValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

// Timestamps without zone hold UTC (as Prisma writes them); pg would read them as local time.
// 64-bit integers (counts) read as numbers: the app's counts stay far below 2^53.
const TIMESTAMP = 1114;
const INT8 = 20;
const directTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === INT8) return (text: string) => Number(text);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
};

/** Statements get a name from their text, so each connection parses and plans them once. */
function namedQuery(statement: Statement): pg.QueryConfig {
  return {
    name: `direct_${hashOf(statement.text)}`,
    text: statement.text,
    values: statement.values.map(postgresValue),
    types: directTypes,
  } as pg.QueryConfig;
}

function hashOf(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return `${(hash >>> 0).toString(36)}_${text.length}`;
}

export function postgresDirect(connected: () => Promise<pg.Pool>): Direct {
  const query = async <Row>(statement: Statement) =>
    (await (await connected()).query(namedQuery(statement))).rows as Row[];
  return {
    dialect: "postgres",
    query,
    write: query,
    async transaction<T>(work: (tx: DirectTx) => Promise<T>) {
      const client = await (await connected()).connect();
      let broken: unknown;
      try {
        await client.query("BEGIN");
        const result = await work({
          query: async <Row>(statement: Statement) => (await client.query(namedQuery(statement))).rows as Row[],
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackFailed: unknown) => (broken = rollbackFailed));
        throw error;
      } finally {
        // A connection whose rollback failed is not given back to the pool.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
  };
}

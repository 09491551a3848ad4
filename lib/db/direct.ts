import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Statement } from "./raw-statement";

/**
 * The busiest paths' way to the database: statements sent straight through the driver the
 * Prisma adapter already holds (its better-sqlite3 connection, or its pg pool),
 * prepared once and reused, without Prisma's per-query work (0.21 ms a statement against
 * 0.004 ms here; npm run bench, flag section). Only for a few hot statements (the caller's
 * session, the write counter, the flag write, bulk rows of sentence scores and fact-checks; ARCHITECTURE.md):
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
const fixedStatement = (text: string) => ({ sql: text, values: [] });
const COMMIT = fixedStatement("COMMIT");
const ROLLBACK = fixedStatement("ROLLBACK");
const SAVEPOINT = fixedStatement('SAVEPOINT "direct_unit"');
const RELEASE = fixedStatement('RELEASE "direct_unit"');
const ROLLBACK_UNIT = fixedStatement('ROLLBACK TO "direct_unit"');

/** One caller's transaction waiting for the next group commit. */
interface Unit {
  work: (tx: DirectTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

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

  /**
   * Group commit: the transactions asked for while the event loop handles one round of I/O
   * (under load, the flags and write counters of every request that arrived together) run one
   * after another in a single SQLite transaction, each inside a savepoint of its own, and are
   * answered only once that transaction has committed. A commit (writing the WAL frames of
   * every page touched) was the largest single cost of a flag (npm run bench, flag section);
   * one commit for a round of them writes shared pages once. Each caller still gets all or
   * nothing of its own statements: a unit that throws is rolled back to its savepoint alone.
   */
  const waiting: Unit[] = [];
  const commitGroup = async (units: Unit[]) => {
    let adapter: SqliteAdapterHandle;
    let lock: Awaited<ReturnType<SqliteAdapterHandle["startTransaction"]>>;
    try {
      adapter = await connected();
      lock = await adapter.startTransaction();
    } catch (error) {
      for (const unit of units) unit.reject(error);
      return;
    }
    const { client } = adapter;
    const tx: DirectTx = { query: async <Row>(statement: Statement) => run<Row>(client, statement) };
    const outcomes: Outcome[] = [];
    let broken: { error: unknown } | null = null;
    // A group of one gets its savepoint too: one path for every group, and a savepoint costs
    // nothing measurable (200,000 rows inserted inside one or not: 699 / 709 ms).
    try {
      for (const unit of units) {
        run(client, SAVEPOINT);
        let outcome: Outcome;
        try {
          outcome = { ok: true, value: await unit.work(tx) };
        } catch (error) {
          outcome = { ok: false, error };
        }
        outcomes.push(outcome);
        if (!outcome.ok) {
          // Some failures (a full disk, say) end SQLite's whole transaction: then nothing of the
          // group stands, and every unit is told so.
          if (!client.inTransaction) throw outcome.error;
          run(client, ROLLBACK_UNIT);
        }
        run(client, RELEASE);
      }
      run(client, COMMIT);
    } catch (error) {
      broken = { error };
      try {
        if (client.inTransaction) run(client, ROLLBACK);
      } catch (rollbackFailed) {
        console.error("direct: a failed group's rollback failed too", rollbackFailed);
      }
    } finally {
      await lock.commit();
    }
    units.forEach((unit, i) => {
      const outcome = outcomes[i];
      if (broken) unit.reject(outcome && !outcome.ok ? outcome.error : broken.error);
      else if (outcome!.ok) unit.resolve(outcome!.value);
      else unit.reject(outcome!.error);
    });
  };

  const direct: Direct = {
    dialect: "sqlite",
    async query<Row>(statement: Statement) {
      const { client } = await connected();
      return run<Row>(client, statement);
    },
    // Under the lock, so it never lands inside an interactive transaction Prisma has open on the connection.
    write: <Row>(statement: Statement) => direct.transaction((tx) => tx.query<Row>(statement)),
    transaction<T>(work: (tx: DirectTx) => Promise<T>) {
      return new Promise<T>((resolve, reject) => {
        // setImmediate runs after the I/O callbacks of this turn of the loop: every request read
        // in it has had the chance to ask.
        if (waiting.length === 0) setImmediate(() => void commitGroup(waiting.splice(0)));
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      });
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

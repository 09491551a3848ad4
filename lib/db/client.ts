import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient as SqliteClient } from "../../prisma/generated/sqlite";
import { postgresGenerated, sqliteGenerated } from "./generated-clients";
import type { DatabaseTarget } from "./database-url";
import { postgresDirect, sqliteDirect, type Direct, type SqliteAdapterHandle } from "./direct";

/**
 * The database client type the whole app codes against. Both generated clients come from
 * one set of models (prisma/postgres/schema.prisma is generated from prisma/schema.prisma),
 * so the PostgreSQL client has the same shape and is typed as this one.
 */
export type Db = SqliteClient;
/** A client inside an interactive transaction. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Opens a Prisma client for the target through its driver adapter (no native engine). */
export function createDb(target: DatabaseTarget, options: { poolSize?: number } = {}): Db {
  if (target.kind === "postgres") {
    let pool: pg.Pool | null = null;
    const factory = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
    const connect = factory.connect.bind(factory);
    // The adapter makes its pool when Prisma connects: the direct statements use that pool.
    factory.connect = async () => {
      const adapter = await connect();
      pool = adapter.underlyingDriver() as pg.Pool;
      return adapter;
    };
    const db = new postgresGenerated.PrismaClient({ adapter: factory }) as unknown as Db;
    directs.set(
      db,
      postgresDirect(async () => {
        if (!pool || pool.ended) await db.$connect();
        return pool!;
      }),
    );
    return db;
  }
  // WAL lets readers run beside the one writer, and synchronous=NORMAL makes an insert
  // several times cheaper while staying crash-safe in WAL mode; the busy timeout makes a
  // second process wait for the write lock instead of failing at once.
  let connected: SqliteAdapterHandle | null = null;
  const adapter = writeLockedTransactions(
    new PrismaBetterSQLite3({ url: `file:${target.path}`, timeout: 5000 }),
    (handle) => (connected = handle),
  );
  const db = new sqliteGenerated.PrismaClient({ adapter });
  directs.set(
    db,
    sqliteDirect(async () => {
      // The adapter opens its connection on Prisma's first query (and again after a disconnect).
      if (!connected?.client.open) await db.$connect();
      return connected!;
    }),
  );
  return db;
}

// On globalThis: the server's bundles may each hold their own copy of this module, while the
// client they share is the one openDb cached there (lib/db/index.ts).
const registry = globalThis as unknown as { claimmarkDirects?: WeakMap<Db, Direct> };
const directs = (registry.claimmarkDirects ??= new WeakMap<Db, Direct>());

/** The hot paths' direct statements on the client's own connection or pool (lib/db/direct.ts). */
export function directOf(db: Db): Direct {
  const direct = directs.get(db);
  if (!direct) throw new Error("directOf: this client was not made by createDb");
  return direct;
}

/**
 * Makes every interactive transaction on SQLite take the write lock when it begins (BEGIN
 * IMMEDIATE) instead of at its first write. The server and the worker are two processes on one
 * file: a transaction that reads, then writes after the other process committed, fails at once
 * with "database is locked" in WAL mode (the busy timeout cannot help a stale snapshot); one
 * that holds the write lock from the start waits its turn instead. The adapter issues a plain
 * "BEGIN" through its better-sqlite3 connection, which is where it is changed. The connection
 * is also handed to `onConnect`, for the direct statements (lib/db/direct.ts).
 */
function writeLockedTransactions(
  factory: PrismaBetterSQLite3,
  onConnect: (handle: SqliteAdapterHandle) => void,
): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const handle = adapter as unknown as SqliteAdapterHandle;
    const client = handle.client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof client.prepare;
    onConnect(handle);
    return adapter;
  };
  return factory;
}

/** Applies the SQLite connection settings the app relies on (safe to call repeatedly). */
export async function tuneSqlite(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA busy_timeout = 5000");
}

/**
 * Whether a client (or a transaction's) talks to PostgreSQL: some statements, like FOR UPDATE
 * SKIP LOCKED or ANALYZE, exist only there. Read from the provider the client reports, not its
 * class: the client createDb returns is a proxy, never an instance of PostgresClient.
 */
export function isPostgresDb(db: Db | Tx): boolean {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" || provider === "postgres";
}

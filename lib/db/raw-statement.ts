import type { Prisma } from "../../prisma/generated/sqlite";
import { sqliteGenerated } from "./generated-clients";
import { isPostgresDb, type Tx } from "./client";

/** Builds SQL with bound values (Prisma.sql, join, raw), for statements whose shape depends on the data. */
export const sql = sqliteGenerated.Prisma.sql;
export const join = sqliteGenerated.Prisma.join;
export const raw = sqliteGenerated.Prisma.raw;
export type Statement = Prisma.Sql;

/**
 * Runs a statement built with `sql` on either database. The two generated clients each
 * recognise only their own Sql class, so the statement goes as text with the placeholders
 * of the client's dialect ($1 on PostgreSQL, ? on SQLite) and its values.
 */
export function executeStatement(db: Tx, statement: Statement): Promise<number> {
  return db.$executeRawUnsafe(inDialectOf(db, statement), ...statement.values);
}

function inDialectOf(db: Tx, statement: Statement): string {
  return isPostgresDb(db) ? statement.text : statement.sql;
}

/** Runs a query built with `sql` on either database (see executeStatement) and returns its rows. */
export function queryStatement<Row>(db: Tx, statement: Statement): Promise<Row[]> {
  return db.$queryRawUnsafe<Row[]>(inDialectOf(db, statement), ...statement.values);
}

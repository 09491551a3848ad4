import { isPostgresDb, type Db } from "../../db/client";
import { join, queryStatement, raw, sql } from "../../db/raw-statement";

/**
 * How many rows each table holds, roughly and at once: on SQLite its largest rowid (never fewer
 * than its rows; one step down the table's b-tree), on PostgreSQL the planner's estimate from
 * the last ANALYZE (null when the table was never analysed). One statement for all the tables.
 */
export async function tableSizes(db: Db, tables: readonly string[]): Promise<Map<string, number | null>> {
  const unique = [...new Set(tables)];
  const sizeOf = (table: string) =>
    isPostgresDb(db)
      ? // reltuples is -1 until the first ANALYZE: unknown.
        sql`(SELECT NULLIF(reltuples, -1)::bigint FROM pg_class WHERE oid = to_regclass(${`"${table}"`}))`
      : raw(`(SELECT COALESCE(max(rowid), 0) FROM "${table}")`);
  const rows = await queryStatement<{ table: string; n: number | bigint | string | null }>(
    db,
    join(
      unique.map((table) => sql`SELECT ${table} AS "table", ${sizeOf(table)} AS "n"`),
      " UNION ALL ",
    ),
  );
  return new Map(rows.map((row) => [row.table, row.n === null ? null : Number(row.n)]));
}

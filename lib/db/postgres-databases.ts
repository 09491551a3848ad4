// Test and benchmark helpers: make and drop a PostgreSQL database of their own. Their own file
// so the end-to-end specs can share them without loading a Prisma client.
import pg from "pg";

/** Makes an empty database `name` on the server `adminUrl` names; returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops a PostgreSQL database made for a test or a benchmark. FORCE ends its own leftover
 * connections, but may not end an autovacuum worker (it belongs to the superuser: "must be a
 * member of the role…"); such a worker is done within moments, so the drop is tried again for
 * `waitSeconds` before failing the run.
 */
export async function dropDatabase(adminUrl: string, name: string, waitSeconds = 5): Promise<void> {
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= waitSeconds * 4 || (code !== "42501" && code !== "55006")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await cleanup.end();
  }
}

import { z } from "zod";
import { databaseTargetFrom, type DatabaseTarget } from "@/lib/db/database-url";
import type { CaptureQuotas } from "@/lib/data/evidence/capture-quota";

// Every environment variable the app reads, validated once; this is the only module that
// reads process.env. A wrong value stops the server with a message naming the variable,
// instead of failing later in a request.
const flag = z
  .enum(["0", "1"])
  .optional()
  .transform((v) => v === "1");
/**
 * What the background worker reads (scripts/worker.ts): no secret among it. The worker runs
 * Chromium on pages anyone can cite, so npm start gives it none of the web server's secrets.
 */
const workerSchema = z.object({
  /** The Chromium that prints PDF reports and captures pages. */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /**
   * "on": Chromium keeps its sandbox; as root it is started as CHROMIUM_USER (server/chromium-launch.ts).
   * "off" only where no sandbox can work (a container without user namespaces), knowing what it costs.
   */
  CHROMIUM_SANDBOX: z.enum(["on", "off"], { error: 'CHROMIUM_SANDBOX is "on" (the default) or "off".' }).default("on"),
  /** The unprivileged account Chromium runs as when the server runs as root. */
  CHROMIUM_USER: z
    .string()
    .regex(/^[a-z_][a-z0-9_-]*$/, "CHROMIUM_USER must be the name of an account on this machine, such as nobody.")
    .default("nobody"),
  /** Evidence capture (issue 12): tests set it to capture pages from a server they start on 127.0.0.1. */
  CAPTURE_ALLOW_PRIVATE_HOSTS: flag,
  /** The largest capture kept, all its files together, in MB. */
  CAPTURE_MAX_MB: z.coerce.number().min(1).max(500).default(15),
  /** Evidence kept on the whole instance, and per document, in MB (lib/data/evidence/capture-quota.ts). */
  CAPTURE_QUOTA_MB: z.coerce.number().positive().default(20_000),
  CAPTURE_QUOTA_PER_DOCUMENT_MB: z.coerce.number().positive().default(1_000),
  /** Captures one worker runs at a time. */
  CAPTURE_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
  /** How often each cited source is fetched again and compared with its capture. */
  SOURCE_RECHECK_HOURS: z.coerce.number().min(0.01).default(24),
  /**
   * Retrain the suggestions on the desk's labels when 50 new ones arrive (on unless "0"): the
   * end-to-end suite turns it off so one spec's flags never re-score another spec's document.
   */
  SUGGESTIONS_AUTO_RETRAIN: z
    .enum(["0", "1"], { error: "SUGGESTIONS_AUTO_RETRAIN is 1 (retrain as labels arrive) or 0." })
    .default("1")
    .transform((v) => v === "1"),
});

const schema = workerSchema.extend({
  NEXTAUTH_SECRET: z
    .string()
    .min(16, "NEXTAUTH_SECRET must be at least 16 characters (npm start generates one on SQLite)."),
  /** The public URL; unset (or empty), links follow the address each request used. */
  NEXTAUTH_URL: z.preprocess((v) => (v === "" ? undefined : v), z.url().optional()),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /** Sign-in attempts allowed per IP address a minute (per email and address it is always 10). */
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
  /** Sign-ups allowed per IP address an hour. */
  SIGNUP_LIMIT_PER_IP: z.coerce.number().int().min(1).default(5),
  /** Sign-ups allowed on the whole instance an hour. */
  SIGNUP_LIMIT_GLOBAL: z.coerce.number().int().min(1).default(100),
  /** Writes (claims, notes, replies, reviews) one user may make a minute. */
  WRITE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Requests one personal access token may make a minute (reads and writes), across instances. */
  TOKEN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Report downloads a visitor's IP address may make a minute (signed-in users are not limited). */
  EXPORT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Similar-fact-check searches a signed-out visitor's address may make a minute. */
  SEARCH_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Revision comparisons a signed-out visitor's address may open a minute. */
  COMPARE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Live event streams one person (or visitor address) may hold open on one process, and all of them. */
  STREAM_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  STREAM_LIMIT_PER_INSTANCE: z.coerce.number().int().min(1).default(1000),
  /**
   * The address of the reverse proxy in front of the app (comma-separated for several).
   * Only a request whose socket peer is one of them has its X-Forwarded-For believed.
   */
  TRUSTED_PROXY: z.string().optional(),
  /** The account with this email becomes an admin when it signs up. */
  ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email("ADMIN_EMAIL must be an email address.")).optional(),
  /** The interface the server listens on; npm start passes it on (default loopback). */
  HOST: z.string().default("127.0.0.1"),
  /** Turns on the benchmark's empty baseline route (npm run bench sets it). */
  CLAIMMARK_BENCH: flag,
  PUBLISHER_NAME: z.string().default("Claimmark"),
  PUBLISHER_URL: z.url().optional(),
  /** "1" lets document import fetch from loopback and private addresses (tests fetch from a server they start). */
  IMPORT_ALLOW_PRIVATE_HOSTS: flag,
  /** 0 keeps the background worker from starting with npm start (a deployment that runs it elsewhere). */
  CAPTURE_WORKER: z.enum(["0", "1"]).default("1"),
  /** PDFs printed at once; past a short queue, 503 with Retry-After. */
  PDF_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
  /** Longest a PDF may take to print, in seconds. */
  PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(5).default(60),
});

export type Env = z.infer<typeof schema>;
export type WorkerEnv = z.infer<typeof workerSchema>;

let cached: Env | undefined;

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
}

/** The validated environment (throws, naming the variable, when one is wrong). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Claimmark's environment is not valid:\n${describe(parsed.error)}`);
  cached = parsed.data;
  return cached;
}

/** The worker's settings only: it starts without NEXTAUTH_SECRET or any OAuth secret. */
export function workerEnv(): WorkerEnv {
  const parsed = workerSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Claimmark's environment is not valid:\n${describe(parsed.error)}`);
  return parsed.data;
}

/** The evidence storage quotas, in bytes. */
export function captureQuotas(settings: WorkerEnv): CaptureQuotas {
  return {
    instanceBytes: settings.CAPTURE_QUOTA_MB * 1024 * 1024,
    documentBytes: settings.CAPTURE_QUOTA_PER_DOCUMENT_MB * 1024 * 1024,
  };
}

/** How to start Chromium: the part of the worker's settings the web server's PDF printer needs too. */
export function chromiumSettings(): Pick<WorkerEnv, "CHROMIUM_SANDBOX" | "CHROMIUM_USER"> {
  const parsed = workerSchema.pick({ CHROMIUM_SANDBOX: true, CHROMIUM_USER: true }).safeParse(process.env);
  if (!parsed.success) throw new Error(`Claimmark's environment is not valid:\n${describe(parsed.error)}`);
  return parsed.data;
}

/**
 * The app's folder (where server/import/import-child.ts is): npm start says so (CLAIMMARK_ROOT);
 * otherwise the working directory, which npm scripts and tests run from.
 */
export function appRoot(): string {
  return process.env.CLAIMMARK_ROOT || process.cwd();
}

/**
 * What a process the server starts (Chromium, an import) may see of the environment: where
 * things are, never a secret or the database.
 */
const MINIMAL_ENV_NAMES = ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "FONTCONFIG_PATH", "XDG_CONFIG_HOME"];

export function minimalEnvironment(): Record<string, string> {
  return Object.fromEntries(
    MINIMAL_ENV_NAMES.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
}

const databaseSchema = z.object({
  PG_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/**
 * Which database to open and how, read apart from env() because the database is needed
 * before a session secret exists (npm start's preparation step seeds it first).
 */
export function databaseConfig(): { target: DatabaseTarget; poolSize: number } {
  const parsed = databaseSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Claimmark's environment is not valid:\n${describe(parsed.error)}`);
  return { target: databaseTargetFrom(process.env), poolSize: parsed.data.PG_POOL_SIZE };
}

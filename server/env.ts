import { z } from "zod";

// Every environment variable the app reads, validated once. A wrong value stops the
// server with a message naming the variable, instead of failing later in a request.
const schema = z.object({
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters (npm start generates one)."),
  NEXTAUTH_URL: z.url().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_CLIENT_ID: z.string().optional(),
  GOOGLE_CLIENT_SECRET: z.string().optional(),
  /** Sign-in attempts allowed per IP address a minute (per email it is always 10). */
  SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(10),
  /** Turns on the benchmark's empty baseline route (npm run bench sets it). */
  CLAIMMARK_BENCH: z.enum(["0", "1"]).optional(),
  PUBLISHER_NAME: z.string().default("Claimmark"),
  PUBLISHER_URL: z.url().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment (throws, naming the variable, when one is wrong). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Claimmark's environment is not valid:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

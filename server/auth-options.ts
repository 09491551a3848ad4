import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { SignInLimiter, tooManyAttemptsMessage } from "@/lib/auth/sign-in-limiter";
import { getDb } from "@/lib/db";
import { verifyCredentials } from "@/lib/data/users";
import { isRole } from "@/lib/roles";
import { signInSchema } from "@/lib/validation/auth";
import { env } from "./env";
import { findOrCreateOAuthUser } from "./oauth-user";

/** The generic message for a wrong email or password; it never says which one was wrong. */
export const WRONG_CREDENTIALS = "Email or password is wrong";

let limiter: SignInLimiter | undefined;

/**
 * The caller's address for the per-IP limit: the first X-Forwarded-For entry, which Next.js
 * fills from the socket when the request has none. A client can send its own header, so
 * behind the open internet run Claimmark behind a proxy that overwrites it (README,
 * "Running several instances"); the per-email limit holds either way.
 */
function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0]?.trim() || "unknown";
}

function oauthProviders() {
  const e = env();
  const providers = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

let options: NextAuthOptions | undefined;

/**
 * next-auth configuration: credentials always, GitHub/Google only when configured. JWT
 * sessions. Built once per process, on first use (the environment does not change).
 */
export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? WRONG_CREDENTIALS);
          const db = await getDb();
          limiter ??= new SignInLimiter(db, { perIp: env().SIGNIN_LIMIT_PER_IP });
          const check = await limiter.attempt(parsed.data.email, clientIp(req?.headers));
          if (!check.ok) throw new Error(tooManyAttemptsMessage(check.retryAfterSeconds));
          const user = await verifyCredentials(db, parsed.data.email, parsed.data.password);
          if (!user) throw new Error(WRONG_CREDENTIALS);
          return { id: user.id, name: user.name, email: user.email, role: user.role };
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account?.provider === "credentials") {
          token.uid = user.id;
          token.role = user.role;
        } else if (user && account && user.email) {
          const local = await findOrCreateOAuthUser(await getDb(), user.email, user.name ?? user.email);
          token.uid = local.id;
          token.role = local.role;
        }
        return token;
      },
      async session({ session, token }) {
        // The role shown in the session can be stale until the next sign-in; every write
        // reads the current role from the database (lib/data/actor.ts).
        if (token.uid) {
          session.user = {
            id: token.uid,
            name: session.user?.name ?? "",
            email: session.user?.email ?? "",
            role: isRole(token.role) ? token.role : "ANNOTATOR",
          };
        }
        return session;
      },
    },
  };
}

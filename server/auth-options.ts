import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { SignInLimiter, tooManyAttemptsMessage } from "@/lib/auth/sign-in-limiter";
import { findOrCreateOAuthUser, verifyCredentials } from "@/lib/data/accounts/accounts";
import { endSessions } from "@/lib/data/accounts/users";
import { isRole } from "@/lib/roles";
import { signInSchema } from "@/lib/validation/auth";
import { accountPolicy } from "./account-policy";
import { getDb } from "./db";
import { env } from "./env";
import { providerVerifiedEmail } from "./oauth-email";
import { clientIp } from "./request/client-ip";
import { decodeSessionToken } from "./session-token";

/** The generic message for a wrong email or password; it never says which one was wrong. */
export const WRONG_CREDENTIALS = "Email or password is wrong";
/**
 * Sessions last 30 days from the last visit: every call of the session endpoint re-issues the
 * cookie, and signed-in pages call it about hourly (components/auth/sign-out-button.tsx).
 */
const SESSION_SECONDS = 30 * 24 * 60 * 60;

let limiter: SignInLimiter | undefined;

function oauthProviders() {
  const e = env();
  const providers = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET)
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

let options: NextAuthOptions | undefined;

/**
 * next-auth configuration: credentials always, GitHub/Google only when configured. JWT
 * sessions that carry the user's session version, so signing out (or an admin disabling the
 * account) ends them on the server. Built once per process, on first use.
 */
export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    jwt: { decode: decodeSessionToken },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? WRONG_CREDENTIALS);
          const db = await getDb();
          limiter ??= new SignInLimiter(db, { perIp: env().SIGNIN_LIMIT_PER_IP });
          const { email, password } = parsed.data;
          const ip = clientIp(req?.headers);
          const check = await limiter.attempt(email, ip);
          if (!check.ok) throw new Error(tooManyAttemptsMessage(check.retryAfterSeconds));
          const result = await verifyCredentials(db, email, password);
          if (!result.ok) {
            if (result.disabled) throw new Error("This account is disabled. Ask an admin to enable it.");
            await limiter.failed(email, ip);
            throw new Error(WRONG_CREDENTIALS);
          }
          await limiter.succeeded(email, ip);
          const { user } = result;
          return {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            sessionVersion: user.sessionVersion,
          };
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/signin?error=OAuthNoEmail";
        const verified = await providerVerifiedEmail(user.email, account, profile);
        const local = await findOrCreateOAuthUser(
          await getDb(),
          { email: user.email, name: user.name ?? user.email, emailVerified: verified },
          accountPolicy(),
        );
        if (!local.ok) return `/signin?error=${verified ? "AccountDisabled" : "OAuthUnverified"}`;
        // The jwt callback below receives this same user object.
        user.id = local.id;
        user.role = local.role;
        user.sessionVersion = local.sessionVersion;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        // The role shown in the session can be stale until the next sign-in; every request
        // reads the current role and session version from the database (lib/data/actor.ts).
        if (token.uid) {
          session.user = {
            id: token.uid,
            name: session.user?.name ?? "",
            email: session.user?.email ?? "",
            role: isRole(token.role) ? token.role : "ANNOTATOR",
            sessionVersion: typeof token.sv === "number" ? token.sv : 0,
          };
        }
        return session;
      },
    },
    events: {
      // Signing out ends the session on the server too: a copied cookie stops working.
      async signOut({ token }) {
        if (typeof token?.uid === "string") await endSessions(await getDb(), token.uid);
      },
    },
  };
}

import { bearerSecret, hashTokenSecret, newTokenSecret, parseScopes, type TokenScope } from "../../auth/api-token";
import type { Db } from "../../db";
import { isWorkspaceRole } from "../../workspaces/workspace-roles";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import { workspaceBySlug } from "../workspaces/scope";
import { fail, notFound, ok, unauthenticated, type Result } from "../../result";
import { isAdmin, isRole } from "../../roles";
import { createTokenSchema } from "../../validation/api-token";
import type { Actor } from "../actor";
import { parseInput } from "../../validation/parse-input";

export interface TokenView {
  id: string;
  name: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  ownerName: string;
  ownerId: string;
}

/** A token's caller: the owner as the database knows them now, and what the token allows. */
export interface TokenActor extends Actor {
  token: { id: string; scopes: TokenScope[] };
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is written at most once a minute per token: it informs people, it is not a log. */
const LAST_USED_RESOLUTION_MS = 60 * 1000;

const viewOf = (t: {
  id: string;
  name: string;
  scopes: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  userId: string;
  user: { name: string };
}): TokenView => ({
  id: t.id,
  name: t.name,
  scopes: parseScopes(t.scopes),
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
  ownerName: t.user.name,
  ownerId: t.userId,
});

/** Makes a token for the caller. The secret is in the answer and nowhere else, ever. */
export async function createToken(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<TokenView & { secret: string }>> {
  if (!actor) return unauthenticated();
  if ("token" in actor) return fail(403, "Tokens cannot make tokens: sign in to Claimmark to make one.");
  const parsed = parseInput(createTokenSchema, input);
  if (!parsed.ok) return parsed;
  const workspace = await tokenWorkspace(db, actor, parsed.data.workspace);
  if (!workspace) {
    const message = parsed.data.workspace
      ? "You are not a member of that workspace, so a token cannot answer within it."
      : "Join a workspace first: a token answers within one.";
    return fail(400, message, { workspace: message });
  }
  // The admin scope lets a token act as an admin: a site administrator's, or an Admin's of the token's workspace.
  if (parsed.data.scopes.includes("admin") && !isAdmin(actor.role) && actor.workspaces[workspace] !== "ADMIN") {
    return fail(403, "Only admins can give a token the admin scope.", { scopes: "Only admins can choose admin." });
  }
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: {
      userId: actor.id,
      workspaceId: workspace,
      name: parsed.data.name,
      secretHash: hashTokenSecret(secret),
      scopes: parsed.data.scopes.join(","),
      expiresAt: parsed.data.expiresInDays === null ? null : new Date(Date.now() + parsed.data.expiresInDays * DAY_MS),
    },
    include: { user: { select: { name: true } } },
  });
  return ok({ ...viewOf(token), secret }, { status: 201 });
}

/**
 * The workspace a new token answers within: the one named if the person is in it, else the
 * Default one or their first.
 */
async function tokenWorkspace(db: Db, actor: Actor, slug: string | undefined): Promise<string | null> {
  const mine = Object.keys(actor.workspaces);
  if (slug) {
    const named = await workspaceBySlug(db, slug);
    return named && mine.includes(named.id) ? named.id : null;
  }
  return mine.includes(DEFAULT_WORKSPACE_ID) ? DEFAULT_WORKSPACE_ID : (mine[0] ?? null);
}

/** The caller's tokens, newest first; an admin asking for `everyone` sees every user's. */
export async function listTokens(db: Db, actor: Actor, options: { everyone?: boolean } = {}): Promise<TokenView[]> {
  const all = Boolean(options.everyone && isAdmin(actor.role));
  const tokens = await db.apiToken.findMany({
    where: all ? {} : { userId: actor.id },
    orderBy: { createdAt: "desc" },
    include: { user: { select: { name: true } } },
    take: 500,
  });
  return tokens.map(viewOf);
}

/** Ends a token at once: its owner, or an admin for anyone's. Revoking twice is fine. */
export async function revokeToken(db: Db, actor: Actor | null, tokenId: string): Promise<Result<TokenView>> {
  if (!actor) return unauthenticated();
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, revokedAt: true } });
  if (!token || (token.userId !== actor.id && !isAdmin(actor.role))) return notFound("That token");
  const updated = await db.apiToken.update({
    where: { id: tokenId },
    data: { revokedAt: token.revokedAt ?? new Date() },
    include: { user: { select: { name: true } } },
  });
  return ok(viewOf(updated));
}

/**
 * The caller behind an `Authorization: Bearer` header, or null for a token that is unknown,
 * revoked, expired, or whose owner is disabled. One indexed read (the hash), and a
 * last-used write at most once a minute.
 */
export async function actorFromToken(db: Db, header: string | null): Promise<TokenActor | null> {
  const secret = bearerSecret(header);
  if (!secret) return null;
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      workspaceId: true,
      user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } },
    },
  });
  const now = Date.now();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= now)) return null;
  const user = token.user;
  if (user.disabledAt || !isRole(user.role)) return null;
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) }, select: { id: true } });
  }
  const scopes = parseScopes(token.scopes);
  // A token answers within its one workspace, in its owner's role there (read fresh, so a
  // removed member's token reads nothing). An admin's token acts as an admin only with the
  // admin scope; otherwise as a reviewer (an Editor).
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: token.workspaceId, userId: user.id } },
    select: { role: true },
  });
  const adminScope = scopes.includes("admin");
  const workspaceRole = membership && isWorkspaceRole(membership.role) ? membership.role : null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role === "ADMIN" && !adminScope ? "REVIEWER" : user.role,
    workspaces: workspaceRole
      ? { [token.workspaceId]: workspaceRole === "ADMIN" && !adminScope ? "EDITOR" : workspaceRole }
      : {},
    onlyWorkspace: token.workspaceId,
    token: { id: token.id, scopes },
  };
}

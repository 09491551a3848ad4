import type { Db, Tx } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import {
  handleBaseOf,
  handleSkeleton,
  isReservedHandle,
  RELEASED_HANDLE_DAYS,
  uniqueHandle,
} from "../../people/handles";
import { matchPeople, type Person } from "../../people/match-people";
import { fail, ok, unauthenticated, type Result } from "../../result";
import { handleChangeSchema } from "../../validation/users";
import { recordEvent } from "../events/record-event";
import type { Actor } from "../actor";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";

/** How many accounts the "@" autocomplete reads: a desk's team, not a public directory. */
const MAX_PEOPLE = 5_000;

/** The people a signed-in person can mention, matching what they typed after "@" (lib/people/match-people.ts). */
export async function findPeople(db: Db, actor: Actor | null, query: string): Promise<Result<Person[]>> {
  if (!actor) return unauthenticated();
  const people = await db.user.findMany({
    where: { disabledAt: null },
    select: { id: true, name: true, handle: true },
    orderBy: { name: "asc" },
    take: MAX_PEOPLE,
  });
  return ok(matchPeople(query.slice(0, 100), people));
}

/** Handles others hold (by their look) and handles given up in the last 30 days, besides `me`'s. */
async function handlesInUse(tx: Tx, me: string | null) {
  const holders = await tx.user.findMany({ where: { handle: { not: null } }, select: { id: true, handle: true } });
  const since = new Date(Date.now() - RELEASED_HANDLE_DAYS * 86_400_000);
  const changes = await tx.event.findMany({
    where: { action: "user.handle", createdAt: { gte: since } },
    select: { actorId: true, before: true, createdAt: true },
  });
  const released = new Map<string, Date>();
  for (const change of changes) {
    if (change.actorId === me) continue; // one's own old handle may be taken back
    const old = (JSON.parse(change.before ?? "{}") as { handle?: string }).handle;
    if (old) released.set(old, change.createdAt);
  }
  const others = holders.filter((u) => u.id !== me && u.handle);
  return { looks: new Map(others.map((u) => [handleSkeleton(u.handle!), u.handle!])), released };
}

/** Why `handle` may not be taken by `me`, or null: reserved, too like another's, or given up lately. */
async function handleProblem(tx: Tx, handle: string, me: string): Promise<string | null> {
  if (isReservedHandle(handle))
    return `@${handle} is reserved: it reads as addressing everyone, or as Claimmark itself.`;
  const { looks, released } = await handlesInUse(tx, me);
  const lookAlike = looks.get(handleSkeleton(handle));
  if (lookAlike && lookAlike !== handle)
    return `@${handle} looks too much like @${lookAlike}. Choose one that reads differently.`;
  const givenUp = released.get(handle);
  if (givenUp) {
    const free = new Date(givenUp.getTime() + RELEASED_HANDLE_DAYS * 86_400_000).toISOString().slice(0, 10);
    return `@${handle} was given up lately and is kept until ${free}, so old mentions of it reach no one new.`;
  }
  return null;
}

/** A free handle for a new account (inside its creating transaction, under the "accounts" lock). */
export async function freeHandleFor(tx: Tx, name: string, email: string): Promise<string> {
  const base = handleBaseOf(name, email);
  const { looks, released } = await handlesInUse(tx, null);
  return uniqueHandle(
    base,
    new Set(),
    (handle) => !isReservedHandle(handle) && !looks.has(handleSkeleton(handle)) && !released.has(handle),
  );
}

/**
 * Gives every account from before handles its handle (every start runs it; a no-op once
 * done). One at a time, so each sees the handles given before it; a clash with an account
 * created meanwhile is retried with the next free handle.
 */
export async function assignMissingHandles(db: Db): Promise<number> {
  const missing = await db.user.findMany({
    where: { handle: null },
    select: { id: true, name: true, email: true },
    orderBy: { createdAt: "asc" },
  });
  let assigned = 0;
  for (const user of missing) {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await db.$transaction(async (tx) => {
          const handle = await freeHandleFor(tx, user.name, user.email);
          await tx.user.updateMany({ where: { id: user.id, handle: null }, data: { handle } });
        });
        assigned += 1;
        break;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }
  return assigned;
}

const TAKEN = { handle: "Someone already has that handle. Choose another." };

/**
 * Changes the signed-in person's own handle. Mentions already written keep reaching them
 * (they are stored per note and reply); the old handle is free for others at once.
 */
export async function changeOwnHandle(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<{ handle: string }>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(handleChangeSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { handle } = parsed.data;
  try {
    return await inTransaction(db, async (tx) => {
      const holder = await tx.user.findUnique({ where: { handle }, select: { id: true } });
      if (holder && holder.id !== actor.id) return fail(409, "Check the highlighted fields.", TAKEN);
      const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { handle: true } });
      if (me.handle === handle) return ok({ handle });
      const problem = await handleProblem(tx, handle, actor.id);
      if (problem) return fail(409, "Check the highlighted fields.", { handle: problem });
      await tx.user.update({ where: { id: actor.id }, data: { handle } });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "user.handle",
        entityType: "user",
        entityId: actor.id,
        before: { handle: me.handle },
        after: { handle },
      });
      return ok({ handle });
    });
  } catch (error) {
    // Two people taking one free handle at once: the unique index lets one of them have it.
    if (isUniqueViolation(error)) return fail(409, "Check the highlighted fields.", TAKEN);
    throw error;
  }
}

import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { signUp } from "@/lib/data/users";
import { respond } from "@/server/route";

/** POST /api/signup {name, email, password}: creates an account (the browser then signs in). */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ message: "The request body must be JSON." }, { status: 400 });
  }
  try {
    return respond(await signUp(await getDb(), body), 201);
  } catch (error) {
    console.error("sign-up failed", error);
    return NextResponse.json({ message: "Something went wrong on our side. No account was created; try again." }, { status: 500 });
  }
}

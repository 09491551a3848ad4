import { signUp } from "@/lib/data/users";
import { jsonRoute } from "@/server/route";

/** POST /api/signup {name, email, password}: creates an account (the browser then signs in). */
export const POST = jsonRoute(({ db, body }) => signUp(db, body), { successStatus: 201, signedIn: false });

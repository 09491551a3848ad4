import { signUp } from "@/lib/data/accounts/accounts";
import { limitSignUp } from "@/lib/limits/request-limits";
import { accountPolicy } from "@/server/account-policy";
import { env } from "@/server/env";
import { clientIp } from "@/server/request/client-ip";
import { apiRoute } from "@/server/route";
import { signUpSchema } from "@/lib/validation/auth";

/**
 * POST /api/signup {name, email, password}: creates an account (the browser then signs in). Limited per IP and for the
 * instance.
 */
export const POST = apiRoute({ caller: "anyone", successStatus: 201 }, async ({ db, body, request }) => {
  const e = env();
  const limited = await limitSignUp(
    db,
    clientIp(request.headers),
    { perIp: e.SIGNUP_LIMIT_PER_IP, global: e.SIGNUP_LIMIT_GLOBAL },
    signUpSchema.safeParse(body).success,
  );
  return limited ?? signUp(db, body, accountPolicy());
});

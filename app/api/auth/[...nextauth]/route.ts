import NextAuth from "next-auth";
import { authOptions } from "@/server/auth-options";

// next-auth reads the options on each request so that env() is validated at first use,
// not while Next.js collects routes during the build.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, { params: await context.params } as never, authOptions());
}

export { handler as GET, handler as POST };

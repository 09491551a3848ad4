import { forbidden, unauthorized } from "next/navigation";

/**
 * Ends a page a visitor may not open with the right HTTP status: 401 (app/unauthorized.tsx,
 * which offers sign-in and comes back) or 403 (app/forbidden.tsx). Before, such pages
 * answered 200 with a message, which monitors and crawlers read as success.
 */
export function denyPage(status: number): never {
  if (status === 401) unauthorized();
  forbidden();
}

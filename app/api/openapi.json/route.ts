import { openApiDocument } from "@/lib/openapi/spec";
import { publicOrigin } from "@/server/request/public-origin";
import { readRoute } from "@/server/route";

/** GET: the OpenAPI 3.1 description of every API route, generated from the server's own schemas. */
export const GET = readRoute(async ({ request }) => Response.json(openApiDocument(publicOrigin(request.headers))));

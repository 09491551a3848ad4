import { z } from "zod";
import { OPERATIONS, type Operation } from "./operations";

const ERROR = {
  type: "object",
  properties: {
    message: { type: "string" },
    fieldErrors: { type: "object", additionalProperties: { type: "string" } },
  },
  required: ["message"],
} as const;

const COMMON_RESPONSES: Record<string, string> = {
  "400": "invalid input: message, and fieldErrors naming the fields",
  "401": "not signed in, or a bad, expired or revoked token (WWW-Authenticate)",
  "403": "your role or the token's scopes do not allow it",
  "404": "not found",
  "429": "rate limited (Retry-After)",
};

const ACCESS_TEXT: Record<Operation["access"], string> = {
  anyone: "Open to everyone.",
  "signed-in": "Any signed-in user, or a token with the needed scope.",
  reviewer: "Reviewers and admins.",
  admin: "Admins only.",
};

/**
 * A zod schema as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses): requests from the input side, answers from the
 * output side.
 */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}

const pathParameters = (path: string) =>
  [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1]!,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));

/** The OpenAPI 3.1 description of Claimmark's API, built from OPERATIONS and the server's own zod schemas. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries({ ...op.responses, ...COMMON_RESPONSES })) {
      const success = status.startsWith("2") && status !== "204";
      responses[status] = success
        ? {
            description,
            content: {
              [op.produces ?? "application/json"]: { schema: op.response ? jsonSchemaOf(op.response, "output") : {} },
            },
          }
        : status === "204" || status === "304"
          ? { description }
          : { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    const content: Record<string, unknown> = {};
    if (op.body) content["application/json"] = { schema: jsonSchemaOf(op.body) };
    for (const type of op.bodyTypes ?? [])
      content[type] = {
        schema:
          type === "multipart/form-data"
            ? {
                type: "object",
                properties: { file: { type: "string", format: "binary" }, title: { type: "string" } },
                required: ["file"],
              }
            : { type: "object", description: "A W3C Web Annotation (JSON-LD)" },
      };
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      description: ACCESS_TEXT[op.access],
      tags: [op.tag],
      operationId: `${op.method}${op.path
        .replace(/[{}]/g, "")
        .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
        .replace(/[^\w]/g, "")}`,
      parameters: [
        ...pathParameters(op.path),
        ...(op.query ?? []).map((q) => ({
          name: q.name,
          in: "query",
          required: false,
          description: q.description,
          schema: { type: "string" },
        })),
      ],
      ...(Object.keys(content).length ? { requestBody: { required: true, content } } : {}),
      responses,
      security: op.access === "anyone" ? [{}, { bearer: [] }, { cookie: [] }] : [{ bearer: [] }, { cookie: [] }],
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimmark API",
      version: "1.0.0",
      description:
        "Fact-check a text claim by claim. Authenticate with `Authorization: Bearer cm_…` (a personal access token from /settings/tokens: scope read for GET, write for the rest) or the app's session cookie. Writes accept Idempotency-Key.",
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Error: ERROR },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal access token (cm_…)" },
        cookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The app's own session (same-origin writes only)",
        },
      },
    },
  };
}

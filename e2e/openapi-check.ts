import Ajv2020 from "ajv/dist/2020";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

type Spec = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>
  >;
  components: { schemas: Record<string, object> };
};
let spec: Promise<Spec> | null = null;

/**
 * Checks a real answer against what /api/openapi.json documents for that operation and
 * status: the description and the server cannot drift apart unnoticed.
 */
export async function expectDocumented(
  request: APIRequestContext,
  response: APIResponse,
  method: string,
  path: string,
): Promise<void> {
  spec ??= request.get("/api/openapi.json").then((r) => r.json());
  const operation = (await spec).paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is in the OpenAPI document`).toBeTruthy();
  const documented = operation!.responses[String(response.status())];
  expect(documented, `${method} ${path} documents status ${response.status()}`).toBeTruthy();
  const declared = documented!.content?.["application/json"]?.schema;
  if (!declared || Object.keys(declared).length === 0) return;
  // Shared shapes (the error body) are references into the document's components.
  const schema = declared.$ref ? (await spec).components.schemas[declared.$ref.split("/").pop()!]! : declared;
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const body = await response.json();
  expect(validate(body), `${method} ${path} ${response.status()}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

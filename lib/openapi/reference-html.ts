import { escapeHtml } from "../report/escape";

type Doc = {
  info: { title: string; description: string };
  paths: Record<
    string,
    Record<
      string,
      {
        summary: string;
        description: string;
        tags: string[];
        parameters: { name: string; in: string; description?: string }[];
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: Record<string, { description: string }>;
      }
    >
  >;
};

/**
 * A readable API reference made from the OpenAPI document, as plain HTML (no script, no CDN):
 * operations grouped by tag, each with its parameters, request body schemas and responses.
 */
export function apiReferenceHtml(document: Record<string, unknown>): string {
  const doc = document as unknown as Doc;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters.length
        ? `<h4>Parameters</h4><ul>${op.parameters.map((p) => `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)})${p.description ? `: ${escapeHtml(p.description)}` : ""}</li>`).join("")}</ul>`
        : "";
      const body = op.requestBody
        ? `<h4>Request body</h4>${Object.entries(op.requestBody.content)
            .map(
              ([type, { schema }]) =>
                `<p><code>${escapeHtml(type)}</code></p><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`,
            )
            .join("")}`
        : "";
      const responses = `<h4>Responses</h4><ul>${Object.entries(op.responses)
        .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description)}</li>`)
        .join("")}</ul>`;
      const section = `<section><h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary)}. ${escapeHtml(op.description)}</p>${params}${body}${responses}</section>`;
      const tag = op.tags[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), section]);
    }
  }
  const toc = [...byTag.keys()].map((tag) => `<li><a href="#${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join("");
  const groups = [...byTag.entries()]
    .map(([tag, sections]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${sections.join("")}`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(doc.info.title)} reference</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
section{border-top:1px solid #ddd;padding:.5rem 0}pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:13px}
.method{display:inline-block;min-width:4.5rem;font-weight:700}code{overflow-wrap:anywhere}
</style></head><body><main><h1>${escapeHtml(doc.info.title)}</h1><p>${escapeHtml(doc.info.description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p><nav aria-label="Sections"><ul>${toc}</ul></nav>${groups}</main></body></html>`;
}

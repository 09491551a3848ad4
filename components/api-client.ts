/** What a failed API call says: the server's message and per-field messages. */
export interface ApiError {
  status: number;
  message: string;
  fieldErrors: Record<string, string>;
  /** Anything else the server said with its refusal (e.g. existingClaimId). */
  details: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | ({ ok: false } & ApiError);

/**
 * The interface language the server answers refusals in, and the translation of this file's own
 * texts: set once per page by the ServerTextProvider (components/i18n/server-text.tsx). English
 * until then.
 */
let language: { locale: string; translate: (english: string) => string } = {
  locale: "en",
  translate: (english) => english,
};
export function setApiLanguage(locale: string, translate: (english: string) => string): void {
  language = { locale, translate };
}

/**
 * Calls one of Claimmark's JSON endpoints (a FormData body goes as a multipart upload) in the
 * page's language (Accept-Language); network failures become a readable error too.
 */
export async function callApi<T>(url: string, method: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    const form = body instanceof FormData;
    const headers: Record<string, string> = { "Accept-Language": language.locale };
    if (body !== undefined && !form) headers["Content-Type"] = "application/json";
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: language.translate("Could not reach Claimmark. Check your connection; nothing was saved."),
      fieldErrors: {},
      details: {},
    };
  }
  const payload = (await response.json().catch(() => ({}))) as {
    message?: string;
    fieldErrors?: Record<string, string>;
  } & Record<string, unknown>;
  if (response.ok) return { ok: true, data: payload as T };
  return {
    ok: false,
    status: response.status,
    message: payload.message ?? language.translate(`The request failed (${response.status}).`),
    fieldErrors: payload.fieldErrors ?? {},
    details: payload,
  };
}

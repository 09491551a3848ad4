import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { addressRefusal, isPublicAddress } from "./address-policy";

export interface GuardedFetchOptions {
  /** Let loopback and private addresses through (tests fetching from a server they start). */
  allowPrivateHosts: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  userAgent?: string;
  /** Answer 4xx and 5xx pages instead of refusing them (evidence capture records them). */
  acceptErrorStatus?: boolean;
  /** Hand a redirect back instead of following it (the capture browser follows, checking each hop). */
  returnRedirects?: boolean;
  /** Sent as Accept (default: pages and documents). */
  accept?: string;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

/** A fetch that failed for a reason the person should read. */
export class FetchRefused extends Error {
  constructor(
    message: string,
    readonly status: 413 | 422 | 502 | 504,
  ) {
    super(message);
  }
}

export const DEFAULT_FETCH_OPTIONS: Omit<GuardedFetchOptions, "allowPrivateHosts"> = {
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
};

/** What went wrong at the connection, as people say it; the system's code after it, for whoever needs it. */
function plainReason(error: NodeJS.ErrnoException, hostname: string): string {
  const said: Record<string, string> = {
    ECONNREFUSED: `The site ${hostname} refused the connection`,
    ECONNRESET: `The site ${hostname} closed the connection before answering`,
    ETIMEDOUT: `The site ${hostname} did not answer in time`,
    EHOSTUNREACH: `The site ${hostname} cannot be reached from here`,
    ENETUNREACH: `The site ${hostname} cannot be reached from here`,
    CERT_HAS_EXPIRED: `The site ${hostname} has an expired security certificate`,
    DEPTH_ZERO_SELF_SIGNED_CERT: `The site ${hostname} has a certificate nobody vouches for`,
    SELF_SIGNED_CERT_IN_CHAIN: `The site ${hostname} has a certificate nobody vouches for`,
    ERR_TLS_CERT_ALTNAME_INVALID: `The site's certificate is not for ${hostname}`,
  };
  const plain = (error.code && said[error.code]) || `The page at ${hostname} could not be fetched`;
  return `${plain} (${error.code ?? error.message}).`;
}

/**
 * Resolves the name and refuses it when any address is not public. Given to the socket as
 * its `lookup`, so the address checked is the address connected to (no DNS-rebinding gap).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as dns.LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((entry) => !isPublicAddress(entry.address));
      if (refused)
        return callback(
          Object.assign(new Error(addressRefusal(hostname, refused.address)), { code: "EREFUSED_PRIVATE" }),
          "",
          0,
        );
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address.`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL before any connection: scheme, credentials, and a literal IP address. */
export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused("That is not a web address. Give one that starts with http:// or https://.", 422);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefused(`Only http: and https: addresses can be imported, not ${url.protocol}`, 422);
  }
  if (url.username || url.password)
    throw new FetchRefused("Addresses with a user name or password in them are not fetched.", 422);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(host) && !allowPrivate && !isPublicAddress(host))
    throw new FetchRefused(addressRefusal(host, host), 422);
  return url;
}

function requestOnce(
  url: URL,
  options: GuardedFetchOptions,
  deadline: number,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0)
      return reject(new FetchRefused(`The page took longer than ${options.timeoutMs / 1000} s to answer.`, 504));
    const request = client.get(
      url,
      {
        lookup: guardedLookup(options.allowPrivateHosts),
        headers: {
          "user-agent": options.userAgent ?? "Claimmark document import",
          accept: options.accept ?? "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        },
        timeout: remaining,
      },
      (response) => {
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          return reject(new FetchRefused(`The page is larger than ${options.maxBytes / 1024 / 1024} MB.`, 413));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(new FetchRefused(`The page is larger than ${options.maxBytes / 1024 / 1024} MB.`, 413));
          } else chunks.push(chunk);
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on("error", reject);
      },
    );
    const timer = setTimeout(
      () =>
        request.destroy(new FetchRefused(`The page took longer than ${options.timeoutMs / 1000} s to answer.`, 504)),
      remaining,
    );
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () =>
      request.destroy(new FetchRefused(`The page took longer than ${options.timeoutMs / 1000} s to answer.`, 504)),
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error instanceof FetchRefused) return reject(error);
      if (error.code === "EREFUSED_PRIVATE") return reject(new FetchRefused(error.message, 422));
      if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN")
        return reject(new FetchRefused(`The name ${url.hostname} could not be found (DNS).`, 502));
      reject(new FetchRefused(plainReason(error, url.hostname), 502));
    });
  });
}

/**
 * Fetches a page for import and for evidence capture and re-checks: http and https only, every
 * redirect checked again, a total time limit, a size cap, and no connection to a private
 * address unless allowed. Errors are FetchRefused with a message naming the reason.
 */
export async function guardedFetch(raw: string, options: GuardedFetchOptions): Promise<FetchedPage> {
  const deadline = Date.now() + options.timeoutMs;
  let url = checkUrl(raw, options.allowPrivateHosts);
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(url, options, deadline);
    if (response.status >= 300 && response.status < 400 && response.headers.location) {
      if (options.returnRedirects)
        return {
          url: url.toString(),
          status: response.status,
          contentType: String(response.headers["content-type"] ?? ""),
          body: response.body,
          headers: response.headers,
        };
      if (redirects >= options.maxRedirects)
        throw new FetchRefused(`The page redirected more than ${options.maxRedirects} times.`, 422);
      url = checkUrl(new URL(response.headers.location, url).toString(), options.allowPrivateHosts);
      continue;
    }
    if (response.status >= 400 && !options.acceptErrorStatus)
      throw new FetchRefused(`The site answered ${response.status}: the page could not be fetched.`, 502);
    return {
      url: url.toString(),
      status: response.status,
      contentType: String(response.headers["content-type"] ?? ""),
      body: response.body,
      headers: response.headers,
    };
  }
}

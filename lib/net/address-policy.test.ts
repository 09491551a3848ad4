import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "./address-policy";
import { checkUrl, DEFAULT_FETCH_OPTIONS, guardedFetch } from "./guarded-fetch";

describe("isPublicAddress", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.5.4",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
    "not-an-ip",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("checkUrl", () => {
  it("refuses other schemes, credentials and literal private addresses", () => {
    expect(() => checkUrl("file:///etc/passwd", false)).toThrow(/Only http: and https:/);
    expect(() => checkUrl("ftp://example.org/x", false)).toThrow(/Only http: and https:/);
    expect(() => checkUrl("http://user:pw@example.org/", false)).toThrow(/user name or password/);
    expect(() => checkUrl("http://127.0.0.1:8080/", false)).toThrow(/127\.0\.0\.1.*private, loopback/);
    expect(() => checkUrl("http://[::1]/", false)).toThrow(/::1/);
    expect(() => checkUrl("http://[::ffff:7f00:1]/", false)).toThrow(/private/);
    expect(() => checkUrl("http://2130706433/", false)).toThrow(/private/); // 127.0.0.1 as one number
    expect(() => checkUrl("not a url", false)).toThrow(/not a web address/);
    expect(checkUrl("http://127.0.0.1:8080/", true).port).toBe("8080");
  });
});

describe("guardedFetch against a local server", () => {
  let server: http.Server;
  let base = "";
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/page") return res.writeHead(200, { "content-type": "text/html" }).end("<p>hello</p>");
      if (req.url === "/to-file") return res.writeHead(302, { location: "file:///etc/passwd" }).end();
      if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
      if (req.url === "/big") return res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(2048));
      if (req.url === "/slow") return setTimeout(() => res.end("late"), 1500);
      if (req.url === "/gone") return res.writeHead(404).end();
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const allowed = { ...DEFAULT_FETCH_OPTIONS, allowPrivateHosts: true };

  it("refuses a name that resolves to 127.0.0.1 when private hosts are not allowed", async () => {
    const url = base.replace("127.0.0.1", "localhost");
    await expect(guardedFetch(`${url}/page`, { ...allowed, allowPrivateHosts: false })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/localhost resolves to (127\.0\.0\.1|::1)/),
    });
  });

  it("fetches when allowed, and checks every redirect again", async () => {
    expect((await guardedFetch(`${base}/page`, allowed)).body.toString()).toBe("<p>hello</p>");
    await expect(guardedFetch(`${base}/loop`, allowed)).rejects.toMatchObject({
      message: expect.stringMatching(/redirected more than 5 times/),
    });
  });

  it("says plainly why a connection failed, the system's code after it", async () => {
    // A port nothing listens on: the connection is refused.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(guardedFetch(`http://127.0.0.1:${port}/page`, allowed)).rejects.toMatchObject({
      status: 502,
      message: "The site 127.0.0.1 refused the connection (ECONNREFUSED).",
    });
  });

  it("checks each redirect's target before following it", async () => {
    await expect(guardedFetch(`${base}/to-file`, allowed)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/Only http: and https:/),
    });
  });

  it("stops at the size cap and the time limit, and names a failing status", async () => {
    await expect(guardedFetch(`${base}/big`, { ...allowed, maxBytes: 1024 })).rejects.toMatchObject({ status: 413 });
    await expect(guardedFetch(`${base}/slow`, { ...allowed, timeoutMs: 300 })).rejects.toMatchObject({
      status: 504,
      message: expect.stringMatching(/longer than 0.3 s/),
    });
    await expect(guardedFetch(`${base}/gone`, allowed)).rejects.toMatchObject({
      message: expect.stringMatching(/answered 404/),
    });
  });
});

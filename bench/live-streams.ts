// Opens many event streams on a document and times how long a change takes to reach them all.
import http from "node:http";

export interface OpenStreams {
  /** Resolves with each stream's ms from `since` to a change event whose data contains `marker`. */
  arrivals: (marker: string, since: number, timeoutMs: number) => Promise<number[]>;
  close: () => void;
}

export async function openStreams(url: string, count: number): Promise<OpenStreams> {
  const buffers: string[] = new Array(count).fill("");
  const requests: http.ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const request = http.get(url, { agent: false }, (response) => {
            // A refused stream (the server's stream caps) would never say "ready": fail loudly.
            if (response.statusCode !== 200) {
              response.resume();
              return reject(
                new Error(`stream ${i} answered ${response.statusCode}: the figures would not measure 200 streams`),
              );
            }
            response.setEncoding("utf8");
            response.on("data", (chunk: string) => {
              buffers[i] += chunk;
              if (buffers[i]!.includes("event: ready")) resolve();
            });
          });
          request.on("error", reject);
          requests.push(request);
        }),
    ),
  );
  return {
    arrivals: (marker, since, timeoutMs) =>
      new Promise((resolve) => {
        const arrived: (number | null)[] = new Array(count).fill(null);
        const check = () => {
          const now = performance.now();
          buffers.forEach((text, i) => {
            if (arrived[i] === null && text.includes(marker)) arrived[i] = now - since;
          });
          if (arrived.every((a) => a !== null) || now - since > timeoutMs) {
            clearInterval(timer);
            resolve(arrived.map((a) => a ?? timeoutMs));
          }
        };
        const timer = setInterval(check, 5);
      }),
    close: () => requests.forEach((r) => r.destroy()),
  };
}

/**
 * How many event streams this process keeps open: at most `perClient` for one client (a person,
 * or an address for visitors) and `perInstance` in all. Streams hold a connection and a little
 * memory each for as long as a page is open; without caps, one client opening thousands ran the
 * server out of memory. Past a cap the caller answers 503 with Retry-After.
 */
export class StreamSlots {
  private readonly byClient = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perClient: number,
    private readonly perInstance: number,
  ) {}

  /** A slot for `client`, with the function that gives it back; or why there is none. */
  take(client: string): { ok: true; release: () => void } | { ok: false; reason: "client" | "instance" } {
    const held = this.byClient.get(client) ?? 0;
    if (held >= this.perClient) return { ok: false, reason: "client" };
    if (this.total >= this.perInstance) return { ok: false, reason: "instance" };
    this.byClient.set(client, held + 1);
    this.total += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const left = (this.byClient.get(client) ?? 1) - 1;
        if (left > 0) this.byClient.set(client, left);
        else this.byClient.delete(client);
      },
    };
  }

  get open(): number {
    return this.total;
  }
}

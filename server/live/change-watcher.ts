import pg from "pg";
import { changesAfter, latestChangeSeq, type DocumentChange } from "@/lib/data/live/change-feed";
import { countReading, sweepPresence } from "@/lib/data/live/presence";
import { getDb } from "../db";
import { databaseConfig } from "../env";

type Listener = (change: DocumentChange) => void;

/** Changes read a poll; and how far back each poll reads again, for seqs that committed out of order. */
const PAGE = 1000;
const TAIL = 64;

/** Subscribe with this "document id" to hear every document's changes (the review queue). */
export const ALL_DOCUMENTS = "*";

/**
 * One watcher per process over the change feed, shared by every open event stream: it asks
 * the database for new rows (one query for all streams), and hands each change to the streams
 * of its document. On PostgreSQL a LISTEN connection wakes it the moment another instance
 * commits (the feed's trigger NOTIFYs); on SQLite (one instance) it looks four times a second.
 * Sequence numbers can commit out of order on PostgreSQL, so it re-reads a short tail and
 * skips what it already delivered.
 */
class ChangeWatcher {
  private readonly listeners = new Map<string, Set<Listener>>();
  private last = -1;
  private readonly delivered = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private listenClient: pg.Client | null = null;
  /** Moves on each start: a poll begun before a stop does not carry its place into the next run. */
  private epoch = 0;

  subscribe(documentId: string, listener: Listener): () => void {
    let set = this.listeners.get(documentId);
    if (!set) this.listeners.set(documentId, (set = new Set()));
    set.add(listener);
    this.start();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(documentId);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private readonly presence = new Map<
    string,
    { listeners: Set<(reading: number) => void>; timer: NodeJS.Timeout; pending: NodeJS.Timeout | null }
  >();

  /**
   * "N reading" for a document: one count per document and instance, shared by its streams,
   * every 15 s and shortly after a stream opens or closes here (debounced: 200 streams closing
   * at once cost one count, not 200 × 200).
   */
  watchPresence(documentId: string, listener: (reading: number) => void): () => void {
    let entry = this.presence.get(documentId);
    if (!entry) {
      const timer = setInterval(() => void this.countPresence(documentId, true), 15_000);
      timer.unref();
      entry = { listeners: new Set(), timer, pending: null };
      this.presence.set(documentId, entry);
    }
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) {
        clearInterval(entry.timer);
        if (entry.pending) clearTimeout(entry.pending);
        this.presence.delete(documentId);
      }
    };
  }

  presenceChanged(documentId: string) {
    const entry = this.presence.get(documentId);
    if (!entry || entry.pending) return;
    entry.pending = setTimeout(() => {
      entry.pending = null;
      void this.countPresence(documentId, false);
    }, 300);
  }

  private async countPresence(documentId: string, sweep: boolean) {
    const entry = this.presence.get(documentId);
    if (!entry) return;
    try {
      const db = await getDb();
      if (sweep) await sweepPresence(db);
      const reading = await countReading(db, documentId);
      for (const listener of entry.listeners) listener(reading);
    } catch (error) {
      console.error("live updates: counting readers failed", (error as Error).message);
    }
  }

  private start() {
    if (this.timer) return;
    // Nobody here listened while stopped, and each new stream replays what it missed from the
    // database itself: start from the feed's end rather than work through the changes made
    // meanwhile, a page a poll, while the new streams' own changes wait behind them (a change
    // took 3.5 s to reach 200 streams after the benchmark's flag loads; 38 ms on its own).
    this.epoch += 1;
    this.last = -1;
    this.delivered.clear();
    const { target } = databaseConfig();
    const interval = target.kind === "postgres" ? 1000 : 250;
    this.timer = setInterval(() => void this.poll(), interval);
    this.timer.unref();
    if (target.kind === "postgres" && !this.listenClient) void this.listen(target.url);
    void this.poll();
  }

  private stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const client = this.listenClient;
    this.listenClient = null;
    void client?.end().catch(() => undefined);
  }

  private async listen(url: string) {
    const client = new pg.Client({ connectionString: url });
    this.listenClient = client;
    client.on("notification", () => void this.poll());
    client.on("error", () => {
      // The poll keeps events flowing; a new LISTEN connection is made on the next start.
      if (this.listenClient === client) this.listenClient = null;
    });
    try {
      await client.connect();
      await client.query('LISTEN "claimmark_changes"');
    } catch (error) {
      // Stopped while connecting (the last stream closed): ending the client mid-handshake is
      // what failed it ("expected SASL response, got message type 88"), nothing to report.
      if (this.listenClient !== client) return;
      console.error("live updates: LISTEN failed, polling only", (error as Error).message);
      this.listenClient = null;
    }
  }

  private async poll(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const epoch = this.epoch;
    try {
      const db = await getDb();
      if (this.last < 0) {
        const latest = await latestChangeSeq(db);
        if (epoch !== this.epoch) return;
        this.last = latest;
      }
      const changes = await changesAfter(db, Math.max(0, this.last - TAIL), { limit: PAGE });
      if (epoch !== this.epoch) return;
      // A full page: more are waiting (a burst of writes); read the next at once, not a tick later.
      if (changes.length === PAGE) this.again = true;
      for (const change of changes) {
        if (this.delivered.has(change.seq)) continue;
        this.delivered.add(change.seq);
        this.last = Math.max(this.last, change.seq);
        for (const listener of this.listeners.get(change.documentId) ?? []) listener(change);
        for (const listener of this.listeners.get(ALL_DOCUMENTS) ?? []) listener(change);
      }
      if (this.delivered.size > 4096) {
        const keep = [...this.delivered].sort((a, b) => b - a).slice(0, 1024);
        this.delivered.clear();
        for (const seq of keep) this.delivered.add(seq);
      }
    } catch (error) {
      console.error("live updates: reading the change feed failed", (error as Error).message);
    } finally {
      this.running = false;
      const again = this.again;
      this.again = false;
      // Stopped meanwhile: no one is left to read for.
      if (again && this.timer) void this.poll();
    }
  }
}

const globalWatcher = globalThis as unknown as { claimmarkChangeWatcher?: ChangeWatcher };

/** The process's watcher (one per process, also across Next.js module instances). */
export function changeWatcher(): ChangeWatcher {
  return (globalWatcher.claimmarkChangeWatcher ??= new ChangeWatcher());
}

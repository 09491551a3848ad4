const DAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "5 Dec 2026": a date as people read it (UTC, so every reader of a report sees the same). */
export const readableDate = (iso: string): string => DAY.format(new Date(iso));

/** "5 Dec 2026, 17:20 UTC". */
export const readableDateTime = (iso: string): string => `${readableDate(iso)}, ${TIME.format(new Date(iso))} UTC`;

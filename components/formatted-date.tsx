/** A timestamp shown in UTC so the server and the browser render the same text. */
export function FormattedDate({ iso }: { iso: string }) {
  const text = new Date(iso).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  return <time dateTime={iso}>{text}</time>;
}

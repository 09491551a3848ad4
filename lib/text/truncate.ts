/** A text cut to `max` characters, with an ellipsis where it was cut (never a silent cut). */
export const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;

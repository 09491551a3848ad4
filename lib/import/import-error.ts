/** An import the person can fix: the HTTP status, a message in words, and the form field it concerns. */
export class ImportError extends Error {
  constructor(
    readonly status: 400 | 403 | 409 | 413 | 415 | 422 | 502 | 504,
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

import { z } from "zod";
import { DOCUMENT_LANGUAGES } from "../text/direction";

export const optionalText = (label: string, max = 300) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .transform((value) => (value === "" ? null : value))
    .nullish();

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export const day = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .nullish()
  .refine((value) => {
    if (!value) return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Give the publication date as a real date, YYYY-MM-DD.");

/** An optional full http(s) address ("" or absent: none); `problem` says what to give instead. */
export const optionalWebAddress = (problem: string) =>
  z
    .string()
    .trim()
    .max(2000, "The address can be at most 2000 characters.")
    .transform((value) => (value === "" ? null : value))
    .nullish()
    .refine((value) => {
      if (!value) return true;
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, problem);

const webAddress = optionalWebAddress("Give the original address as a full http:// or https:// address.");

/** A document's language set by hand: one the reader knows ("" or absent: read from the text). */
const language = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)
  .refine((value) => value === undefined || (DOCUMENT_LANGUAGES as readonly string[]).includes(value), {
    message: `Choose one of the listed languages, or "Read from the text".`,
  });

/** A document's details, as the edit form and the import forms send them. */
export const documentMetadataSchema = z.object({
  title: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Give the document a title.").max(300, "A title can be at most 300 characters.")),
  author: optionalText("The author"),
  publisher: optionalText("The publisher"),
  publishedOn: day,
  originalUrl: webAddress,
  language,
});
export type DocumentMetadataInput = z.infer<typeof documentMetadataSchema>;

/** The optional title an import form sends (the document's own title is used when empty). */
export const importTitleSchema = z
  .string()
  .max(300, "A title can be at most 300 characters.")
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .optional();

/** "Paste text": the text and its format. */
export const pasteImportSchema = z.object({
  title: importTitleSchema,
  /** The slug of the workspace the document goes into (the Default workspace when absent). */
  workspace: z.string().trim().max(100, "A workspace's address is at most 100 characters.").optional(),
  format: z.enum(["text", "markdown"], { message: "Choose Plain text or Markdown." }),
  text: z
    .string()
    .max(5_000_000, "Pasted text can be at most 5 million characters; upload a file instead.")
    .refine((value) => value.trim() !== "", "Paste the document's text."),
});

/** "From a web address". */
export const urlImportSchema = z.object({
  title: importTitleSchema,
  /** The slug of the workspace the document goes into (the Default workspace when absent). */
  workspace: z.string().trim().max(100, "A workspace's address is at most 100 characters.").optional(),
  url: z.string().trim().min(1, "Give the page's address.").max(2000, "The address can be at most 2000 characters."),
});

export const archiveSchema = z.object({
  archived: z.boolean({ message: "Say whether the document is archived (true or false)." }),
});

export const reattachSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().max(2000),
});

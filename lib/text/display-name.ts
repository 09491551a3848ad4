/**
 * Rules for a name people see beside every note and claim. Control characters would break
 * lines and logs; bidirectional overrides (U+202A–202E, U+2066–2069) can make "Ana" render
 * as someone else's name; a name of only invisible characters (zero-width spaces, joiners,
 * variation selectors) shows as nothing. Names are stored in NFC so the same name typed on
 * two keyboards is one name.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
// Format characters (Cf: zero-width space/joiners, soft hyphen…), marks, variation selectors
// and whitespace: none of them shows a visible letter by itself.
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Z}\s\uFE00-\uFE0F\u3164\u115F\u1160\uFFA0]*$/u;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** Checks and normalises a display name (trimmed, NFC). */
export function checkDisplayName(raw: string): NameCheck {
  const name = raw.normalize("NFC").trim();
  if (CONTROL.test(name)) return { ok: false, message: "A name cannot contain control characters or line breaks." };
  if (BIDI_OVERRIDE.test(name))
    return { ok: false, message: "A name cannot contain text-direction override characters." };
  if (INVISIBLE.test(name)) return { ok: false, message: "Enter a name with visible letters." };
  return { ok: true, name };
}

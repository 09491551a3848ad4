"use client";

import { forwardRef, useEffect, useId, useRef, useState, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { mentionAtCaret, type Person } from "@/lib/people/match-people";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * A textarea where typing "@" offers the people to mention (name and handle), as in document
 * comments: arrows move through the list, Enter or Tab picks, Escape closes it. The textarea
 * keeps its textbox role and label; the list is tied to it with aria-controls and
 * aria-activedescendant, and its size is announced.
 */
export const MentionTextarea = forwardRef<HTMLTextAreaElement, Props>(function MentionTextarea(
  { value, onChange, onKeyDown, ...rest },
  outerRef,
) {
  const t = useTranslations("Mentions");
  const listId = useId();
  const innerRef = useRef<HTMLTextAreaElement | null>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  // The query the last answer was for: with no one in it, the mention is flagged as it is typed.
  const [answered, setAnswered] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const open = mention !== null && people.length > 0;

  // Ask the server who fits what was typed after "@"; a slower, older answer never replaces a newer one.
  const query = mention ? mention.query : null;
  useEffect(() => {
    if (query === null) return setPeople([]);
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/people?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) return setPeople([]);
        setPeople((await response.json()) as Person[]);
        setAnswered(query);
        setActive(0);
      } catch {
        // aborted by a newer keystroke, or offline: no list, typing goes on
      }
    }, 120);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const readCaret = (textarea: HTMLTextAreaElement) =>
    setMention(
      textarea.selectionStart === textarea.selectionEnd
        ? mentionAtCaret(textarea.value, textarea.selectionStart)
        : null,
    );

  function pick(person: Person) {
    const textarea = innerRef.current;
    if (!textarea || !mention) return;
    const typed = `@${person.handle ?? person.name} `;
    const caret = textarea.selectionStart;
    const next = value.slice(0, mention.start) + typed + value.slice(caret);
    onChange(next);
    setMention(null);
    const at = mention.start + typed.length;
    window.requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(at, at);
    });
  }

  return (
    <div className="mention-field">
      <textarea
        {...rest}
        ref={(node) => {
          innerRef.current = node;
          if (typeof outerRef === "function") outerRef(node);
          else if (outerRef) outerRef.current = node;
        }}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          readCaret(event.target);
        }}
        onClick={(event) => readCaret(event.currentTarget)}
        onBlur={() => window.setTimeout(() => setMention(null), 150)}
        onKeyDown={(event) => {
          if (open) {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              const step = event.key === "ArrowDown" ? 1 : -1;
              return setActive((i) => (i + step + people.length) % people.length);
            }
            if (event.key === "Enter" || event.key === "Tab") {
              event.preventDefault();
              return pick(people[active]!);
            }
            if (event.key === "Escape") {
              event.preventDefault();
              event.stopPropagation();
              return setMention(null);
            }
          }
          onKeyDown?.(event);
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t("listLabel")} className="mention-list">
          {people.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keep the focus (and the caret) in the textarea while choosing with the mouse.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(person)}
            >
              {person.name}
              {person.handle && <span className="mention-handle"> @{person.handle}</span>}
            </li>
          ))}
        </ul>
      )}
      {mention && query && answered === query && people.length === 0 && (
        <p className="field-error mention-nobody">{t("nobody", { query })}</p>
      )}
      <span className="visually-hidden" aria-live="polite">
        {open ? t("matches", { count: people.length }) : ""}
      </span>
    </div>
  );
});

"use client";

import { useTranslation } from "react-i18next";
import type { TPresencePerson } from "./use-live";
import { isolate } from "@/lib/i18n/bidi";

/** Up to two initials of a name, in its own script, past an Arabic article (سارة أحمد → س أ, الحسن → ح, Sara Haddad → SH). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word.replace(/^(ال)(?=\p{L}{3})/u, "")][0] ?? "");
  return /\p{Script=Arabic}/u.test(name) ? letters.join(" ") : letters.join("").toUpperCase();
}

/** One of a few avatar colours per person, stable across pages (with white initials, contrast ≥ 4.5:1). */
const AVATAR_COLOURS = ["#1f5f8b", "#7a3e9d", "#2e6b30", "#9c3d10", "#6b4f00", "#8a1c4a", "#00606b"];
function colourOf(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return AVATAR_COLOURS[hash % AVATAR_COLOURS.length];
}

/** Who else is on the article, with the row they are on or editing; nothing when the reader is alone. */
export function PresenceBar({ others, rowNumberOf }: { others: readonly TPresencePerson[]; rowNumberOf: (rowId: string) => number | null }) {
  const { t } = useTranslation(["live"]);
  if (others.length === 0) return null;
  return (
    <section className="presence-bar" aria-label={t("live:here.label")} data-testid="presence-bar">
      <span className="presence-label">{t("live:here.label")}</span>
      <ul>
        {others.map((person) => {
          const n = person.rowId ? rowNumberOf(person.rowId) : null;
          const where = n === null ? null : t(person.editing ? "live:here.editingRow" : "live:here.onRow", { n });
          return (
            <li key={person.userId} data-testid="presence-person">
              <span className="avatar" aria-hidden="true" style={{ background: colourOf(person.userId) }}>
                {initialsOf(person.name)}
              </span>
              {/* The name is isolated: an Arabic name in the English interface (or the reverse) keeps its direction. */}
              <span>{where ? t("live:here.person", { name: isolate(person.name), where }) : <bdi>{person.name}</bdi>}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

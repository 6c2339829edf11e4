"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { translateIsolated } from "@/app/_components/translated";

/**
 * Under a name-authority finding: the register's evidence for the house spelling ("spelled X in N approved articles,
 * e.g. …", when the message does not say it already) and a link to the name in the register.
 */
export function NameFindingEvidence({ messageKey, params, lang, dir }: { messageKey: string; params: Record<string, string | number>; lang: string; dir: "rtl" | "ltr" }) {
  const { t } = useTranslation(["names"]);
  const count = typeof params.count === "number" ? params.count : Number(params.count) || 0;
  const house = String(params.house ?? "");
  const arabic = String(params.arabic ?? "");
  const examples = String(params.examples ?? "");
  const spelling = <span lang={lang} dir={dir}>{house}</span>;
  return (
    <p className="hint">
      {!messageKey.endsWith(".learned") && count > 0 ? (
        <>
          {translateIsolated(t, "names:evidence", { spelling, count })}
          {examples ? <>{t("names:listSeparator")}{t("names:examples")} <bdi>{examples}</bdi></> : null}
          {" · "}
        </>
      ) : null}
      <Link href={`/names?${new URLSearchParams({ lang, q: arabic })}`}>{t("names:inRegister")}</Link>
    </p>
  );
}

"use client";

import { useTranslation } from "react-i18next";

type TEntry = { key: string; query: string; report?: boolean };

const GROUPS: { heading: string; entries: TEntry[] }[] = [
  {
    heading: "corrected",
    entries: [
      { key: "docx", query: "format=docx" },
      { key: "docxTracked", query: "format=docx&trackChanges=1" },
      { key: "html", query: "format=html" },
      { key: "md", query: "format=md" },
      { key: "txt", query: "format=txt" },
    ],
  },
  {
    heading: "bilingual",
    entries: [
      { key: "xliff", query: "format=xliff" },
      { key: "xliff12", query: "format=xliff12" },
      { key: "tmx", query: "format=tmx" },
    ],
  },
  {
    heading: "reports",
    entries: [
      { key: "reportHtml", query: "format=report-html", report: true },
      { key: "reportCsv", query: "format=report-csv" },
    ],
  },
  { heading: "data", entries: [{ key: "json", query: "format=json" }] },
];

/** The review page's export menu: corrected text, Word with tracked changes, XLIFF/TMX, JSON and the review reports. */
export function ExportMenu({ articleId, targetLang }: { articleId: string; targetLang: string }) {
  const { t } = useTranslation(["import", "common"]);
  const base = `/articles/${encodeURIComponent(articleId)}/export`;
  const heading = (name: string) =>
    name === "corrected" ? t("import:export.corrected", { language: t(`common:languages.${targetLang}`, { defaultValue: targetLang }) }) : t(`import:export.${name}`);
  return (
    <details className="export-menu">
      <summary>{t("import:export.label")}</summary>
      <nav aria-label={t("import:export.label")}>
        {GROUPS.map((group) => (
          <section key={group.heading}>
            <h2 className="export-menu-heading">{heading(group.heading)}</h2>
            <ul>
              {group.entries.map((entry) => (
                <li key={entry.key}>
                  {entry.report ? (
                    // The printable scorecard opens in a tab (print from there); everything else downloads.
                    <a href={`${base}?${entry.query}`} target="_blank" rel="noopener">{t(`import:export.${entry.key}`)}</a>
                  ) : (
                    <a href={`${base}?${entry.query}`} download>{t(`import:export.${entry.key}`)}</a>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </details>
  );
}

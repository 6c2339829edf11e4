import { getT } from "@/lib/i18n/server";
import { requireActor } from "@/lib/server/session";
import { canAnywhere, canOnArticle } from "@/lib/server/access/article-access";
import { listGlossaryEntries } from "@/lib/server/glossary/glossary-entries";
import { GlossaryForms, DeleteEntryButton } from "./_components/glossary-forms";
import { directionOf } from "@/lib/languages";
import { isolate } from "@/lib/i18n/bidi";

export const dynamic = "force-dynamic";

export default async function GlossaryPage() {
  const { t } = await getT(["glossary", "common"]);
  const actor = await requireActor("/glossary");
  const entries = await listGlossaryEntries({ actor });
  // One export per language pair the reader can see (the list holds only those).
  const pairs = [...new Map(entries.map((e) => [`${e.sourceLang}-${e.targetLang}`, { sourceLang: e.sourceLang, targetLang: e.targetLang }])).values()];
  return (
    <section>
      <h1>{t("glossary:title")}</h1>
      <p className="hint">{t("glossary:intro")}</p>
      {canAnywhere(actor, "glossary.edit") ? <GlossaryForms /> : null}
      {pairs.length > 0 ? (
        <section aria-labelledby="glossary-export">
          <h2 id="glossary-export">{t("glossary:exportTitle")}</h2>
          <ul className="glossary-exports">
            {pairs.map(({ sourceLang, targetLang }) => {
              const pair = t("common:languagePair", { source: t(`common:languages.${sourceLang}`), target: t(`common:languages.${targetLang}`) });
              const href = (format: "tbx" | "csv") => `/glossary/export?format=${format}&source=${sourceLang}&target=${targetLang}`;
              return (
                <li key={`${sourceLang}-${targetLang}`}>
                  <span>{pair}</span> <a href={href("tbx")} download>{t("glossary:exportTbx")}</a> <a href={href("csv")} download>{t("glossary:exportCsv")}</a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {entries.length === 0 ? (
        <p>{t("glossary:empty")}</p>
      ) : (
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t("glossary:columns.languages")}</th>
              <th scope="col">{t("glossary:columns.source")}</th>
              <th scope="col">{t("glossary:columns.target")}</th>
              <th scope="col">{t("glossary:columns.forbidden")}</th>
              <th scope="col">{t("glossary:columns.type")}</th>
              <th scope="col">{t("glossary:columns.note")}</th>
              <th scope="col"><span className="visually-hidden">{t("glossary:columns.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{t("common:languagePair", { source: t(`common:languages.${e.sourceLang}`), target: t(`common:languages.${e.targetLang}`) })}</td>
                <td lang={e.sourceLang} dir={directionOf(e.sourceLang)}>{e.source}</td>
                <td lang={e.targetLang} dir={directionOf(e.targetLang)}>{e.target}</td>
                <td lang={e.targetLang} dir={directionOf(e.targetLang)}>{e.forbidden.join("; ")}</td>
                <td>{t(`glossary:types.${e.type}`)}</td>
                <td dir="auto">{e.note}</td>
                <td>{canOnArticle(actor, "glossary.edit", e) ? <DeleteEntryButton id={e.id} label={t("glossary:deleteLabel", { term: isolate(e.source) })} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { FormatError, formatWarning, type FormatWarning } from "../errors";
import { checkFileSize, checkParagraphCount } from "../limits";
import { decodeText } from "./decode";
import type { ImportedBilingual, ImportedUnit } from "./types";
import { finishText, flattenInline } from "./xliff";
import { childElement, childElements, parseXml, type XmlElement } from "./xml";

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

function tuvLanguage(tuv: XmlElement): string | undefined {
  // TMX 1.4 uses xml:lang, TMX 1.1 used lang.
  return tuv.attributes["xml:lang"] ?? tuv.attributes.lang;
}

/** Finds the tuv of `lang`: exact tag first, then same primary language. */
function findTuv(tuvs: readonly XmlElement[], lang: string): XmlElement | undefined {
  const lower = lang.toLowerCase();
  return (
    tuvs.find((tuv) => tuvLanguage(tuv)?.toLowerCase() === lower) ??
    tuvs.find((tuv) => primary(tuvLanguage(tuv) ?? "") === primary(lang))
  );
}

/** Reads an already-decoded TMX 1.4 document: source language from the header, target = the other language. */
export function parseTmx(xml: string, fileName: string): ImportedBilingual {
  const root = parseXml(xml, fileName);
  if (root.name !== "tmx") throw new FormatError("tmx.not-tmx", { fileName, root: root.name });
  const header = childElement(root, "header");
  const body = childElement(root, "body");
  const tus = body ? childElements(body, "tu") : [];
  if (tus.length === 0) throw new FormatError("tmx.no-units", { fileName });
  checkParagraphCount(tus.length, fileName);

  const tuvsOf = (tu: XmlElement, index: number) => {
    const tuvs = childElements(tu, "tuv");
    if (tuvs.some((tuv) => !tuvLanguage(tuv))) {
      throw new FormatError("tmx.tuv-without-language", { fileName, unitId: tu.attributes.tuid ?? String(index) });
    }
    return tuvs;
  };
  const allTuvs = tus.map(tuvsOf);
  let sourceLang = header?.attributes.srclang;
  if (!sourceLang || sourceLang === "*all*") sourceLang = tuvLanguage(allTuvs[0][0] ?? { name: "", attributes: {}, children: [] });
  if (!sourceLang) throw new FormatError("tmx.no-units", { fileName });

  // The target is the most frequent language that is not the source language.
  const counts = new Map<string, number>();
  for (const tuvs of allTuvs) {
    for (const tuv of tuvs) {
      const lang = tuvLanguage(tuv) ?? "";
      if (primary(lang) !== primary(sourceLang)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const targetLang = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!targetLang) throw new FormatError("tmx.no-target-language", { fileName, sourceLang });

  const counter = { tags: 0, names: new Set<string>() };
  const units: ImportedUnit[] = [];
  let withoutSource = 0;
  const languages = new Set<string>();
  tus.forEach((tu, index) => {
    const tuvs = allTuvs[index];
    for (const tuv of tuvs) languages.add(primary(tuvLanguage(tuv) ?? ""));
    const sourceTuv = findTuv(tuvs, sourceLang);
    const targetTuv = findTuv(tuvs, targetLang);
    if (!sourceTuv) {
      withoutSource += 1;
      return;
    }
    const text = (tuv: XmlElement | undefined) => {
      const seg = tuv ? childElement(tuv, "seg") : undefined;
      return seg ? finishText(flattenInline(seg, counter), seg.attributes["xml:space"] === "preserve") : "";
    };
    const notes = [tu, ...tuvs].flatMap((element) => childElements(element, "note").map((note) => flattenInline(note, counter).trim()));
    units.push({
      id: tu.attributes.tuid ?? String(index),
      source: text(sourceTuv),
      target: text(targetTuv),
      notes: notes.filter(Boolean),
    });
  });
  const warnings: FormatWarning[] = [];
  if (withoutSource > 0) warnings.push(formatWarning("units-without-source", { count: withoutSource, lang: sourceLang }));
  if (languages.size > 2) warnings.push(formatWarning("extra-languages", { count: languages.size, source: sourceLang, target: targetLang }));
  if (counter.tags > 0) {
    const tags = [...counter.names].sort().map((name) => `<${name}>`).join(", ");
    warnings.push(formatWarning("inline-tags", { count: counter.tags, tags }));
  }
  if (units.length === 0) throw new FormatError("tmx.no-units", { fileName });
  return { sourceLang, targetLang, units, warnings };
}

/** Reads a .tmx upload. */
export function importTmx(bytes: Uint8Array, fileName: string): ImportedBilingual {
  checkFileSize(bytes, fileName);
  return parseTmx(decodeText(bytes, fileName), fileName);
}

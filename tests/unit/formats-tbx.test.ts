import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportTbx, parseTbx, looksLikeTbx, type TTbxEntry } from "../../lib/formats/tbx";
import { exportGlossaryCsv } from "../../lib/formats/glossary-csv";
import { parseGlossaryCsv } from "../../lib/qa/glossary";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/formats", name)));

function formatErrorOf(run: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    const { code, params } = error as { code: string; params: Record<string, unknown> };
    return { code, params };
  }
  throw new Error("expected a FormatError");
}

const tiny = (body: string, root = `<martif type="TBX-Basic" xml:lang="en">`, close = "</martif>") => `<?xml version="1.0"?>\n${root}<text><body>${body}</body></text>${close}`;

describe("parseTbx: TBX-Basic 2008 (<martif>, as SDL MultiTerm and memoQ export it)", () => {
  it("reads preferred, admitted and deprecated terms (tig and ntig), notes, types, part of speech; external DTD not read", () => {
    const parsed = parseTbx(fixture("multiterm-basic-2008.tbx"), { sourceLang: "ar", targetLang: "en-GB", fileName: "newsroom.tbx" });
    expect(parsed.sourceLang).toBe("ar");
    expect(parsed.targetLang).toBe("en");
    expect(parsed.entries).toEqual([
      { source: "برنامج الأغذية العالمي", target: "World Food Programme", forbidden: ["World Food Program"], type: "organization", note: "UN food-assistance agency", partOfSpeech: "noun" },
      { source: "نعيم", target: "Naim", forbidden: ["Naeem", "Na'im"], type: "person", note: "Hamas spokesman", partOfSpeech: "properNoun" },
      { source: "وقف إطلاق النار", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "An agreed halt to fighting", subjectField: "Politics" },
      { source: "هدنة", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "An agreed halt to fighting", subjectField: "Politics" },
    ]);
    expect(parsed.warnings).toEqual([
      { code: "entry-without-term", params: { fileName: "newsroom.tbx", entryId: "gaza-strip", lang: "en" } },
      { code: "entry-without-term", params: { fileName: "newsroom.tbx", entryId: "old-name", lang: "en" } },
      { code: "other-languages", params: { fileName: "newsroom.tbx", languages: "fr", count: 1, sourceLang: "ar", targetLang: "en" } },
    ]);
  });

  it("picks the pair asked for: ar → fr from the same file", () => {
    const parsed = parseTbx(fixture("multiterm-basic-2008.tbx"), { sourceLang: "ar", targetLang: "fr" });
    expect(parsed.entries).toEqual([
      { source: "برنامج الأغذية العالمي", target: "Programme alimentaire mondial", forbidden: [], type: "organization", note: "UN food-assistance agency", partOfSpeech: "noun" },
      { source: "قطاع غزة", target: "bande de Gaza", forbidden: [], type: "place" },
    ]);
    expect(parsed.warnings.map((w) => [w.code, w.params.entryId ?? w.params.languages])).toEqual([
      ["entry-without-term", "naim"],
      ["entry-without-term", "ceasefire"],
      ["entry-without-term", "old-name"],
      ["other-languages", "en"],
    ]);
  });
});

describe("parseTbx: TBX v3 (<tbx>, conceptEntry/langSec/termSec)", () => {
  it("reads the DCA file; without options the pair is the file's first two languages (ar-SA → ar)", () => {
    const parsed = parseTbx(new TextDecoder().decode(fixture("core-v3-basic.tbx")));
    expect([parsed.sourceLang, parsed.targetLang]).toEqual(["ar", "fr"]);
    expect(parsed.entries).toEqual([
      {
        source: "المفوضية العليا للانتخابات",
        target: "Instance supérieure & indépendante pour les élections",
        forbidden: ["Haute Commission électorale"],
        type: "organization",
        note: "Autorité chargée d'organiser les scrutins",
        partOfSpeech: "noun",
      },
      { source: "صندوق الاقتراع", target: "urne", forbidden: [], type: "term", note: "Said of the physical box, not the vote", partOfSpeech: "noun" },
    ]);
    expect(parsed.warnings).toEqual([{ code: "entry-without-term", params: { fileName: "glossary.tbx", entryId: "c102", lang: "ar" } }]);
  });

  it("reads DCT style (data categories as namespaced elements)", () => {
    const xml = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <text><body>
    <conceptEntry id="k1">
      <basic:subjectField>place</basic:subjectField>
      <langSec xml:lang="ar"><termSec><term>القاهرة</term><basic:partOfSpeech>properNoun</basic:partOfSpeech></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>Cairo</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term>Al-Qahira</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(parseTbx(xml, { sourceLang: "ar", targetLang: "en" }).entries).toEqual([{ source: "القاهرة", target: "Cairo", forbidden: ["Al-Qahira"], type: "place", partOfSpeech: "properNoun" }]);
  });

  it("counts entry warnings past 50 in one more-warnings", () => {
    const broken = Array.from({ length: 60 }, (_, i) => `<termEntry id="e${i + 1}"><langSet xml:lang="ar"><tig><term>كلمة${i}</term></tig></langSet></termEntry>`).join("");
    const good = `<termEntry id="ok"><langSet xml:lang="ar"><tig><term>نعم</term></tig></langSet><langSet xml:lang="en"><tig><term>yes</term></tig></langSet></termEntry>`;
    const parsed = parseTbx(tiny(good + broken), { sourceLang: "ar", targetLang: "en" });
    expect(parsed.entries).toEqual([{ source: "نعم", target: "yes", forbidden: [], type: "term" }]);
    expect(parsed.warnings).toHaveLength(51);
    expect(parsed.warnings[0]).toEqual({ code: "entry-without-term", params: { fileName: "glossary.tbx", entryId: "e1", lang: "en" } });
    expect(parsed.warnings[49]!.params.entryId).toBe("e50");
    expect(parsed.warnings[50]).toEqual({ code: "more-warnings", params: { fileName: "glossary.tbx", count: 10 } });
  });

  it("keeps the first entry of a source term met twice and warns", () => {
    const entry = (id: string, target: string) => `<termEntry id="${id}"><langSet xml:lang="ar"><tig><term>غزة</term></tig></langSet><langSet xml:lang="en"><tig><term>${target}</term></tig></langSet></termEntry>`;
    const parsed = parseTbx(tiny(entry("a", "Gaza") + entry("b", "Ghazza")), { sourceLang: "ar", targetLang: "en" });
    expect(parsed.entries).toEqual([{ source: "غزة", target: "Gaza", forbidden: [], type: "term" }]);
    expect(parsed.warnings).toEqual([{ code: "duplicate-source", params: { fileName: "glossary.tbx", entryId: "b", term: "غزة" } }]);
  });
});

describe("parseTbx refuses hostile and unreadable files", () => {
  it("billion laughs (ENTITY declarations) → xml.entities-forbidden", () => {
    expect(formatErrorOf(() => parseTbx(fixture("billion-laughs.tbx"), { fileName: "lol.tbx" }))).toEqual({ code: "xml.entities-forbidden", params: { fileName: "lol.tbx" } });
  });

  it("an internal subset after an external DTD (XXE) → xml.entities-forbidden", () => {
    expect(formatErrorOf(() => parseTbx(fixture("internal-subset-xxe.tbx"), { fileName: "xxe.tbx" }))).toEqual({ code: "xml.entities-forbidden", params: { fileName: "xxe.tbx" } });
  });

  it("more than 5 MB → file.too-large, before any parsing", () => {
    // 5 MiB of note text plus 139 bytes of markup around it.
    const big = tiny(`<termEntry id="x"><note>${"x".repeat(5 * 1024 * 1024)}</note></termEntry>`);
    expect(formatErrorOf(() => parseTbx(big, { fileName: "big.tbx" }))).toEqual({
      code: "file.too-large",
      params: { fileName: "big.tbx", size: 5_243_019, limit: 5_242_880, sizeMb: 5, limitMb: 5 },
    });
  });

  it("more than 50,000 entries → tbx.too-many-entries", () => {
    const many = tiny(`<termEntry id="x"/>`.repeat(50_001));
    expect(formatErrorOf(() => parseTbx(many, { fileName: "many.tbx" }))).toEqual({ code: "tbx.too-many-entries", params: { fileName: "many.tbx", count: 50_001, limit: 50_000 } });
  });

  it("other XML, malformed XML, no entries, a pair the file does not hold, an empty file", () => {
    expect(formatErrorOf(() => parseTbx(`<tmx version="1.4"><body/></tmx>`, { fileName: "a.tmx" }))).toEqual({ code: "tbx.not-tbx", params: { fileName: "a.tmx", root: "tmx" } });
    expect(formatErrorOf(() => parseTbx(`<martif><text><body><termEntry></body></text></martif>`, { fileName: "bad.tbx" })).code).toBe("xml.malformed");
    expect(formatErrorOf(() => parseTbx(tiny(""), { fileName: "none.tbx" }))).toEqual({ code: "tbx.no-entries", params: { fileName: "none.tbx" } });
    expect(formatErrorOf(() => parseTbx(fixture("core-v3-basic.tbx"), { sourceLang: "ar", targetLang: "en", fileName: "v3.tbx" }))).toEqual({
      code: "tbx.languages-missing",
      params: { fileName: "v3.tbx", languages: "ar, fr", sourceLang: "ar", targetLang: "en" },
    });
    expect(formatErrorOf(() => parseTbx(new Uint8Array(), { fileName: "empty.tbx" }))).toEqual({ code: "file.empty", params: { fileName: "empty.tbx" } });
    expect(formatErrorOf(() => parseTbx(new Uint8Array([0x3c, 0x6d, 0xff, 0xfe, 0x3e]), { fileName: "latin1.tbx" })).code).toBe("encoding.invalid-utf8");
  });

  it("tells TBX from CSV by content", () => {
    expect(looksLikeTbx("\uFEFF<?xml version='1.0'?>\n<!DOCTYPE martif SYSTEM \"x.dtd\">\n<martif>")).toBe(true);
    expect(looksLikeTbx(`<tbx type="TBX-Core">`)).toBe(true);
    expect(looksLikeTbx("source,target,forbidden,type,note\n")).toBe(false);
    expect(looksLikeTbx("<tmx>")).toBe(false);
  });
});

describe("exportTbx", () => {
  const entries: TTbxEntry[] = [
    { source: "برنامج الأغذية العالمي", target: "World Food Programme", forbidden: ["World Food Program", "W.F.P."], type: "organization", note: "UN agency <Rome> & \"WFP\"" },
    { source: "نعيم", target: "Naim", forbidden: [], type: "person" },
    { source: "وقف إطلاق النار", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "One word" },
  ];

  it("writes TBX v3 TBX-Basic (DCA) with forbidden variants as deprecated terms", () => {
    const xml = exportTbx(entries.slice(1, 2), { sourceLang: "ar", targetLang: "en", title: "Names" });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader>
    <fileDesc>
      <titleStmt>
        <title>Names</title>
      </titleStmt>
      <sourceDesc>
        <p>Exported by tadqiq: 1 entries, ar to en.</p>
      </sourceDesc>
    </fileDesc>
  </tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <descrip type="subjectField">person</descrip>
        <langSec xml:lang="ar">
          <termSec>
            <term>نعيم</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="en">
          <termSec>
            <term>Naim</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`);
    expect(exportTbx(entries.slice(2), { sourceLang: "ar", targetLang: "en" })).toContain(
      `<termSec>
            <term>cease-fire</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </termSec>`,
    );
  });

  it("round-trips through parseTbx (escaping included)", () => {
    const parsed = parseTbx(exportTbx(entries, { sourceLang: "ar", targetLang: "en" }), { sourceLang: "ar", targetLang: "en" });
    expect(parsed).toEqual({
      entries: [
        { source: "برنامج الأغذية العالمي", target: "World Food Programme", forbidden: ["World Food Program", "W.F.P."], type: "organization", note: "UN agency <Rome> & \"WFP\"" },
        { source: "نعيم", target: "Naim", forbidden: [], type: "person" },
        { source: "وقف إطلاق النار", target: "ceasefire", forbidden: ["cease-fire"], type: "term", note: "One word" },
      ],
      warnings: [],
      sourceLang: "ar",
      targetLang: "en",
    });
  });

  it("round-trips the 2008 fixture's entries (part of speech kept)", () => {
    const first = parseTbx(fixture("multiterm-basic-2008.tbx"), { sourceLang: "ar", targetLang: "en" }).entries;
    const again = parseTbx(exportTbx(first, { sourceLang: "ar", targetLang: "en" }), { sourceLang: "ar", targetLang: "en" }).entries;
    // The subject field "Politics" is not an entry type: it is not written.
    expect(again).toEqual(first.map(({ subjectField: _dropped, ...rest }) => rest));
    expect(again).toHaveLength(4);
  });
});

describe("exportGlossaryCsv (the CSV export beside TBX)", () => {
  it("quotes where needed, neutralizes spreadsheet formulas, and parseGlossaryCsv reads it back", () => {
    const csv = exportGlossaryCsv([
      { source: "غزة", target: "Gaza", forbidden: ["Ghaza", "Gazza"], type: "place", note: 'Say "the Gaza Strip", not Gaza, on first mention' },
      { source: "ناقص", target: "-based", forbidden: ["=1+1"], type: "term", note: null },
    ]);
    expect(csv).toBe('source,target,forbidden,type,note\r\nغزة,Gaza,Ghaza;Gazza,place,"Say ""the Gaza Strip"", not Gaza, on first mention"\r\nناقص,-based,\'=1+1,term,\r\n');
    expect(parseGlossaryCsv(csv)).toEqual([
      { source: "غزة", target: "Gaza", forbidden: ["Ghaza", "Gazza"], type: "place", note: 'Say "the Gaza Strip", not Gaza, on first mention' },
      { source: "ناقص", target: "-based", forbidden: ["'=1+1"], type: "term" },
    ]);
  });
});

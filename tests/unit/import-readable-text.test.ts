import { describe, expect, it } from "vitest";
import { readableText } from "../../app/articles/import/_components/sniff-languages";
import { detectScriptSwap } from "../../lib/text/script-swap";

describe("readableText (the import page's swapped-files warning reads the files' start)", () => {
  it.each([
    ["flood.txt", "Floods hit the north.", "Floods hit the north."],
    ["flood.MD", "# سيول\n\nضربت السيول الشمال.", "# سيول ضربت السيول الشمال."],
    ["flood.html", '<html lang="en"><head><title>Arabic title عنوان</title><style>p{}</style></head><body><p class="x">Floods &amp; rain</p><script>var a="نص";</script></body></html>', "Floods rain"],
    ["flood.docx", "PK\u0003\u0004…", null],
    ["flood.xlf", "<xliff>", null],
  ])("%s", (fileName, head, expected) => {
    const text = readableText(head, fileName);
    expect(text === null ? null : text.replace(/\s+/g, " ").trim()).toBe(expected);
  });

  it("an English HTML file chosen as the Arabic source and an Arabic text file as the translation are swapped", () => {
    const source = readableText("<html><body><p>The weather office warned of floods in 21 provinces on Thursday.</p></body></html>", "en.html");
    const target = readableText("حذرت الأرصاد من سيول في 12 محافظة يوم الخميس.", "ar.txt");
    expect(detectScriptSwap({ sourceText: source ?? "", targetText: target ?? "", sourceLang: "ar", targetLang: "en" }).swapped).toBe(true);
  });
});

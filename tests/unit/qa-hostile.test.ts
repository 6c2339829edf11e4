import { describe, expect, it } from "vitest";
import { runQa } from "../../lib/qa/run";
import { numberMismatchCheck } from "../../lib/qa/checks/number-mismatch";
import { additionCheck } from "../../lib/qa/checks/addition";
import { repeatedWordCheck } from "../../lib/qa/checks/repeated-word";
import { quotesCheck } from "../../lib/qa/checks/quotes";
import { nameConsistencyCheck } from "../../lib/qa/checks/name-consistency";
import { glossaryCheck } from "../../lib/qa/checks/glossary";
import type { QaCheck, QaContext } from "../../lib/qa/types";
import { words } from "../../lib/text/words";
import { BoundedCache } from "../../lib/text/memo";

// Hostile inputs (scaled down so each case runs well under 2 s): each must complete with sane results.

const NAIM = { source: "نعيم", target: "Naim", forbidden: ["Naeem"], type: "person" as const };

function context(source: string[], target: string[], alignment?: QaContext["alignment"], glossary: QaContext["glossary"] = []): QaContext {
  return {
    sourceLang: "ar",
    targetLang: "en",
    source,
    target,
    alignment: alignment ?? source.map((_, k) => ({ source: [k], target: [k] })),
    glossary,
  };
}

const repeat = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

/** A 1,000-character paragraph of pseudo-random lower-case words, different for each seed. */
function paragraph(seed: number): string {
  let text = "";
  let x = seed + 1;
  const next = () => (x = (x * 1103515245 + 12345) & 0x7fffffff);
  while (text.length < 1000) {
    const length = 3 + (next() % 6);
    for (let k = 0; k < length; k++) text += String.fromCharCode(97 + (next() >> 8) % 26);
    text += " ";
  }
  return text.slice(0, 1000);
}

describe("number-mismatch on one number repeated thousands of times", () => {
  it("finds nothing when both sides repeat the same number as often", () => {
    const findings = numberMismatchCheck.run(context([repeat("٥", 20_000)], [repeat("5", 20_000)]));
    expect(findings).toEqual([]);
  });

  it("reports the one extra occurrence when the target has one more", () => {
    const findings = numberMismatchCheck.run(context([repeat("٥", 20_000)], [repeat("5", 20_001)]));
    expect(findings.map((f) => [f.side, f.messageKey, f.start, f.end, f.text])).toEqual([["target", "qa:number-mismatch.extra", 40_000, 40_001, "5"]]);
  });

  it("reports the one missing occurrence when the source has one more", () => {
    const findings = numberMismatchCheck.run(context([repeat("٥", 20_001)], [repeat("5", 20_000)]));
    expect(findings.map((f) => [f.side, f.messageKey, f.start, f.end])).toEqual([["source", "qa:number-mismatch.missing", 40_000, 40_001]]);
  });

  it("pairs two interleaved numbers written in different orders", () => {
    const findings = numberMismatchCheck.run(context([repeat("5 و 7", 5_000)], [repeat("7 and 5", 5_000)]));
    expect(findings).toEqual([]);
  });

  it("pairs a 12-hour time with its 24-hour alternative among many equal numbers", () => {
    const findings = numberMismatchCheck.run(context([`${repeat("17", 3_000)} الساعة 5 مساء`], [`${repeat("17", 3_000)} at 17:00`]));
    expect(findings).toEqual([]);
  });
});

describe("addition with hundreds of unpaired paragraphs", () => {
  it("reports each of 1 source + 400 target paragraphs, and still recognizes a repeated headline", () => {
    const target = Array.from({ length: 400 }, (_, k) => paragraph(k));
    target.push(`${target[0]!.slice(0, 500)}x${target[0]!.slice(501)}`);
    const alignment = [{ source: [0], target: [0] }, ...target.slice(1).map((_, k) => ({ source: [], target: [k + 1] }))];
    const findings = additionCheck.run(context(["قال الوزير إن الحكومة ستعلن خطة جديدة."], target, alignment));
    expect(findings).toHaveLength(400);
    expect(findings.filter((f) => f.messageKey === "qa:addition.unsupported-text")).toHaveLength(399);
    const repeat = findings.find((f) => f.paragraph === 400)!;
    expect([repeat.messageKey, repeat.params]).toEqual(["qa:addition.headline-repeat", { paragraph: 0 }]);
  });
});

describe("one huge paragraph without spaces", () => {
  it("every check completes without an engine error", () => {
    for (const [source, target] of [
      ["ب".repeat(200_000), "b".repeat(200_000)],
      ["١٢٣٤٥٦٧٨٩٠".repeat(20_000), "1,234".repeat(40_000)],
      ['"'.repeat(100_000), "“".repeat(100_000)],
    ] as const) {
      const result = runQa({ sourceLang: "ar", targetLang: "en", source: [source], target: [target], alignment: [{ source: [0], target: [0] }] });
      expect(result.errors).toEqual([]);
    }
  });
});

describe("repeated-word on a long run of one word", () => {
  it("gives one finding per pair of 'the the', not overlapping ones", () => {
    const findings = repeatedWordCheck.run(context(["قال"], [repeat("the", 20_000)]));
    expect(findings).toHaveLength(10_000);
    expect([findings[0]!.start, findings[0]!.end, findings[9_999]!.start, findings[9_999]!.end]).toEqual([0, 7, 79_992, 79_999]);
  });
});

describe("quotes with thousands of unclosed marks", () => {
  it("reports every unclosed opening mark", () => {
    const findings = quotesCheck.run(context(["قال"], [repeat("“said", 5_000)]));
    expect(findings).toHaveLength(5_000);
    expect(new Set(findings.map((f) => f.messageKey))).toEqual(new Set(["qa:quotes.unclosed"]));
  });
});

describe("glossary with a forbidden variant repeated thousands of times", () => {
  it("reports every occurrence once", () => {
    const findings = glossaryCheck.run(context([repeat("نعيم", 20_000)], [repeat("Naeem", 20_000)], undefined, [NAIM]));
    expect(findings).toHaveLength(20_000);
    expect([findings[19_999]!.messageKey, findings[19_999]!.start, findings[19_999]!.suggestion]).toEqual(["qa:glossary.forbidden", 119_994, "Naim"]);
  });
});

describe("name-consistency with thousands of distinct names in one group", () => {
  it("reports the group as too long to check instead of comparing every pair", () => {
    const arabic = "بتثجحخدذرزسشصضطظعغفقكلمنه";
    const latin = "bcdfghjklmnpqrstvwxz";
    const encode = (k: number, letters: string) => Array.from({ length: 4 }, (_, i) => letters[Math.floor(k / letters.length ** i) % letters.length]).join("");
    const source = Array.from({ length: 1_200 }, (_, k) => encode(k, arabic)).join(" ");
    const target = Array.from({ length: 1_200 }, (_, k) => `${encode(k, latin).toUpperCase().slice(0, 1)}${encode(k, latin).slice(1)}a`).join(" ");
    const findings = nameConsistencyCheck.run(context([source], [target]));
    const tooLong = findings.filter((f) => f.messageKey === "qa:engine.too-long-to-check");
    expect(tooLong.map((f) => [f.side, f.paragraph, f.params?.check])).toEqual([["target", 0, "name-consistency"]]);
  });
});

describe("word segmentation of long texts", () => {
  it("finds every word of a 30,000-word paragraph at its offset", () => {
    const text = repeat("كتب the كتاب", 10_000);
    const tokens = words(text, "ar");
    expect(tokens).toHaveLength(30_000);
    expect(tokens[29_999]).toEqual({ text: "كتاب", start: text.length - 4, end: text.length });
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
  });
});

describe("caches of per-word and per-paragraph results", () => {
  it("hold at most 16 million characters of keys and never a key over 1 million", () => {
    const cache = new BoundedCache<number>(1_000);
    cache.set("x".repeat(1_000_001), 1);
    expect(cache.get("x".repeat(1_000_001))).toBe(undefined);
    const keys = Array.from({ length: 17 }, (_, k) => String.fromCharCode(97 + k).repeat(1_000_000));
    keys.forEach((key, k) => cache.set(key, k));
    // The 17th million did not fit: the cache was emptied before it was stored.
    expect([cache.get(keys[0]!), cache.get(keys[15]!), cache.get(keys[16]!)]).toEqual([undefined, undefined, 16]);
  });
});

describe("doubling the input roughly doubles the work", () => {
  /**
   * Best of five runs of a check on the input built for size n, in milliseconds of this process's CPU time (other
   * jobs on a busy machine do not inflate it the way they inflate wall-clock time).
   */
  function time(check: QaCheck, build: (n: number) => QaContext, n: number): number {
    const input = build(n);
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const started = process.cpuUsage();
      check.run(input);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }

  const cases: Array<[string, QaCheck, (n: number) => QaContext, number]> = [
    ["number-mismatch, one repeated number", numberMismatchCheck, (n) => context([repeat("٥", n)], [repeat("5", n + 1)]), 4_000],
    ["addition, unpaired paragraphs", additionCheck, (n) => context(["قال"], Array.from({ length: n }, (_, k) => paragraph(k)), [{ source: [0], target: [0] }, ...Array.from({ length: n - 1 }, (_, k) => ({ source: [], target: [k + 1] }))]), 30],
    ["repeated-word, one repeated word", repeatedWordCheck, (n) => context(["قال"], [repeat("the", n)]), 4_000],
    ["glossary, a repeated forbidden variant", glossaryCheck, (n) => context([repeat("نعيم", n)], [repeat("Naeem", n)], undefined, [NAIM]), 4_000],
    ["quotes, quoted speakers and unclosed marks", quotesCheck, (n) => context([repeat('قال "نعم"', n)], [repeat("“said", n)]), 4_000],
  ];

  for (const [name, check, build, n] of cases) {
    it(`${name}: 4× the input costs less than 10× the time (quadratic work would cost 16×)`, () => {
      time(check, build, n); // warm-up: compile before timing
      const small = time(check, build, n);
      const large = time(check, build, 4 * n);
      // A floor of 5 ms keeps timer noise on small inputs from failing the comparison.
      expect(large).toBeLessThan(10 * Math.max(small, 5));
    });
  }
});

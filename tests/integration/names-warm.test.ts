// The server reads the name register ahead at start (its first health call), so the first QA run does not wait.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { nameRegisterLoads, warmNameRegisters, namesForArticle } from "../../lib/server/names/register-index";

describe("reading the name register ahead", () => {
  it("reads each target language's register once, and a QA run then finds it loaded", async () => {
    for (const [targetLang, key, arabic, spelling] of [["en", "نعيم", "نعيم", "Naim"], ["fr", "نعيم", "نعيم", "Naïm"], ["en", "برهان", "البرهان", "Burhan"]] as const) {
      await db.nameEntry.create({ data: { targetLang, key, arabic, spellings: { create: { spelling, latinKey: spelling.toLowerCase(), count: 2 } } } });
    }
    const before = nameRegisterLoads();
    await Promise.all([warmNameRegisters(), warmNameRegisters()]);
    expect(nameRegisterLoads().full - before.full).toBe(2);
    const names = await namesForArticle({ articleId: "none", targetLang: "en", source: ["قال باسم نعيم إن الوفد وصل."], glossary: [] });
    expect(names.map((record) => [record.key, record.spellings.map((s) => s.spelling)])).toEqual([["نعيم", ["Naim"]]]);
    expect(nameRegisterLoads().full - before.full).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createInstance, type TFunction } from "i18next";
import { i18nOptions } from "@/lib/i18n/settings";
import type { TAuditEntryDto } from "@/lib/server/audit/list-audit";
import { AuditSentence } from "@/app/_components/audit-sentence";
import { AuditTable } from "@/app/_components/audit-table";

function translator(lng: "en" | "ar"): TFunction {
  const instance = createInstance();
  instance.init({ ...i18nOptions(lng), initAsync: false });
  return instance.getFixedT(lng, "admin");
}

function entry(action: string, details: Record<string, unknown>, extra: Partial<TAuditEntryDto> = {}): TAuditEntryDto {
  return {
    id: "e1",
    articleId: "a1",
    articleTitle: "Talks in Cairo",
    sourceLang: "ar",
    targetLang: "en",
    actorName: "Amal Admin",
    origin: "203.0.113.7",
    action,
    entityType: "article",
    entityId: "a1",
    details,
    subject: { side: null, row: null, quote: null, userName: null },
    userNames: {},
    createdAt: "2026-12-02T14:05:09.000Z",
    ...extra,
  };
}

/** The sentence and detail lines as text (tags dropped), the way a reader sees them. */
function words(e: TAuditEntryDto, lng: "en" | "ar"): string {
  const html = renderToStaticMarkup(createElement(AuditSentence, { entry: e, t: translator(lng), lng }));
  return html.replace(/<\/(p|span)>/g, " | ").replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+\|\s*$/, "").trim();
}

const paragraphSubject = { side: "target" as const, row: 12, quote: null, userName: null };

describe("audit entries in words", () => {
  it.each([
    ["article.status", { from: "in_review", to: "approved" }, {}, "changed the status from In review to Approved", "غيّر الحالة من قيد المراجعة إلى معتمد"],
    [
      "paragraph.edit",
      { version: 3, kind: "edit", before: "The talks ended.", after: "The talks ended without a deal." },
      { entityType: "paragraph", subject: paragraphSubject },
      "edited the translation paragraph in row 12 | The talks ended. → The talks ended without a deal.",
      "عدّل فقرة الترجمة في الصف 12 | The talks ended. ← The talks ended without a deal.",
    ],
    ["paragraph.exclude", { version: 2, text: "Read also" }, { entityType: "paragraph", subject: { ...paragraphSubject, side: "source" as const } }, "left the source paragraph in row 12 out of the corrected article", "استبعد فقرة الأصل في الصف 12 من المقال المصحَّح"],
    ["rows.merge", { kind: "merge", rowId: "r4" }, { subject: { side: null, row: 4, quote: null, userName: null } }, "merged row 4 with the next one", "دمج الصف 4 مع الصف التالي"],
    [
      "finding.dismissed",
      { check: "number-mismatch", text: "21", reason: "The source says 21 elsewhere" },
      { entityType: "finding" },
      "dismissed a QA finding (Number mismatch) on 21 | Reason: The source says 21 elsewhere",
      "رفض نتيجة فحص آلي (اختلاف الأرقام) على 21 | السبب: The source says 21 elsewhere",
    ],
    ["article.create", { sourceLang: "ar", targetLang: "en", rows: 11, scriptsSwapConfirmed: true }, {}, "created the article (Arabic → English, 11 rows) | Kept as entered although the source and the translation looked swapped.", null],
    ["user.deactivate", { email: "rania@example.org", sessionsEnded: 2, tokensRevoked: 1 }, { entityType: "user", subject: { side: null, row: null, quote: null, userName: "Rania Reviewer" } }, "deactivated the account of Rania Reviewer (rania@example.org) | 2 sessions ended | 1 API token revoked", null],
    ["article.assign", { reviewerId: "u2", editorId: null }, { userNames: { u2: "Rania Reviewer" } }, "assigned the article: reviewer Rania Reviewer, editor nobody", "أسند المقال: المراجع Rania Reviewer، المحرر لا أحد"],
    ["glossary.import", { count: 1 }, {}, "imported 1 glossary entry", "استورد مدخلا واحدا في المسرد"],
    [
      "user.scope.add",
      { sourceLang: "ar", targetLang: "en", role: "editor" },
      { entityType: "user", subject: { side: null, row: null, quote: null, userName: "Rania Reviewer" } },
      "gave Rania Reviewer the role Editor for Arabic → English",
      "منح Rania Reviewer دور محرر في العربية ← الإنجليزية",
    ],
    [
      "user.scope.remove",
      { sourceLang: "ar", targetLang: "fr", role: "viewer" },
      { entityType: "user", subject: { side: null, row: null, quote: null, userName: "Rania Reviewer" } },
      "took back the desk role of Rania Reviewer for Arabic → French (Viewer)",
      "سحب من Rania Reviewer دوره في العربية ← الفرنسية (قارئ)",
    ],
    ["names.update", { arabic: "سامح", targetLang: "en", house: { from: "Sameh", to: "Samih" } }, { entityType: "name" }, "made Samih the house spelling of سامح", "اعتمد Samih كتابةً لاسم سامح"],
    ["names.update", { arabic: "سامح", targetLang: "en", house: { from: "Samih", to: null } }, { entityType: "name" }, "went back to the learned spelling of سامح", "أعاد اسم سامح إلى الكتابة المتعلَّمة"],
    ["names.update", { arabic: "سامح", targetLang: "en", distinct: { spelling: "Sameh", distinct: true } }, { entityType: "name" }, "marked Sameh as a different person or place than سامح", "علّم Sameh شخصًا أو مكانًا غير سامح"],
    ["names.update", { arabic: "سامح", targetLang: "en", distinct: { spelling: "Sameh", distinct: false } }, { entityType: "name" }, "no longer marks Sameh as a different person or place than سامح", "ألغى تعليم Sameh شخصًا أو مكانًا غير سامح"],
    ["names.update", { arabic: "سامح", targetLang: "en", house: { from: null, to: "Samih" }, kind: { from: null, to: "person" } }, { entityType: "name" }, "changed the name سامح in the name register", "غيّر الاسم سامح في سجل الأسماء"],
    ["somebody.invented-this", { secret: "{\"raw\":1}" }, {}, "recorded the action somebody.invented-this", "سجّل الإجراء somebody.invented-this"],
  ] as const)("%s", (action, details, extra, english, arabic) => {
    const e = entry(action, details as Record<string, unknown>, extra as Partial<TAuditEntryDto>);
    expect(words(e, "en")).toBe(english);
    if (arabic) expect(words(e, "ar")).toBe(arabic);
  });

  it("quotes article text in its own language, never as raw JSON", () => {
    const e = entry("issue.create", { quote: "وقف إطلاق النار", category: "accuracy", severity: "major" }, { entityType: "issue", subject: { side: "source", row: 3, quote: "وقف إطلاق النار", userName: null } });
    const html = renderToStaticMarkup(createElement(AuditSentence, { entry: e, t: translator("en"), lng: "en" }));
    expect(html).toBe('<p class="audit-sentence">flagged a <bdi>Major</bdi> <bdi>Accuracy</bdi> issue on <q lang="ar" dir="rtl">وقف إطلاق النار</q></p>');
  });

  it("an unknown action shows its key in <code>, and no details", () => {
    const html = renderToStaticMarkup(createElement(AuditSentence, { entry: entry("somebody.invented-this", { raw: 1 }), t: translator("en"), lng: "en" }));
    expect(html).toBe('<p class="audit-sentence">recorded the action <code class="audit-key" dir="ltr">somebody.invented-this</code></p>');
  });

  it("isolates names, addresses and titles so a right-to-left override cannot reverse the row", () => {
    const e = entry("article.status", { from: "draft", to: "in_review" }, { actorName: "\u202Eevil\u202C Name", articleTitle: "محادثات القاهرة" });
    const html = renderToStaticMarkup(createElement(AuditTable, { entries: [e], t: translator("ar"), lng: "ar", showArticle: true }));
    expect(html).toContain("<td><bdi>\u202Eevil\u202C Name</bdi></td>");
    expect(html).toContain('<td><bdi dir="ltr">203.0.113.7</bdi></td>');
    expect(html).toContain('<a href="/articles/a1"><bdi>محادثات القاهرة</bdi></a>');
    expect(html).toContain('<time dateTime="2026-12-02T14:05:09.000Z">');
    expect(html).not.toContain("{&quot;");
  });
});

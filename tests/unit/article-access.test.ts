import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/server/actor";
import { articleWhere, canAnywhere, canOnArticle, effectiveRole, languagePairWhere } from "../../lib/server/access/article-access";

const viewerEditsEnglish: Actor = { userId: "u1", name: "V", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "en", role: "editor" }] };
const editorViewsFrench: Actor = { userId: "u2", name: "E", role: "editor", scopes: [{ sourceLang: "ar", targetLang: "fr", role: "viewer" }] };
const plainViewer: Actor = { userId: "u3", name: "P", role: "viewer" };
const plainEditor: Actor = { userId: "u4", name: "Q", role: "editor", scopes: [] };
const deskAdmin: Actor = { userId: "u5", name: "A", role: "viewer", scopes: [{ sourceLang: "ar", targetLang: "en", role: "admin" }] };

const AR_EN = { sourceLang: "ar", targetLang: "en" };
const AR_FR = { sourceLang: "ar", targetLang: "fr" };
const AR_ES = { sourceLang: "ar", targetLang: "es" };

describe("articleWhere", () => {
  it.each([
    ["no desk roles, the global role grants it", plainEditor, "paragraph.edit", {}],
    ["no desk roles, the global role does not grant it", plainViewer, "paragraph.edit", { id: { in: [] } }],
    ["global viewer, editor for ar→en: edit only there", viewerEditsEnglish, "paragraph.edit", { OR: [{ sourceLang: "ar", targetLang: "en" }] }],
    ["global viewer, editor for ar→en: read everywhere", viewerEditsEnglish, "article.read", {}],
    ["global editor, viewer for ar→fr: edit everywhere but there", editorViewsFrench, "paragraph.edit", { NOT: { OR: [{ sourceLang: "ar", targetLang: "fr" }] } }],
    ["global editor, viewer for ar→fr: export everywhere", editorViewsFrench, "article.export", {}],
    ["global editor, viewer for ar→fr: flag everywhere but there", editorViewsFrench, "issue.create", { NOT: { OR: [{ sourceLang: "ar", targetLang: "fr" }] } }],
  ] as const)("%s", (_name, actor, permission, expected) => {
    expect(articleWhere(actor, permission)).toEqual(expected);
  });

  it("a desk role never grants a permission that is not about articles", () => {
    expect(languagePairWhere(deskAdmin, "user.manage")).toEqual({ id: { in: [] } });
    expect(canAnywhere(deskAdmin, "user.manage")).toBe(false);
    expect(canAnywhere(deskAdmin, "site.settings")).toBe(false);
    expect(canOnArticle(deskAdmin, "user.manage", AR_EN)).toBe(false);
    expect(canAnywhere(deskAdmin, "article.delete")).toBe(true);
  });
});

describe("the role on one article", () => {
  it.each([
    [viewerEditsEnglish, AR_EN, "editor"],
    [viewerEditsEnglish, AR_FR, "viewer"],
    [editorViewsFrench, AR_FR, "viewer"],
    [editorViewsFrench, AR_ES, "editor"],
    [plainViewer, AR_EN, "viewer"],
    // The pair is directed: a desk role for ar→en says nothing about en→ar.
    [viewerEditsEnglish, { sourceLang: "en", targetLang: "ar" }, "viewer"],
  ] as const)("%#: %o on %o is %s", (actor, pair, role) => {
    expect(effectiveRole(actor, pair)).toBe(role);
  });

  it("canOnArticle gives the review page's flags per pair; canAnywhere says whether any pair allows it", () => {
    expect([canOnArticle(viewerEditsEnglish, "paragraph.edit", AR_EN), canOnArticle(viewerEditsEnglish, "paragraph.edit", AR_FR)]).toEqual([true, false]);
    expect([canOnArticle(editorViewsFrench, "finding.apply", AR_FR), canOnArticle(editorViewsFrench, "finding.apply", AR_ES)]).toEqual([false, true]);
    expect([canAnywhere(viewerEditsEnglish, "article.create"), canAnywhere(plainViewer, "article.create")]).toEqual([true, false]);
    expect(canOnArticle(null, "article.read", AR_EN)).toBe(false);
  });
});

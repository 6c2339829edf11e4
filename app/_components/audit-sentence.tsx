import type { ReactElement, ReactNode } from "react";
import type { TFunction } from "i18next";
import type { TAuditEntryDto } from "@/lib/server/audit/list-audit";
import { directionOf } from "@/lib/languages";
import { formatNumber } from "@/lib/i18n/format";
import { translateIsolated, type TSentenceParam } from "./translated";

/** Quoted text in the log is cut to this many characters (the full text stays in the paragraph history). */
const QUOTE_LENGTH = 80;

const text = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const count = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : 0);

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat;
}

/** Article text quoted in the language it is written in (its quotation marks come from app/i18n.css). */
function quote(value: unknown, lang: string | null): ReactElement {
  if (!lang) return <q dir="auto">{shorten(text(value))}</q>;
  return (
    <q lang={lang} dir={directionOf(lang)}>
      {shorten(text(value))}
    </q>
  );
}

/** The language of a side of the entry's article. */
function sideLang(entry: TAuditEntryDto, side: "source" | "target" | null): string | null {
  return side === "source" ? entry.sourceLang : side === "target" ? entry.targetLang : null;
}

/** A sentence key and its parameters; null when the action is not one the log knows. */
function sentence(entry: TAuditEntryDto, t: TFunction, lng: string): { key: string; params: Record<string, TSentenceParam> } | null {
  const d = entry.details;
  const status = (value: unknown) => t(`common:status.${text(value)}`, { defaultValue: text(value) });
  const role = (value: unknown) => t(`auth:roles.${text(value)}`, { defaultValue: text(value) });
  const side = entry.subject.side ? t(`admin:auditLog.side.${entry.subject.side}`) : t("admin:auditLog.side.unknown");
  const row: TSentenceParam = entry.subject.row === null ? "—" : formatNumber(entry.subject.row, lng);
  const language = (code: unknown) => t(`common:languages.${text(code)}`, { defaultValue: text(code) });
  const person = (id: unknown) => (text(id) ? (entry.userNames[text(id)] ?? t("admin:auditLog.removedUser")) : t("admin:auditLog.nobody"));
  const issueQuote = entry.subject.quote === null ? t("admin:auditLog.removedIssue") : quote(entry.subject.quote, sideLang(entry, entry.subject.side));
  const check = (value: unknown) => t(`qa:checks.${text(value)}`, { defaultValue: text(value) });
  const threshold = (value: unknown) => (typeof value === "number" ? formatNumber(value, lng, { maximumFractionDigits: 1 }) : "—");

  switch (entry.action) {
    case "article.create":
      return {
        key: "admin:auditLog.article.create",
        params: { pair: t("common:languagePair", { source: language(d.sourceLang), target: language(d.targetLang) }), count: count(d.rows) },
      };
    case "article.import": {
      const files = Array.isArray(d.files) ? d.files.map((file) => text((file as { name?: unknown }).name)).filter(Boolean) : [];
      return { key: "admin:auditLog.article.import", params: { files: files.join(", ") } };
    }
    case "article.status":
      return { key: "admin:auditLog.article.status", params: { from: status(d.from), to: status(d.to) } };
    case "article.threshold":
      return { key: "admin:auditLog.article.threshold", params: { from: threshold(d.from), to: threshold(d.to) } };
    case "article.delete":
      return { key: "admin:auditLog.article.delete", params: { title: quote(text(d.title), null) } };
    case "article.assign":
      return { key: "admin:auditLog.article.assign", params: { reviewer: person(d.reviewerId), editor: person(d.editorId) } };
    case "paragraph.edit": {
      const kind = text(d.kind) === "suggestion" || text(d.kind) === "apply-all" ? text(d.kind) : "edit";
      return { key: `admin:auditLog.paragraph.${kind}`, params: { side, row } };
    }
    case "paragraph.exclude":
    case "paragraph.restore":
      return { key: `admin:auditLog.${entry.action}`, params: { side, row } };
    case "row.reviewed":
    case "row.unreviewed":
    case "rows.merge":
    case "rows.split":
      return { key: `admin:auditLog.${entry.action}`, params: { row } };
    case "rows.move":
      return { key: "admin:auditLog.rows.move", params: { side, row, direction: t(`admin:auditLog.direction.${text(d.direction) === "up" ? "up" : "down"}`) } };
    case "rows.realign":
      return { key: "admin:auditLog.rows.realign", params: {} };
    case "issue.create":
      return {
        key: "admin:auditLog.issue.create",
        params: {
          severity: t(`common:severity.${text(d.severity)}`, { defaultValue: text(d.severity) }),
          category: t(`common:mqm.${text(d.category)}`, { defaultValue: text(d.category) }),
          quote: d.quote === undefined ? issueQuote : quote(d.quote, sideLang(entry, entry.subject.side)),
        },
      };
    case "issue.comment":
    case "issue.resolved":
    case "issue.dismissed":
    case "issue.open":
      return { key: `admin:auditLog.${entry.action}`, params: { quote: issueQuote } };
    case "finding.accepted":
    case "finding.dismissed":
    case "finding.undo":
      // Findings are mostly about the translation; the quoted text is shown in the target language.
      return { key: `admin:auditLog.${entry.action}`, params: { check: check(d.check), text: quote(d.text, entry.targetLang) } };
    case "user.create":
      return { key: "admin:auditLog.user.create", params: { email: text(d.email), role: role(d.role) } };
    case "user.role":
      return { key: "admin:auditLog.user.role", params: { user: entry.subject.userName ?? t("admin:auditLog.removedUser"), from: role(d.from), to: role(d.to) } };
    case "user.scope.add":
    case "user.scope.remove":
      return {
        key: `admin:auditLog.${entry.action}`,
        params: {
          user: entry.subject.userName ?? t("admin:auditLog.removedUser"),
          role: role(d.role),
          pair: t("common:languagePair", { source: language(d.sourceLang), target: language(d.targetLang) }),
        },
      };
    case "user.change-password":
      return { key: "admin:auditLog.user.change-password", params: {} };
    case "user.reset-password":
    case "user.deactivate":
    case "user.reactivate":
      return { key: `admin:auditLog.${entry.action}`, params: { user: entry.subject.userName ?? t("admin:auditLog.removedUser"), email: text(d.email) } };
    case "token.create":
      return { key: "admin:auditLog.token.create", params: { name: text(d.name), user: entry.subject.userName ?? t("admin:auditLog.removedUser") } };
    case "token.revoke":
      return { key: "admin:auditLog.token.revoke", params: { name: text(d.name) } };
    case "glossary.save":
    case "glossary.delete":
      return { key: `admin:auditLog.${entry.action}`, params: { source: text(d.source), target: text(d.target) } };
    case "glossary.import":
      return { key: "admin:auditLog.glossary.import", params: { count: count(d.count) } };
    case "names.update": {
      // One change says what it was (house spelling chosen or dropped, a spelling marked as someone else); a change
      // of several things at once (API) keeps the general sentence.
      const house = d.house as { to?: unknown } | undefined;
      const distinct = d.distinct as { spelling?: unknown; distinct?: unknown } | undefined;
      const changes = [d.house, d.distinct, d.kind].filter((value) => value !== undefined).length;
      if (changes === 1 && house) {
        return text(house.to)
          ? { key: "admin:auditLog.names.house", params: { arabic: text(d.arabic), spelling: text(house.to) } }
          : { key: "admin:auditLog.names.learned", params: { arabic: text(d.arabic) } };
      }
      if (changes === 1 && distinct) {
        return { key: distinct.distinct === true ? "admin:auditLog.names.distinct" : "admin:auditLog.names.notDistinct", params: { arabic: text(d.arabic), spelling: text(distinct.spelling) } };
      }
      return { key: "admin:auditLog.names.update", params: { arabic: text(d.arabic) } };
    }
    case "names.delete":
      return { key: `admin:auditLog.${entry.action}`, params: { arabic: text(d.arabic) } };
    case "names.import":
      return { key: "admin:auditLog.names.import", params: { count: count(d.count) } };
    case "names.fix-all":
      return { key: "admin:auditLog.names.fix-all", params: { count: count(d.paragraphs), from: text(d.from), to: text(d.to), arabic: text(d.arabic) } };
    case "settings.update":
      return { key: "admin:auditLog.settings.update", params: { key: entry.entityId, from: text(d.from) || "—", to: text(d.to) || "—" } };
    default:
      return null;
  }
}

/** Extra lines under the sentence: reasons, what changed, confirmations; never the raw details. */
function detailLines(entry: TAuditEntryDto, t: TFunction, lng: string): ReactNode[] {
  const d = entry.details;
  const lines: ReactNode[] = [];
  const reason = text(d.reason) || text(d.note);
  if (reason) lines.push(translateIsolated(t, "admin:auditLog.detail.reason", { reason }));
  if (entry.action === "paragraph.edit" && typeof d.before === "string" && typeof d.after === "string") {
    const lang = sideLang(entry, entry.subject.side);
    lines.push(translateIsolated(t, "admin:auditLog.detail.change", { before: quote(d.before, lang), after: quote(d.after, lang) }));
  }
  if (d.scriptsSwapConfirmed === true) lines.push(t("admin:auditLog.detail.scriptsSwapConfirmed"));
  if (Array.isArray(d.warnings) && d.warnings.length > 0) lines.push(t("admin:auditLog.detail.importWarnings", { count: d.warnings.length, formatted: formatNumber(d.warnings.length, lng) }));
  if (typeof d.sessionsEnded === "number" && d.sessionsEnded > 0) lines.push(t("admin:auditLog.detail.sessionsEnded", { count: d.sessionsEnded }));
  if (typeof d.tokensRevoked === "number" && d.tokensRevoked > 0) lines.push(t("admin:auditLog.detail.tokensRevoked", { count: d.tokensRevoked }));
  if (text(d.via)) lines.push(translateIsolated(t, "admin:auditLog.detail.via", { via: text(d.via) }));
  return lines;
}

/** One audit entry in words, in the interface language: a sentence and its detail lines. */
export function AuditSentence({ entry, t, lng }: { entry: TAuditEntryDto; t: TFunction; lng: string }) {
  const known = sentence(entry, t, lng);
  const lines = detailLines(entry, t, lng);
  return (
    <>
      <p className="audit-sentence">
        {known
          ? translateIsolated(t, known.key, known.params)
          : translateIsolated(t, "admin:auditLog.unknown", { action: <code className="audit-key" dir="ltr">{entry.action}</code> })}
      </p>
      {lines.map((line, index) => (
        <span key={index} className="audit-detail">
          {line}
        </span>
      ))}
    </>
  );
}

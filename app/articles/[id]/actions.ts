"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction } from "@/lib/server/action";
import { getActor } from "@/lib/server/session";
import { updateParagraphText } from "@/lib/server/paragraph/update-paragraph-text";
import { getParagraphHistory } from "@/lib/server/paragraph/get-paragraph-history";
import { setParagraphExcluded } from "@/lib/server/paragraph/set-paragraph-excluded";
import { repairRows } from "@/lib/server/row/repair-rows";
import { setRowReviewed } from "@/lib/server/row/set-row-reviewed";
import { createIssue } from "@/lib/server/issue/create-issue";
import { updateIssueStatus } from "@/lib/server/issue/update-issue-status";
import { addIssueComment } from "@/lib/server/issue/add-issue-comment";
import { decideFinding } from "@/lib/server/finding/decide-finding";
import { applySuggestion } from "@/lib/server/finding/apply-suggestion";
import { updateArticleStatus, ARTICLE_STATUSES } from "@/lib/server/article/update-article-status";
import { getApprovalChecklist } from "@/lib/server/article/get-approval-checklist";
import { MQM_CATEGORIES, SEVERITIES } from "@/lib/qa/mqm";
import { updateArticleThreshold } from "@/lib/server/article/update-article-threshold";
import { assignArticle } from "@/lib/server/article/assign-article";
import { deleteArticle } from "@/lib/server/article/delete-article";
import { getReviewState } from "@/lib/server/article/get-review-state";
import { getParagraphDtos } from "@/lib/server/paragraph/get-paragraph-dtos";
import { recheckArticle } from "@/lib/server/finding/recheck-article";

const ZId = z.string().min(1).max(64);

/**
 * Row-level actions (save, exclude, review tick, flag, finding decisions) return the article's fresh findings,
 * issues and score instead of revalidating: the open page patches the rows that changed, without re-rendering
 * (and re-sending) the whole article. Structural changes (pairing, status, assignment) still revalidate.
 */
function refresh(articleId: string) {
  revalidatePath(`/articles/${articleId}`);
  revalidatePath("/");
}

const ZSaveParagraph = z.object({ paragraphId: ZId, expectedVersion: z.number().int().min(1), text: z.string().max(20_000) });
/** Saves a corrected translation paragraph. */
export async function saveParagraphAction(input: z.input<typeof ZSaveParagraph>) {
  return runAction(async () => {
    const data = parseInput(ZSaveParagraph, input);
    const actor = await getActor();
    const result = await updateParagraphText({ actor, ...data });
    return { version: result.version, paragraph: result.paragraph, review: await getReviewState({ actor, articleId: result.articleId }) };
  });
}

const ZSetParagraphExcluded = z.object({ paragraphId: ZId, excluded: z.boolean(), expectedVersion: z.number().int().min(1) });
/** Leaves a translation paragraph out of the corrected article (excluded: true) or brings it back (false). */
export async function setParagraphExcludedAction(input: z.input<typeof ZSetParagraphExcluded>) {
  return runAction(async () => {
    const data = parseInput(ZSetParagraphExcluded, input);
    const actor = await getActor();
    const result = await setParagraphExcluded({ actor, ...data });
    return { version: result.version, paragraph: result.paragraph, review: await getReviewState({ actor, articleId: result.articleId }) };
  });
}

/** Loads a paragraph's revisions. */
export async function getParagraphHistoryAction(input: { paragraphId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ paragraphId: ZId }), input);
    const actor = await getActor();
    return getParagraphHistory({ actor, ...data });
  });
}

const ZRepair = z.object({
  articleId: ZId,
  repair: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("merge"), rowId: ZId }),
    z.object({ kind: z.literal("split"), rowId: ZId, sourceCount: z.number().int().min(0).optional(), targetCount: z.number().int().min(0).optional() }),
    z.object({ kind: z.literal("move"), paragraphId: ZId, direction: z.enum(["up", "down"]) }),
    z.object({ kind: z.literal("realign") }),
  ]),
});
/** Repairs the paragraph pairing. */
export async function repairRowsAction(input: z.input<typeof ZRepair>) {
  return runAction(async () => {
    const data = parseInput(ZRepair, input);
    const actor = await getActor();
    await repairRows({ actor, ...data });
    refresh(data.articleId);
    return null;
  });
}

/** Marks a row reviewed or not. */
export async function setRowReviewedAction(input: { rowId: string; reviewed: boolean }) {
  return runAction(async () => {
    const data = parseInput(z.object({ rowId: ZId, reviewed: z.boolean() }), input);
    const actor = await getActor();
    await setRowReviewed({ actor, ...data });
    return null;
  });
}

const ZCreateIssue = z
  .object({
    paragraphId: ZId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    category: z.enum(Object.keys(MQM_CATEGORIES) as [keyof typeof MQM_CATEGORIES, ...(keyof typeof MQM_CATEGORIES)[]], { error: () => ({ message: "errors:issue.invalid-category" }) }),
    subcategory: z.string().max(40).optional().nullable(),
    severity: z.enum(SEVERITIES, { error: () => ({ message: "errors:issue.invalid-severity" }) }),
    comment: z.string().max(5000, { message: "errors:comment.too-long" }),
  })
  .refine((v) => v.end > v.start, { path: ["end"], message: "errors:issue.invalid-span" });
/** Flags an issue on a selected span. */
export async function createIssueAction(input: z.input<typeof ZCreateIssue>) {
  return runAction(async () => {
    const data = parseInput(ZCreateIssue, input);
    const actor = await getActor();
    const result = await createIssue({ actor, ...data });
    return { id: result.id, review: await getReviewState({ actor, articleId: result.articleId }) };
  });
}

/** Resolves, dismisses or reopens an issue (with a reason; required to dismiss another person's critical/major issue). */
export async function updateIssueStatusAction(input: { issueId: string; status: "open" | "resolved" | "dismissed"; reason?: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ issueId: ZId, status: z.enum(["open", "resolved", "dismissed"]), reason: z.string().max(1000, { message: "errors:issue.reason-too-long" }).optional() }), input);
    const actor = await getActor();
    const { articleId } = await updateIssueStatus({ actor, ...data });
    refresh(articleId);
    return null;
  });
}

/** Replies in an issue's thread. */
export async function addIssueCommentAction(input: { issueId: string; body: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ issueId: ZId, body: z.string().max(5000, { message: "errors:comment.too-long" }) }), input);
    const actor = await getActor();
    const result = await addIssueComment({ actor, ...data });
    refresh(result.articleId);
    return { id: result.id };
  });
}

/** Accepts, dismisses (with a reason) or un-decides an automatic finding. */
export async function decideFindingAction(input: { findingId: string; decision: "dismissed" | "accepted" | "undo"; reason?: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ findingId: ZId, decision: z.enum(["dismissed", "accepted", "undo"]), reason: z.string().max(1000).optional() }), input);
    const actor = await getActor();
    const { articleId } = await decideFinding({ actor, ...data });
    return { review: await getReviewState({ actor, articleId }) };
  });
}

/** Applies a finding's suggestion here, or to every occurrence in the article. */
export async function applySuggestionAction(input: { findingId: string; everywhere: boolean }) {
  return runAction(async () => {
    const data = parseInput(z.object({ findingId: ZId, everywhere: z.boolean() }), input);
    const actor = await getActor();
    const result = await applySuggestion({ actor, ...data });
    const paragraphs = await getParagraphDtos({ actor, articleId: result.articleId, paragraphIds: result.paragraphIds });
    return { changedParagraphs: result.changedParagraphs, excludedParagraphs: result.excludedParagraphs, paragraphs, review: await getReviewState({ actor, articleId: result.articleId }) };
  });
}

/** Moves the article through draft → in review → approved (or back); approving with warnings needs acknowledgeWarnings. */
export async function updateArticleStatusAction(input: { articleId: string; status: string; acknowledgeWarnings?: boolean }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId, status: z.enum(ARTICLE_STATUSES), acknowledgeWarnings: z.boolean().optional() }), input);
    const actor = await getActor();
    const result = await updateArticleStatus({ actor, ...data });
    refresh(data.articleId);
    return result;
  });
}

/** What approving the article would be refused for or warned about (the approval dialog). */
export async function getApprovalChecklistAction(input: { articleId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId }), input);
    const actor = await getActor();
    return getApprovalChecklist({ actor, ...data });
  });
}

/** Sets the article's pass threshold on the quality score (0–100). */
export async function updateThresholdAction(input: { articleId: string; threshold: number }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId, threshold: z.number({ error: () => ({ message: "errors:threshold.invalid" }) }).min(0, { message: "errors:threshold.invalid" }).max(100, { message: "errors:threshold.invalid" }) }), input);
    const actor = await getActor();
    await updateArticleThreshold({ actor, ...data });
    refresh(data.articleId);
    return null;
  });
}

/** Assigns the article's reviewer and editor. */
export async function assignArticleAction(input: { articleId: string; reviewerId: string | null; editorId: string | null }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId, reviewerId: ZId.nullable(), editorId: ZId.nullable() }), input);
    const actor = await getActor();
    await assignArticle({ actor, ...data });
    refresh(data.articleId);
    revalidatePath("/queue");
    return null;
  });
}

/** Deletes the article (administrators); the list and queues drop it. */
export async function deleteArticleAction(input: { articleId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId }), input);
    const actor = await getActor();
    const deleted = await deleteArticle({ actor, ...data });
    revalidatePath("/");
    revalidatePath("/queue");
    return { id: deleted.id };
  });
}

/** The article's current findings, issues, score and QA state (the review page polls it while QA is running). */
export async function getReviewStateAction(input: { articleId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId }), input);
    const actor = await getActor();
    return getReviewState({ actor, ...data });
  });
}

/** Runs every QA check on the article again (after a run timed out or failed) and returns the fresh state. */
export async function recheckArticleAction(input: { articleId: string }) {
  return runAction(async () => {
    const data = parseInput(z.object({ articleId: ZId }), input);
    const actor = await getActor();
    await recheckArticle({ actor, ...data });
    return getReviewState({ actor, ...data });
  });
}

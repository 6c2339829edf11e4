import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record-audit";
import { readSiteSettings, SITE_SETTING_DEFAULTS, SITE_SETTING_KEYS, type TSiteSettings } from "./get-site-settings";

/** Changes site settings (administrators only); each changed key is audited with its old and new value. */
export async function updateSiteSettings(options: { actor: Actor; settings: Partial<TSiteSettings> }): Promise<TSiteSettings> {
  assertCan(options.actor, "site.settings");
  for (const [key, value] of Object.entries(options.settings)) {
    if (!(SITE_SETTING_KEYS as string[]).includes(key)) throw new AppError("settings.unknown", "Unknown setting.", { status: 422, params: { key } });
    if (typeof value !== typeof SITE_SETTING_DEFAULTS[key as keyof TSiteSettings]) {
      throw new AppError("settings.invalid", "Invalid setting value.", { status: 422, params: { key } });
    }
  }
  return db.$transaction(async (tx) => {
    const before = await readSiteSettings(tx);
    for (const key of SITE_SETTING_KEYS) {
      const value = options.settings[key];
      if (value === undefined || value === before[key]) continue;
      const stored = value;
      await tx.siteSetting.upsert({ where: { key }, create: { key, value: stored, updatedBy: options.actor.name, updatedById: options.actor.userId }, update: { value: stored, updatedBy: options.actor.name, updatedById: options.actor.userId } });
      await recordAudit(tx, { actor: options.actor, articleId: null, action: "settings.update", entityType: "setting", entityId: key, details: { from: before[key], to: value } });
    }
    return readSiteSettings(tx);
  });
}

import "server-only";
import type { Actor } from "../actor";
import { assertCan } from "../authz";
import { db, type Tx } from "../db";

/** Site-wide settings with their defaults (stored as JSON values in SiteSetting by key). */
export interface TSiteSettings {
  /** Four-eyes rule: the person who last edited an article's text may not approve it. */
  fourEyesApproval: boolean;
}

export const SITE_SETTING_DEFAULTS: TSiteSettings = { fourEyesApproval: false };

export type TSiteSettingKey = keyof TSiteSettings;
export const SITE_SETTING_KEYS = Object.keys(SITE_SETTING_DEFAULTS) as TSiteSettingKey[];

/** The stored settings over their defaults; a stored value of the wrong type falls back to the default. */
export async function readSiteSettings(client: Tx = db): Promise<TSiteSettings> {
  const rows = await client.siteSetting.findMany({ where: { key: { in: SITE_SETTING_KEYS } } });
  const settings: TSiteSettings = { ...SITE_SETTING_DEFAULTS };
  for (const row of rows) {
    const key = row.key as TSiteSettingKey;
    const value: unknown = row.value;
    if (typeof value === typeof SITE_SETTING_DEFAULTS[key]) settings[key] = value as TSiteSettings[typeof key];
  }
  return settings;
}

/** The site settings with who changed them last (administrators only). */
export async function getSiteSettings(options: { actor: Actor }): Promise<{ settings: TSiteSettings; updated: Partial<Record<TSiteSettingKey, { by: string | null; at: string }>> }> {
  assertCan(options.actor, "site.settings");
  const rows = await db.siteSetting.findMany({ where: { key: { in: SITE_SETTING_KEYS } } });
  const updated: Partial<Record<TSiteSettingKey, { by: string | null; at: string }>> = {};
  for (const row of rows) updated[row.key as TSiteSettingKey] = { by: row.updatedBy, at: row.updatedAt.toISOString() };
  return { settings: await readSiteSettings(), updated };
}

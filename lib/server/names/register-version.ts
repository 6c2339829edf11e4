import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db";

/**
 * The SiteSetting row whose value changes on every write to the name register (learning on approval, an editor's
 * change, an import, a deletion). Each server process keeps the register of a target language in memory and
 * reloads it when this value differs from the one it loaded: one primary-key read per QA run tells every process
 * (and the CLI) that another one changed the register.
 */
export const NAME_REGISTER_VERSION_KEY = "names.registerVersion";

/** Marks the register as changed (inside the transaction that changes it). A fresh random value, so two writers never pick the same one. */
export async function bumpNameRegisterVersion(tx: Tx): Promise<void> {
  const value = randomUUID();
  await tx.siteSetting.upsert({ where: { key: NAME_REGISTER_VERSION_KEY }, create: { key: NAME_REGISTER_VERSION_KEY, value }, update: { value } });
}

/** The register's current version ("" before its first write). */
export async function readNameRegisterVersion(client: Tx): Promise<string> {
  const row = await client.siteSetting.findUnique({ where: { key: NAME_REGISTER_VERSION_KEY }, select: { value: true } });
  return row ? String(row.value) : "";
}

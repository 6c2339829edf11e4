import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors";

// ISO 639-1 codes the workbench knows (primary subtag); a region or script suffix is allowed (en-GB, pt-BR).
const LANGUAGES = new Set([
  "ar", "en", "fr", "es", "he", "fa", "de", "it", "tr", "ur", "pt", "nl", "ru", "zh", "ja", "ko", "id", "ms",
  "hi", "bn", "sw", "ha", "so", "ps", "ku", "pl", "ro", "el", "sv", "da", "no", "nb", "fi", "cs", "sk", "hu",
  "uk", "bs", "hr", "sr", "sq", "az", "uz", "kk", "ca", "am", "ti", "yi",
]);

/** Validates a language code (e.g. "ar", "en-GB") and returns it; throws UsageError naming the option. */
export function parseLanguage(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === "") throw new UsageError(`missing ${option} (e.g. ${option} ar)`);
  const code = value.trim();
  const match = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$/u.exec(code);
  if (!match || !LANGUAGES.has(match[1]!.toLowerCase())) {
    throw new UsageError(`unsupported language code for ${option}: ${JSON.stringify(value)} (try one of ar, en, fr, es, he, fa, de, it, tr, ur)`);
  }
  return code.replace("_", "-");
}

/** Checks that a value is one of the allowed choices; throws UsageError otherwise. */
export function parseChoice<T extends string>(value: string | undefined, option: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`invalid ${option}: ${JSON.stringify(value)} (expected ${choices.join(", ")})`);
  }
  return value as T;
}

/** Runs an argument parser (node:util parseArgs) and turns its errors into UsageError (exit 2). */
export function withUsageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "invalid arguments");
  }
}

/** Parses a command's arguments (options plus positional file names); bad options become UsageError (exit 2). */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O) {
  return withUsageErrors(() => parseArgs({ args, options, allowPositionals: true, strict: true }));
}

/** Refuses positional arguments a command does not take. */
export function noExtraArguments(positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
}

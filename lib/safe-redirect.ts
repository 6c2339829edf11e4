const PLACEHOLDER_ORIGIN = "http://tadqiq.invalid";

/**
 * A same-site path to go to after signing in, or `fallback`. Only a path of this site is kept: it must start with
 * one "/", and is refused when it (or any percent-decoding of it) holds a backslash, a second leading slash, a
 * control character or anything else that a browser could read as another host ("/\evil.example",
 * "/%5Cevil.example", "//evil.example", "/%2F%2Fevil.example", "https://…", "javascript:…"). The result is the
 * path as the URL parser normalises it, so what is checked is what the browser will follow.
 */
export function safeRedirectPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return fallback;
  let decoded = raw;
  for (let round = 0; round < 4; round++) {
    if (!isPlainLocalPath(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      break; // a lone "%" (e.g. "100%"): nothing more can be decoded from it
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (!isPlainLocalPath(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

function isPlainLocalPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//")) return false;
  if (value.includes("\\")) return false;
  // C0 controls, DEL, C1 controls and the Unicode line/paragraph separators: browsers strip or reinterpret them.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return false;
  return true;
}

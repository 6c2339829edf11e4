/**
 * Dates and numbers in the interface language, through Intl. Pure (no Next, no i18next): the server renders with it,
 * client components use it through `useFormatters()` (app/_components/i18n-provider.tsx), so both sides agree.
 *
 * Choices:
 * - The month is always a word ("2 Dec 2026", "2 ديسمبر 2026"): "12/1/26" reads as 12 January or 1 December
 *   depending on who reads it, and a review log is read by both.
 * - English uses the day-month-year order (en-GB) and a 24-hour clock, like the Arabic interface and most newsrooms
 *   outside the United States.
 * - The Arabic interface keeps Arabic month names but Latin digits (`-u-nu-latn`): the articles under review, the
 *   QA messages and the English pane all use Latin digits, most Arabic newsrooms write their copy with them, and a
 *   reviewer comparing "14:05" in the log with "14:05" in a paragraph should not have to convert ٠-٩ in their head.
 *   It also pins the digits whatever the ICU version of the server or the browser defaults to for plain "ar".
 */

/** How much of a moment to show: a day, a day and minute, or a day, second and time zone (audit log). */
export type TDateStyle = "date" | "dateTime" | "precise";

/** A moment as stored (ISO string), a Date, or epoch milliseconds. */
export type TDateInput = Date | string | number;

const LOCALE_OF_UI_LANGUAGE: Record<string, string> = {
  en: "en-GB",
  ar: "ar-u-nu-latn",
  fr: "fr-FR-u-nu-latn",
};

/** The BCP 47 locale Intl formats with for an interface language ("ar" → "ar-u-nu-latn"). */
export function intlLocale(lng: string): string {
  const primary = lng.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return LOCALE_OF_UI_LANGUAGE[primary] ?? `${primary || "en"}-u-nu-latn`;
}

const DATE_OPTIONS: Record<TDateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  precise: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function toDate(value: TDateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(String(value))}`);
  return date;
}

/**
 * A moment in the interface language: "2 Dec 2026, 14:05" (en), "2 ديسمبر 2026، 14:05" (ar). `timeZone` (IANA name)
 * defaults to the runtime's; pass the server's zone in the browser so both render the same text.
 */
export function formatDateTime(value: TDateInput, lng: string, style: TDateStyle = "dateTime", timeZone?: string): string {
  const locale = intlLocale(lng);
  const key = `${locale}|${style}|${timeZone ?? ""}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[style], ...(timeZone ? { timeZone } : {}) });
    dateFormats.set(key, format);
  }
  return format.format(toDate(value));
}

/** A day in the interface language: "2 Dec 2026" (en), "2 ديسمبر 2026" (ar). */
export function formatDate(value: TDateInput, lng: string, timeZone?: string): string {
  return formatDateTime(value, lng, "date", timeZone);
}

/** A number in the interface language with Latin digits: "12,345.6" in both en and ar. */
export function formatNumber(value: number, lng: string, options: Intl.NumberFormatOptions = {}): string {
  const locale = intlLocale(lng);
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The runtime's IANA time zone (the server's, when called on the server). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

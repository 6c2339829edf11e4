import { describe, expect, it } from "vitest";
import {
  arabicSkeleton,
  arabicSkeletonKeys,
  latinSkeleton,
  latinSkeletonKey,
  skeletonsMatch,
} from "../../lib/text/transliteration";

describe("arabicSkeleton", () => {
  it.each([
    ["نعيم", "nm"],
    ["محمد", "mhmd"],
    ["مُحَمَّد", "mhmd"],
    ["هنية", "hny"],
    ["حمدان", "hmdn"],
    ["حمدي", "hmd"],
    ["السنوار", "snwr"],
    ["يوسف", "ysf"],
    ["خليل", "Xll"],
    ["شيخ", "SX"],
    ["عباس", "bs"],
    ["والسيسي", "ss"],
  ])("%s -> %s", (word, expected) => expect(arabicSkeleton(word)).toBe(expected));
});

describe("latinSkeleton", () => {
  it.each([
    ["Naim", "nm"],
    ["Naeem", "nm"],
    ["Mohammed", "mhmd"],
    ["Muhammad", "mhmd"],
    ["Haniyeh", "hny"],
    ["Haniya", "hny"],
    ["Hamdan", "hmdn"],
    ["Hamdi", "hmd"],
    ["Khalil", "Xll"],
    ["Sheikh", "SX"],
    ["Youssef", "ysf"],
    ["al-Sinwar", "snwr"],
    ["El-Sisi", "ss"],
    ["Ḥamās", "hms"],
    ["Othman", "Tmn"],
    ["Chaker", "Skr"],
  ])("%s -> %s", (word, expected) => expect(latinSkeleton(word)).toBe(expected));
});

// Real names as published by newsrooms, with the usual transliteration variants.
const MATCHES: Array<[string, string[]]> = [
  ["نتنياهو", ["Netanyahu"]],
  ["هنية", ["Haniyeh", "Haniya", "Haniyah"]],
  ["السنوار", ["Sinwar", "al-Sinwar", "Al Sinwar"]],
  ["بلينكن", ["Blinken"]],
  ["قطر", ["Qatar"]],
  ["بايدن", ["Biden"]],
  ["السيسي", ["Sisi", "el-Sisi", "Al-Sisi"]],
  ["عباس", ["Abbas"]],
  ["محمد", ["Mohammed", "Muhammad", "Mohamed", "Mohammad"]],
  ["أحمد", ["Ahmed", "Ahmad"]],
  ["خليل", ["Khalil", "Khaleel"]],
  ["يوسف", ["Yousef", "Youssef", "Yusuf", "Youcef"]],
  ["نعيم", ["Naim", "Naeem", "Na'im"]],
  ["حمدان", ["Hamdan"]],
  ["حمدي", ["Hamdi", "Hamdy"]],
  ["وحماس", ["Hamas"]],
  ["لرويترز", ["Reuters"]],
  ["قاسم", ["Qasim", "Kassem", "Gasim"]],
  ["جمال", ["Jamal", "Gamal", "Djamel"]],
  ["عثمان", ["Othman", "Osman", "Uthman"]],
  ["ذهبي", ["Dhahabi", "Zahabi"]],
  ["مروان", ["Marwan"]],
  ["بغداد", ["Baghdad"]],
  ["الشيخ", ["Sheikh", "Cheikh"]],
  ["عبد", ["Abd"]],
  ["خامنئي", ["Khamenei"]],
  ["بزشكيان", ["Pezeshkian"]],
  ["جليلي", ["Jalili"]],
  ["سلامة", ["Salameh", "Salama"]],
  ["بيروت", ["Beirut"]],
  ["غزة", ["Gaza"]],
  ["درنة", ["Derna"]],
  ["تيدروس", ["Tedros"]],
  ["لبنان", ["Lebanon"]],
  ["ترامب", ["Trump"]],
];

const NON_MATCHES: Array<[string, string]> = [
  ["القاهرة", "Cairo"],
  ["مصر", "Egypt"],
  ["نعيم", "Hamas"],
  ["محمد", "Ahmed"],
  ["قطر", "Cairo"],
  ["حمدان", "Hamdi"],
  ["بايدن", "Blinken"],
  ["يوسف", "Khalil"],
  ["عباس", "Sisi"],
  ["نتنياهو", "Naim"],
  ["إسرائيل", "Palestine"],
];

describe("skeletonsMatch", () => {
  for (const [arabic, latins] of MATCHES) {
    it.each(latins)(`${arabic} ~ %s`, (latin) => expect(skeletonsMatch(arabic, latin)).toBe(true));
  }
  it.each(NON_MATCHES)("%s is not %s", (arabic, latin) => expect(skeletonsMatch(arabic, latin)).toBe(false));

  it("handles empty and non-letter input", () => {
    expect(skeletonsMatch("", "Naim")).toBe(false);
    expect(skeletonsMatch("نعيم", "")).toBe(false);
    expect(skeletonsMatch("2024", "2024")).toBe(false);
  });
});

describe("skeleton keys (exact lookup used by the aligner)", () => {
  it.each([
    ["نتنياهو", "Netanyahu"],
    ["قاسم", "Kassem"],
    ["عثمان", "Osman"],
    ["السنوار", "Sinwar"],
    ["بايدن", "Biden"],
    ["محمد", "Muhammad"],
  ])("%s keys contain the key of %s", (arabic, latin) => {
    expect(arabicSkeletonKeys(arabic)).toContain(latinSkeletonKey(latin));
  });

  it.each([
    ["القاهرة", "Cairo"],
    ["نعيم", "Hamas"],
  ])("%s keys do not contain the key of %s", (arabic, latin) => {
    expect(arabicSkeletonKeys(arabic)).not.toContain(latinSkeletonKey(latin));
  });
});

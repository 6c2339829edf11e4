import fs from "node:fs";
import path from "node:path";
import { splitParagraphs } from "../../lib/article-input";

const dir = path.resolve(__dirname, "../../fixtures/cairo-talks");

/** The sample article's paragraphs. */
export function sampleParagraphs(): { source: string[]; target: string[] } {
  return {
    source: splitParagraphs(fs.readFileSync(path.join(dir, "ar.txt"), "utf8")),
    target: splitParagraphs(fs.readFileSync(path.join(dir, "en.txt"), "utf8")),
  };
}

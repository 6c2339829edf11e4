import type { TFunction } from "i18next";
import type { TScoreDto } from "@/lib/server/article/get-article-review";

const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const number = (value: number) => NUMBER.format(value);

/**
 * The quality score as shown everywhere: "Quality 99.6 / 100 · pass at ≥ 99 · ✓ Pass", with a hint that explains
 * the formula. A plain component (no hooks): server pages pass getT's `t`, client components useTranslation's.
 * The verdict is a word and a symbol, not only a colour. Numbers keep Latin digits and a decimal point in both
 * interface languages ("99.6"), as the rest of the review page does.
 */
export function ScoreBadge({ score, t, showHint = true }: { score: TScoreDto; t: TFunction; showHint?: boolean }) {
  const hint = t("common:score.hint", { penalty: score.penalty, words: score.sourceWords, wordBase: score.wordBase });
  return (
    <span className={score.pass ? "score pass" : "score fail"} title={showHint ? hint : undefined} data-testid="quality-score">
      {t("common:score.label", { quality: number(score.quality) })}
      {" · "}
      {t("common:score.passAt", { threshold: number(score.threshold) })}
      {" · "}
      <span aria-hidden="true">{score.pass ? "✓ " : "✗ "}</span>
      {score.pass ? t("common:score.pass") : t("common:score.fail")}
      {showHint ? <span className="visually-hidden">. {hint}</span> : null}
    </span>
  );
}

import type { QaCheck } from "./types";
import { nameConsistencyCheck } from "./checks/name-consistency";
import { nameAuthorityCheck } from "./checks/name-authority";
import { numberMismatchCheck } from "./checks/number-mismatch";
import { dateMismatchCheck } from "./checks/date-mismatch";
import { quotesCheck } from "./checks/quotes";
import { untranslatedCheck } from "./checks/untranslated";
import { omissionCheck } from "./checks/omission";
import { additionCheck } from "./checks/addition";
import { repeatedWordCheck } from "./checks/repeated-word";
import { whitespaceCheck } from "./checks/whitespace";
import { glossaryCheck } from "./checks/glossary";
import { lengthRatioCheck } from "./checks/length-ratio";

/** Every QA check, in the order they run and are listed in the UI. */
export const CHECKS: readonly QaCheck[] = Object.freeze([
  nameConsistencyCheck,
  nameAuthorityCheck,
  numberMismatchCheck,
  dateMismatchCheck,
  quotesCheck,
  untranslatedCheck,
  omissionCheck,
  additionCheck,
  repeatedWordCheck,
  whitespaceCheck,
  glossaryCheck,
  lengthRatioCheck,
]);

/** The registered check with this id, or undefined. */
export function getCheck(id: string): QaCheck | undefined {
  return CHECKS.find((check) => check.id === id);
}

import { z } from "zod";
import { passwordProblem } from "./password-policy";

/** A new password under the password rules; the message is the `errors:` key of the first rule broken. */
export const ZNewPassword = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: "custom", message: `errors:${problem}` });
});

/** The form's and the links' writing side, loaded on demand by application-pages.tsx (see `writing` there). */
export { applicationInputSchema } from "../../../domain/application-input.ts";
export { confirmSubmission } from "../../../use-cases/confirm-submission.ts";
export { decideApplication, loadForDecision } from "../../../use-cases/decide-application.ts";
export { submitApplication, tablesById } from "../../../use-cases/submit-application.ts";

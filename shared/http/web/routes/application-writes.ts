/** The form's writing side, loaded on demand by application-pages.tsx (see `writing` there). */
export { applicationInputSchema } from "../../../domain/application-input.ts";
export { submitApplication, tablesById } from "../../../use-cases/submit-application.ts";

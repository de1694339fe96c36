/** The second step after the mailed link: the code, or setting up the authenticator (console-app.tsx). */
export const SECOND_STEP = "/anmelden/zweiter-faktor";

import { RETENTION } from "../../domain/application.ts";
import type { Locale } from "../../domain/work-table.ts";

/** What the application, confirmation and decision pages say, German first. */
const texts = {
  de: {
    formTitle: "Mitarbeit beantragen",
    formIntro:
      "Sie möchten in einem oder mehreren Arbeitstischen mitarbeiten? Füllen Sie das Formular aus. Sie erhalten danach eine E-Mail, mit der Sie Ihren Antrag bestätigen; erst dann geht er an die Ansprechpartner:innen.",
    required: "Pflichtfeld",
    tables: "Arbeitstische",
    tablesHint: "Wählen Sie einen oder mehrere.",
    name: "Name",
    email: "E-Mail-Adresse",
    organisation: "Organisation (optional)",
    organisationType: "Art der Organisation",
    choose: "Bitte wählen",
    engagement: "Ich engagiere mich",
    mandate: "Religionsgemeinschaft, die Sie entsendet",
    mandateHint: "Nur für Arbeitstische, die ein Mandat einer Religionsgemeinschaft voraussetzen (z. B. III).",
    service: "Beratungsdienst",
    serviceHint: "Nur für Arbeitstische der staatlich geförderten Beratung (z. B. V).",
    noService: "Kein Beratungsdienst",
    message: "Nachricht an die Ansprechpartner:innen (optional)",
    consent: "Einwilligung",
    honeypot: "Bitte lassen Sie dieses Feld leer.",
    submit: "Antrag senden",
    errorSummary: "Bitte prüfen Sie Ihre Angaben:",
    tooFast: "Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.",
    formExpired:
      "Das Formular war länger als einen Tag geöffnet. Ihre Angaben sind erhalten; bitte senden Sie es noch einmal.",
    rateLimited:
      "Von dieser Adresse kamen in der letzten Stunde zu viele Anträge. Bitte versuchen Sie es später noch einmal.",
    sentTitle: "Bitte bestätigen Sie Ihren Antrag",
    sentText: (email: string) =>
      `Wir haben eine E-Mail an ${email} geschickt. Bitte öffnen Sie den Link darin, um Ihren Antrag zu bestätigen. Der Link ist ${RETENTION.unconfirmedDays} Tage gültig.`,
    alreadyOpen:
      "Für diese Arbeitstische liegt schon ein offener Antrag von Ihnen vor; es wurde kein zweiter angelegt:",
    confirmationResent: (email: string) =>
      `Wir haben Ihnen den Bestätigungslink noch einmal an ${email} geschickt. Auch der Link aus der ersten E-Mail bleibt gültig.`,
    confirmationPending:
      "Falls Sie ihn noch nicht bestätigt haben: Die E-Mail mit dem Bestätigungslink ist unterwegs. Sehen Sie bitte auch im Spam-Ordner nach. In einigen Minuten können Sie den Link erneut anfordern, indem Sie das Formular noch einmal senden.",
    confirmTitle: "Antrag bestätigen",
    confirmText:
      "Bitte bestätigen Sie, dass Sie den Antrag auf Mitarbeit gestellt haben. Danach leiten wir ihn weiter.",
    confirmButton: "Antrag jetzt bestätigen",
    confirmedTitle: "Vielen Dank – Ihr Antrag ist bestätigt",
    confirmedText: "Wir haben Ihren Antrag weitergeleitet an:",
    linkInvalidTitle: "Dieser Link ist ungültig",
    linkInvalidText: "Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.",
    linkExpiredTitle: "Dieser Link ist abgelaufen",
    linkExpiredText: "Bitte stellen Sie den Antrag bei Bedarf neu.",
    decideTitle: "Antrag auf Mitarbeit",
    submittedAt: "Eingegangen",
    workTable: "Arbeitstisch",
    decision: "Ihre Entscheidung",
    accept: "Aufnehmen",
    decline: "Ablehnen",
    note: "Anmerkung an die antragstellende Person (optional)",
    decideButton: "Entscheidung senden",
    decidedTitle: "Entscheidung gespeichert",
    decidedText: (accepted: boolean) =>
      accepted
        ? "Sie haben den Antrag angenommen. Die Person wird informiert und ist nun Netzwerkpartner:in."
        : "Sie haben den Antrag abgelehnt. Die Person wird informiert.",
    alreadyDecided: (accepted: boolean) =>
      `Über diesen Antrag wurde bereits entschieden: ${accepted ? "angenommen" : "abgelehnt"}.`,
    conflict: "Über diesen Antrag wurde bereits anders entschieden; die erste Entscheidung gilt.",
    chooseDecision: "Bitte wählen Sie „Aufnehmen“ oder „Ablehnen“.",
  },
  en: {
    formTitle: "Apply to join",
    formIntro:
      "Would you like to join one or more work tables? Fill in the form. You will then receive an email to confirm your application; only then is it passed on to the contact persons.",
    required: "required",
    tables: "Work tables",
    tablesHint: "Choose one or more.",
    name: "Name",
    email: "Email address",
    organisation: "Organisation (optional)",
    organisationType: "Type of organisation",
    choose: "Please choose",
    engagement: "I am involved",
    mandate: "Religious community that sends you",
    mandateHint: "Only for work tables that require the mandate of a religious community (e.g. III).",
    service: "Counselling service",
    serviceHint: "Only for the work tables of state-funded counselling (e.g. V).",
    noService: "No counselling service",
    message: "Message to the contact persons (optional)",
    consent: "Consent",
    honeypot: "Please leave this field empty.",
    submit: "Send application",
    errorSummary: "Please check your details:",
    tooFast: "That was very quick. Please check your details and send the form again.",
    formExpired: "The form was open for more than a day. Your details are kept; please send it again.",
    rateLimited: "Too many applications came from this address in the last hour. Please try again later.",
    sentTitle: "Please confirm your application",
    sentText: (email: string) =>
      `We have sent an email to ${email}. Please open the link in it to confirm your application. The link is valid for ${RETENTION.unconfirmedDays} days.`,
    alreadyOpen: "You already have an open application for these work tables; no second one was created:",
    confirmationResent: (email: string) =>
      `We have sent the confirmation link to ${email} once more. The link in the first email stays valid too.`,
    confirmationPending:
      "If you have not confirmed it yet: the email with the confirmation link is on its way. Please also check your spam folder. In a few minutes you can ask for the link again by sending the form once more.",
    confirmTitle: "Confirm application",
    confirmText: "Please confirm that you applied to join. We will then forward your application.",
    confirmButton: "Confirm application now",
    confirmedTitle: "Thank you – your application is confirmed",
    confirmedText: "We have forwarded your application to:",
    linkInvalidTitle: "This link is not valid",
    linkInvalidText: "Please check that you opened the complete link from the email.",
    linkExpiredTitle: "This link has expired",
    linkExpiredText: "Please apply again if you wish.",
    decideTitle: "Application to join",
    submittedAt: "Received",
    workTable: "Work table",
    decision: "Your decision",
    accept: "Accept",
    decline: "Decline",
    note: "Note to the applicant (optional)",
    decideButton: "Send decision",
    decidedTitle: "Decision saved",
    decidedText: (accepted: boolean) =>
      accepted
        ? "You accepted the application. The person is informed and is now a network partner."
        : "You declined the application. The person is informed.",
    alreadyDecided: (accepted: boolean) =>
      `This application has already been decided: ${accepted ? "accepted" : "declined"}.`,
    conflict: "This application has already been decided differently; the first decision stands.",
    chooseDecision: "Please choose “Accept” or “Decline”.",
  },
} as const;

export type ApplicationTexts = (typeof texts)[Locale];

export function applicationTexts(locale: Locale): ApplicationTexts {
  return texts[locale];
}

/** Friendly messages per form field, instead of a validator's wording. */
export const FIELD_MESSAGES: Record<string, Record<Locale, string>> = {
  workTableIds: { de: "Bitte wählen Sie mindestens einen Arbeitstisch.", en: "Please choose at least one work table." },
  name: {
    de: "Bitte geben Sie Ihren Namen an (eine Zeile, höchstens 120 Zeichen).",
    en: "Please enter your name (one line, at most 120 characters).",
  },
  email: { de: "Bitte geben Sie eine gültige E-Mail-Adresse an.", en: "Please enter a valid email address." },
  organisation: {
    de: "Bitte höchstens 200 Zeichen in einer Zeile.",
    en: "At most 200 characters on one line, please.",
  },
  organisationType: {
    de: "Bitte wählen Sie die Art Ihrer Organisation.",
    en: "Please choose the type of your organisation.",
  },
  engagement: {
    de: "Bitte wählen Sie, ob Sie sich beruflich oder ehrenamtlich engagieren.",
    en: "Please choose whether you are involved professionally or as a volunteer.",
  },
  mandateCommunity: {
    de: "Ein gewählter Arbeitstisch nimmt nur mit Mandat einer Religionsgemeinschaft auf: Bitte nennen Sie die Religionsgemeinschaft.",
    en: "A chosen work table admits only with the mandate of a religious community: please name the community.",
  },
  service: {
    de: "Ein gewählter Arbeitstisch ist nur für staatlich geförderte Beratungsdienste: Bitte wählen Sie Ihren Dienst (MBE oder JMD).",
    en: "A chosen work table is only for state-funded counselling services: please choose your service (MBE or JMD).",
  },
  message: { de: "Bitte höchstens 2000 Zeichen.", en: "At most 2000 characters, please." },
  consent: {
    de: "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
    en: "Please agree to the processing of your details.",
  },
  website: { de: "Bitte lassen Sie dieses Feld leer.", en: "Please leave this field empty." },
};

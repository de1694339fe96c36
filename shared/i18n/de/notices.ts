import type { NoticeKind } from "../../domain/notices.ts";
import { PERSONAL_DATA_RETENTION } from "../../domain/retention.ts";
import { network } from "../network.ts";
import { conferenceWord, tableWord } from "./words.ts";

const R = PERSONAL_DATA_RETENTION;

/**
 * The legal notices until the coordinators write their own, in German (the authoritative language of legal texts):
 * they name the purposes, legal bases, recipients, retention times (from the code's own rules) and rights.
 */
export const DEFAULT_NOTICES: Record<NoticeKind, string> = {
  get impressum() {
    const { office, name } = network();
    return `## Anbieterin
${office.provider}
${office.representative ? `${office.representative}\n` : ""}${office.street}
${office.postcode} ${office.town}

## Verantwortlich für den Inhalt
${office.name}, Koordination des Netzwerks „${name}“ (Anschrift wie oben)

## Hinweis
Diese Angaben sind Vorgaben der Software. Die Koordination prüft und ergänzt sie (Telefon, E-Mail-Adresse, vertretungsberechtigte Person) in der Konsole unter „Hinweise“.`;
  },

  get datenschutz() {
    const { office, name, supervisoryAuthority } = network();
    return `## Wer ist verantwortlich?
Verantwortlich für die Verarbeitung Ihrer Daten auf diesen Seiten ist: ${office.name}, Koordination des Netzwerks „${name}“ (Anschrift im Impressum). Die behördliche Datenschutzbeauftragte oder den Datenschutzbeauftragten erreichen Sie unter derselben Anschrift.

## Wofür verarbeiten wir welche Daten?
- Antrag auf Mitarbeit in ${tableWord().a("dat")}: Name, E-Mail-Adresse, Organisation und ihre Art, beruflich oder ehrenamtlich, Ihre Nachricht; bei ${tableWord().manyDative}, die es verlangen, der Name der Religionsgemeinschaft, die Sie entsendet (nie Ihr eigener Glaube), oder der Beratungsdienst (MBE/JMD). Zweck: die Entscheidung über Ihre Aufnahme. Rechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie mit dem Antrag geben und per E-Mail bestätigen.
- Netzwerkpartner:innen: Name, E-Mail-Adresse, Organisation, ${tableWord().many}, Sprache. Zweck: Einladungen zu den ${conferenceWord().manyDative} und zu den Treffen Ihrer ${tableWord().many}, Ihre Rückmeldungen dazu. Rechtsgrundlage: Ihre Einwilligung bzw. die bei der Übernahme in den Verteiler genannte Rechtsgrundlage.
- Ansprechpartner:innen und Koordination: Name, E-Mail-Adresse, Anmeldungen an der Konsole und was Sie dort ändern (Protokoll). Rechtsgrundlage: Art. 6 Abs. 1 lit. e DSGVO (Aufgabe im öffentlichen Interesse).

## Wer erhält Ihre Daten?
Die Ansprechpartner:innen der ${tableWord().many}, für die Sie sich bewerben oder denen Sie angehören, und die Koordination. Die Daten werden bei Amazon Web Services (AWS) in der Region Frankfurt (eu-central-1) gespeichert und E-Mails über Amazon SES versendet; AWS ist Auftragsverarbeiter (Art. 28 DSGVO). Eine Übermittlung in ein Drittland findet nicht statt.

## Wie lange speichern wir?
- Unbestätigte Anträge: ${R.unconfirmedDays} Tage.
- Abgelehnte Anträge: ${R.declinedMonths} Monate nach der Entscheidung.
- Angenommene Anträge: ${R.acceptedYears} Jahre nach der Entscheidung; der Eintrag als Netzwerkpartner:in bleibt, solange Sie dabei sind.
- Netzwerkpartner:innen, die sich von allen E-Mails abgemeldet haben oder ${tableWord().no("dat")} mehr angehören: ${R.leftPartnerYears} Jahr danach gelöscht.
- Aufzeichnungen über versandte E-Mails: ${R.sentMailDays} Tage, über fehlgeschlagene ${R.failedMailDays} Tage.
- Anmeldelinks und Sitzungen der Konsole: bis zu ihrem Ablauf.
- Anwesenheitslisten der Treffen und Tagungen: ${R.attendanceYears} Jahre nach dem Termin; wird Ihr Eintrag gelöscht, bleibt nur Ihre Organisation mit dem Vermerk „(gelöscht)“.
- Protokolle der Treffen und Tagungen mit Beschlüssen und Aufgaben: ${R.minutesYears} Jahre nach dem Termin; wird Ihr Eintrag gelöscht, steht dort „(gelöscht)“ statt Ihres Namens.
- Protokoll der Änderungen: ${R.auditYears} Jahre.

## Ihre Rechte
Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen; von allen E-Mails des Netzwerks melden Sie sich mit dem Link in jeder Einladung ab. Wenden Sie sich dafür an die Koordination (Anschrift im Impressum). Sie können sich bei der Aufsichtsbehörde beschweren: ${supervisoryAuthority}.

## Technisches
Die Seiten setzen ein Cookie nur, wenn Sie sich an der Konsole anmelden (die Sitzung). Es gibt keine Analyse- oder Werbedienste, keine Schriften oder Skripte von anderen Servern. Protokolle der Server enthalten keine Namen oder Adressen.`;
  },

  get barrierefreiheit() {
    return `## Stand der Vereinbarkeit
Die Anbieterin dieser Seiten (${network().office.provider}) ist bemüht, diese Seiten im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Seiten des Netzwerks Migration und ihre Konsole.

Die Seiten sind nach unserer Prüfung mit den Anforderungen der WCAG 2.1 (Stufen A und AA) vereinbar: Jede Seite wird bei jeder Änderung der Software automatisch geprüft (axe-core), sie funktioniert ohne JavaScript, mit der Tastatur und mit Bildschirmlesern und ist auf einem 390 Pixel breiten Telefon ohne seitliches Blättern lesbar.

## Nicht barrierefreie Inhalte
Derzeit sind keine bekannt. Die öffentlichen Seiten, das Antragsformular und die E-Mails an Antragstellende gibt es auf Deutsch, Englisch, Ukrainisch, Russisch, Arabisch und Türkisch; die Übersetzungen sind maschinell erstellt und werden noch geprüft, maßgeblich ist der deutsche Text. Eine Erklärung des Netzwerks in Leichter Sprache steht unter /leichte-sprache.

## Feedback und Kontakt
Sind Ihnen Mängel aufgefallen? Schreiben Sie der Koordination des Netzwerks (Anschrift im Impressum). Wir antworten innerhalb von sechs Wochen.

## Schlichtungsverfahren
Wenn Sie auf Ihre Mitteilung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach § 16 BGG bei der oder dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen wenden (www.schlichtungsstelle-bgg.de) oder an die für Mecklenburg-Vorpommern zuständige Stelle.

## Erstellung dieser Erklärung
Diese Erklärung wurde mit der Software erstellt und von der Koordination geprüft.`;
  },
};

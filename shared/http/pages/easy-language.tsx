import type { PublicWorkTable } from "../../domain/work-table.ts";
import { Layout } from "./layout.tsx";

/**
 * The network in Leichte Sprache (easy German), as BITV 2.0 expects of public bodies' sites: short sentences, one
 * statement each, hard words explained where they first appear. German only: Leichte Sprache is a form of German.
 * The work tables are the network's own data (their names stay as the network writes them).
 */
export function EasyLanguagePage(props: { tables: PublicWorkTable[] }) {
  return (
    <Layout
      locale="de"
      title="Das Netzwerk in Leichter Sprache"
      path="/leichte-sprache"
      languages={["de"]}
      alternates={false}
    >
      <h1 id="page-title">Das Netzwerk in Leichter Sprache</h1>

      <h2>Was ist das Netzwerk?</h2>
      <p>Viele Menschen kommen aus anderen Ländern nach Schwerin.</p>
      <p>Viele Menschen und Gruppen in Schwerin helfen ihnen.</p>
      <p>Diese Menschen und Gruppen arbeiten zusammen.</p>
      <p>Sie heißen zusammen: Netzwerk Migration Schwerin.</p>
      <p>
        <strong>Migration</strong> heißt: Menschen ziehen von einem Land in ein anderes Land.
      </p>
      <p>Im Netzwerk sind zum Beispiel Vereine, Ämter und Beratungs-Stellen.</p>
      <p>Auch einzelne Menschen machen mit.</p>
      <p>Manche machen das als Arbeit.</p>
      <p>Manche machen das freiwillig.</p>
      <p>
        <strong>Freiwillig</strong> heißt: Sie bekommen dafür kein Geld.
      </p>
      <p>Die Stadt Schwerin leitet das Netzwerk.</p>
      <p>Das macht die Fach-Stelle Chancen-Gleichheit.</p>

      <h2>Was sind Arbeits-Tische?</h2>
      <p>Das Netzwerk arbeitet in Gruppen.</p>
      <p>
        Die Gruppen heißen <strong>Arbeits-Tische</strong>.
      </p>
      <p>Jeder Arbeits-Tisch hat ein Thema.</p>
      <p>Jeder Arbeits-Tisch trifft sich mehrmals im Jahr.</p>
      <p>Jeder Arbeits-Tisch hat eine Ansprech-Person.</p>
      <p>Die Ansprech-Person beantwortet Ihre Fragen.</p>
      {props.tables.length > 0 ? (
        <>
          <p>Diese Arbeits-Tische gibt es:</p>
          <ul>
            {props.tables.map((table) => (
              <li>
                <a href={`/arbeitstische/${table.id}`}>
                  Arbeits-Tisch {table.numeral}: {table.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>Manche Arbeits-Tische sind nur für bestimmte Gruppen.</p>
      <p>Das steht bei dem Arbeits-Tisch.</p>

      <h2>Was sind die Tagungen?</h2>
      <p>Zwei Mal im Jahr treffen sich alle im Netzwerk.</p>
      <p>Einmal im Frühling.</p>
      <p>Einmal im Herbst.</p>
      <p>
        Diese Treffen heißen <strong>Tagungen</strong>.
      </p>
      <p>Alle im Netzwerk bekommen eine Einladung per E-Mail.</p>

      <h2>Wie kann ich mitmachen?</h2>
      <ol>
        <li>Sie suchen einen Arbeits-Tisch aus. Oder mehrere.</li>
        <li>
          Sie füllen das <a href="/antrag">Formular</a> aus.
        </li>
        <li>Sie bekommen eine E-Mail.</li>
        <li>In der E-Mail ist ein Link. Sie klicken auf den Link.</li>
        <li>Dann bekommt die Ansprech-Person Ihren Antrag.</li>
        <li>Die Ansprech-Person entscheidet.</li>
        <li>Sie bekommen wieder eine E-Mail. Darin steht die Antwort.</li>
      </ol>
      <p>
        Ein <strong>Antrag</strong> ist eine Bitte: Ich möchte mitmachen.
      </p>
      <p>Sie können sich jederzeit wieder abmelden.</p>
      <p>Dafür ist in jeder E-Mail ein Link.</p>

      <h2>Was passiert mit meinen Daten?</h2>
      <p>Wir speichern Ihren Namen und Ihre E-Mail-Adresse.</p>
      <p>Nur die Ansprech-Person und die Stadt sehen Ihre Daten.</p>
      <p>
        Mehr dazu steht in der <a href="/datenschutz">Datenschutz-Erklärung</a>.
      </p>
    </Layout>
  );
}

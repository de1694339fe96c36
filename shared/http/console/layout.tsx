import type { Child } from "hono/jsx";
import type { Locale } from "../../domain/locale.ts";
import { CONSOLE_LOCALES, consoleLocaleOf } from "../../domain/locale.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { network } from "../../i18n/network.ts";
import { pageTexts } from "../../i18n/web.ts";
import { PageShell } from "../ui/layout.tsx";

/** The console's sections for coordinators, in the order of the navigation. */
export const SECTIONS = [
  ["overview", "/konsole"],
  ["applications", "/konsole/antraege"],
  ["workTables", "/konsole/arbeitstische"],
  ["partners", "/konsole/partner"],
  ["conferences", "/konsole/tagungen"],
  ["mails", "/konsole/mails"],
  ["report", "/konsole/bericht"],
  ["audit", "/konsole/protokoll"],
  ["notices", "/konsole/hinweise"],
  ["network", "/konsole/netzwerk"],
  ["people", "/konsole/personen"],
  ["coordinators", "/konsole/koordination"],
  ["account", "/konsole/zugang"],
] as const;

/** What a contact person sees: their tables (the overview) and their access. */
export const CONTACT_SECTIONS = [
  ["myTables", "/konsole"],
  ["account", "/konsole/zugang"],
] as const;

/** The coordinators' sections: a contact person gets 403 there. */
export const COORDINATOR_PATHS = SECTIONS.map(([, path]) => path).filter(
  (path) => path !== "/konsole" && path !== "/konsole/zugang",
);

export type Section = (typeof SECTIONS)[number][0] | (typeof CONTACT_SECTIONS)[number][0];

/** A console link in the reader's language (German needs no parameter). */
export const href = (path: string, locale: Locale) =>
  locale === "de" ? path : `${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;

/** Every console page: the navigation, who is signed in with the sign-out button, the language switch. */
export function ConsoleLayout(props: {
  locale: Locale;
  title: string;
  /** The page's own path, for the language switch (without a query: nothing personal in it). */
  path: string;
  section?: Section;
  signedIn?: { email: string; csrfToken: string; coordinator: boolean };
  children: Child;
}) {
  const t = consoleTexts(props.locale);
  const p = pageTexts(consoleLocaleOf(props.locale));
  const sections = props.signedIn?.coordinator ? SECTIONS : CONTACT_SECTIONS;
  const links = (
    <ul>
      {sections.map(([section, path]) => (
        <li>
          <a href={href(path, props.locale)} aria-current={props.section === section ? "page" : undefined}>
            {t.nav[section]}
          </a>
        </li>
      ))}
    </ul>
  );
  const current = sections.find(([section]) => section === props.section);
  const nav = props.signedIn ? (
    <nav class="console" aria-label={t.consoleNav}>
      {/* On a phone the coordinators' eleven sections fold into a menu (no script: a details element); the
          other list is hidden there, this one on wider screens. */}
      {props.signedIn.coordinator ? (
        <details class="menu">
          <summary>{current ? `${t.menu}: ${t.nav[current[0]]}` : t.menu}</summary>
          {links}
        </details>
      ) : null}
      <div class={props.signedIn.coordinator ? "wide" : undefined}>{links}</div>
      <form method="post" action={href("/konsole/abmelden", props.locale)} class="actions">
        <input type="hidden" name="_csrf" value={props.signedIn.csrfToken} />
        <span>{t.signedInAs(props.signedIn.email)}</span>
        <button type="submit" class="secondary">
          {t.signOut}
        </button>
      </form>
    </nav>
  ) : null;
  return (
    <PageShell
      locale={consoleLocaleOf(props.locale)}
      documentTitle={`${props.title} – ${t.console} – ${network().shortName}`}
      path={props.path}
      site={`${p.network} · ${t.console}`}
      nav={nav}
      noindex
      languages={CONSOLE_LOCALES}
      alternates={false}
    >
      <h1 id="page-title">{props.title}</h1>
      {props.children}
    </PageShell>
  );
}

/** A short message at the top of a page: what just happened. */
export function Notice(props: { children: Child }) {
  return (
    <div class="notice" role="status">
      <p>{props.children}</p>
    </div>
  );
}

/** The hidden CSRF field every console form carries. */
export function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

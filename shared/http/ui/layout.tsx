import { createHash } from "node:crypto";
import type { Child } from "hono/jsx";
import { directionOf, LOCALES, type Locale } from "../../domain/locale.ts";
import { NOTICE_KINDS, NOTICE_PATHS } from "../../domain/notices.ts";
import { labelsOf } from "../../i18n/labels.ts";
import { LANGUAGE_NAMES } from "../../i18n/languages.ts";
import { network, networkLogo } from "../../i18n/network.ts";
import { pageTexts } from "../../i18n/web.ts";
import { stylesheetHref } from "./assets.ts";

/** The page at `path` in `locale` (German is the default and needs no parameter). */
export const languageHref = (path: string, locale: Locale) => (locale === "de" ? path : `${path}?lang=${locale}`);

const styles = new Map<string, { style: string; source: string }>();
/**
 * The pages' one inline style block: the network's colour (its profile, or as a coordinator saved it; white text
 * on it is checked for 4.5:1), which the stylesheet (site.scss, KERN) uses for the header and as KERN's action
 * colour. Everything else is in the cached stylesheet. Made, with its hash for the CSP, once per colour.
 */
function styleOf(colour: string) {
  let made = styles.get(colour);
  if (!made) {
    const style = `:root{--primary:${colour}}`;
    made = { style, source: `'sha256-${createHash("sha256").update(style).digest("base64")}'` };
    styles.set(colour, made);
  }
  return made;
}

/** The pages' one inline style block: the network's colour. */
export const pageStyle = () => styleOf(network().colour).style;

/** The pages' one inline style block, allowed by its hash (beside the site's own stylesheet); no script. */
export const styleSource = () => styleOf(network().colour).source;

/**
 * What every page has, public or console: the head with the stylesheet and the colour's style block, the skip link, the header with the
 * network's name and the language switch, `nav` (the console's sections), main, and the footer.
 */
export function PageShell(props: {
  locale: Locale;
  /** The document's title, complete. */
  documentTitle: string;
  /** The page's own path, for the language switch (without a query: nothing personal in it). */
  path: string;
  /** The name in the header. */
  site: string;
  nav?: Child;
  labelledBy?: string;
  noindex?: boolean;
  /** The languages the switch offers. @default every language */
  languages?: readonly Locale[];
  /** `false` for pages without language versions of their own (no hreflang alternates). */
  alternates?: boolean;
  children: Child;
}) {
  const t = pageTexts(props.locale);
  const logo = networkLogo()?.path;
  return (
    <html lang={props.locale} dir={directionOf(props.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{props.documentTitle}</title>
        {props.alternates === false
          ? null
          : LOCALES.map((code) => <link rel="alternate" hreflang={code} href={languageHref(props.path, code)} />)}
        <link rel="stylesheet" href={stylesheetHref()} />
        <style dangerouslySetInnerHTML={{ __html: pageStyle() }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a header directly in body is the banner landmark, which may be labelled */}
        <header aria-label={t.headerLabel}>
          <p>
            {/* The name beside it says what the logo says: decorative for a screen reader. */}
            {logo ? <img class="logo" src={logo} alt="" /> : null}
            {props.site}
          </p>
          <nav aria-label={t.languageNav}>
            <ul>
              {(props.languages ?? LOCALES).map((code) =>
                code === props.locale ? (
                  <li>
                    <span aria-current="true" lang={code} dir={directionOf(code)}>
                      <strong>{LANGUAGE_NAMES[code]}</strong>
                    </span>
                  </li>
                ) : (
                  <li>
                    <a href={languageHref(props.path, code)} hreflang={code} lang={code} dir={directionOf(code)}>
                      {LANGUAGE_NAMES[code]}
                    </a>
                  </li>
                ),
              )}
            </ul>
          </nav>
        </header>
        {props.nav}
        <main id="main" aria-labelledby={props.labelledBy ?? "page-title"}>
          {props.children}
        </main>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a footer directly in body is the contentinfo landmark, which may be labelled */}
        <footer aria-label={t.footerLabel}>
          <p>{t.footer}</p>
          <nav aria-label={t.legalNav}>
            <ul class="actions">
              <li>
                <a href="/leichte-sprache" hreflang="de" lang="de">
                  {t.easyLanguageLink}
                </a>
              </li>
              {NOTICE_KINDS.map((kind) => (
                <li>
                  <a href={props.locale === "de" ? NOTICE_PATHS[kind] : `${NOTICE_PATHS[kind]}?lang=${props.locale}`}>
                    {labelsOf(props.locale).noticeTitles[kind]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}

/** A public page. */
export function Layout(props: {
  locale: Locale;
  title: string;
  path: string;
  labelledBy?: string;
  /** The languages this page exists in. @default every language */
  languages?: readonly Locale[];
  alternates?: boolean;
  children: Child;
}) {
  const t = pageTexts(props.locale);
  return (
    <PageShell
      locale={props.locale}
      documentTitle={`${props.title} – ${network().shortName}`}
      path={props.path}
      site={t.network}
      {...(props.labelledBy ? { labelledBy: props.labelledBy } : {})}
      {...(props.languages ? { languages: props.languages } : {})}
      {...(props.alternates === undefined ? {} : { alternates: props.alternates })}
    >
      {props.children}
    </PageShell>
  );
}

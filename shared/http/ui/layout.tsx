import { createHash } from "node:crypto";
import type { Child } from "hono/jsx";
import { directionOf, LOCALES, type Locale } from "../../domain/locale.ts";
import { NOTICE_KINDS, NOTICE_PATHS } from "../../domain/notices.ts";
import { labelsOf } from "../../i18n/labels.ts";
import { LANGUAGE_NAMES } from "../../i18n/languages.ts";
import { network } from "../../i18n/network.ts";
import { pageTexts } from "../../i18n/web.ts";

// Inline, so a page is one request and works without JavaScript; the CSP allows exactly this block by hash. The
// network's colour (its profile; white text on it is checked for 4.5:1) marks the header.
const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:60rem;padding:0 1rem;overflow-wrap:break-word;hyphens:auto}
h1,h2,h3{line-height:1.25}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;top:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem 1rem;border-bottom:.3rem solid var(--primary);padding:.5rem 0}
header>p:first-of-type{background:var(--primary);color:#fff;padding:.1rem .5rem;border-radius:.2rem}
header p{font-weight:700;margin:0}
header ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;margin:0;padding:0}header a,footer a{display:inline-block;min-height:1.5rem;padding-block:.1rem}
.work-table,.card{border:1px solid;border-radius:.5rem;padding:0 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.25rem 1rem}dt{font-weight:700}dd{margin:0;min-width:0}
footer{border-top:1px solid;margin-top:2rem;padding:1rem 0;font-size:.9rem}
form .field,form fieldset{margin:1rem 0}fieldset{border:1px solid;border-radius:.5rem;min-width:0}
label{display:block;font-weight:600}.choice label{display:inline;font-weight:400}
input[type=text],input[type=search],input[type=email],input[type=url],input[type=date],input[type=time],input[type=number],input[type=file],select,textarea{display:block;width:100%;max-width:36rem;box-sizing:border-box;font:inherit;padding:.3rem}
input[type=checkbox],input[type=radio]{width:1.5rem;height:1.5rem;vertical-align:middle;margin-block:.2rem;margin-inline:0 .4rem}
.hint{margin:.2rem 0;font-size:.9rem}.required{font-weight:400;font-size:.9rem}
.error{color:#b00020;font-weight:600;margin:.2rem 0}[aria-invalid=true]{border:2px solid #b00020}
.error-summary{border:3px solid #b00020;padding:0 1rem;margin:1rem 0}
.notice{border-inline-start:.4rem solid var(--primary);padding:.2rem 1rem;margin:1rem 0}
.hp{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
button,.button{font:inherit;padding:.5rem 1.2rem;cursor:pointer;display:inline-block;min-height:2.75rem}
.inline{display:inline}.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:1rem 0;list-style:none;padding:0}
.facts{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.25rem 1rem}.pre{white-space:pre-line}
pre{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid;padding:.5rem}.hash{overflow-wrap:anywhere;font-size:.85rem}
nav.console ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0}
nav.console a[aria-current=page]{font-weight:700}
nav.console details.menu{display:none;margin:.5rem 0}nav.console summary{cursor:pointer;padding:.6rem 0;font-weight:600}
nav.console details.menu ul{flex-direction:column}
table{border-collapse:collapse;width:100%}th,td{text-align:start;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem}
.counts .card p{margin:.5rem 0}.big{font-size:1.6rem;font-weight:700}
iframe{width:100%;height:32rem;border:1px solid}
.qr svg{width:14rem;max-width:100%;height:auto;background:#fff}.recovery-codes{columns:2;font-size:1.1rem}
@media (max-width:40rem){
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table.stack tr{display:block;border:1px solid;border-radius:.5rem;margin:.75rem 0;padding:.25rem .5rem}
table.stack td{display:block;border:0;padding:.15rem 0}
table.stack td::before{content:attr(data-label) ": ";font-weight:700}
dl,.facts{grid-template-columns:minmax(0,1fr)}dd{margin-bottom:.4rem}
nav.console details.menu{display:block}nav.console .wide{display:none}
}
`;

/** The page at `path` in `locale` (German is the default and needs no parameter). */
export const languageHref = (path: string, locale: Locale) => (locale === "de" ? path : `${path}?lang=${locale}`);

const styles = new Map<string, { style: string; source: string }>();
/** The style block for the network's colour, and its hash: made once per colour. */
function styleOf(colour: string) {
  let made = styles.get(colour);
  if (!made) {
    const style = `:root{--primary:${colour}}${STYLE}`;
    made = { style, source: `'sha256-${createHash("sha256").update(style).digest("base64")}'` };
    styles.set(colour, made);
  }
  return made;
}

/** The pages' one inline style block, with the network's colour. */
export const pageStyle = () => styleOf(network().colour).style;

/** The pages' one inline style block, allowed by its hash: no other style, no script. */
export const styleSource = () => styleOf(network().colour).source;

/**
 * What every page has, public or console: the head with the one style block, the skip link, the header with the
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
        <style dangerouslySetInnerHTML={{ __html: pageStyle() }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a header directly in body is the banner landmark, which may be labelled */}
        <header aria-label={t.headerLabel}>
          <p>{props.site}</p>
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

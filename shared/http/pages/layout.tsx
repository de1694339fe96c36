import type { Child } from "hono/jsx";
import type { Locale } from "../../domain/work-table.ts";
import { pageTexts } from "./texts.ts";

// Inline, so a page is one request and works without JavaScript; the CSP allows exactly this block by hash.
export const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0 auto;max-width:52rem;padding:0 1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;border-bottom:1px solid;padding:.5rem 0}
header p{font-weight:700;margin:0}
.work-table{border:1px solid;border-radius:.5rem;padding:0 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0}
footer{border-top:1px solid;margin-top:2rem;padding:1rem 0;font-size:.9rem}
form .field,form fieldset{margin:1rem 0}fieldset{border:1px solid;border-radius:.5rem}
label{display:block;font-weight:600}.choice label{display:inline;font-weight:400}
input[type=text],input[type=email],select,textarea{display:block;width:100%;max-width:36rem;font:inherit;padding:.3rem}
.hint{margin:.2rem 0;font-size:.9rem}.required{font-weight:400;font-size:.9rem}
.error{color:#b00020;font-weight:600;margin:.2rem 0}[aria-invalid=true]{border:2px solid #b00020}
.error-summary{border:3px solid #b00020;padding:0 1rem;margin:1rem 0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;padding:.5rem 1.2rem;cursor:pointer}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}.pre{white-space:pre-line}
`;

export function Layout(props: { locale: Locale; title: string; path: string; labelledBy?: string; children: Child }) {
  const t = pageTexts(props.locale);
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – Netzwerk Migration`}</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skip}
        </a>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a header directly in body is the banner landmark, which may be labelled */}
        <header aria-label={t.headerLabel}>
          <p>{t.network}</p>
          <nav aria-label={t.languageNav}>
            <a
              href={`${props.path}?lang=${t.otherLanguage.code}`}
              hreflang={t.otherLanguage.code}
              lang={t.otherLanguage.code}
            >
              {t.otherLanguage.label}
            </a>
          </nav>
        </header>
        <main id="main" aria-labelledby={props.labelledBy ?? "page-title"}>
          {props.children}
        </main>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: a footer directly in body is the contentinfo landmark, which may be labelled */}
        <footer aria-label={t.footerLabel}>
          <p>{t.footer}</p>
        </footer>
      </body>
    </html>
  );
}

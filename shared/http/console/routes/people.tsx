import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { Locale } from "../../../domain/locale.ts";
import { emailAddress } from "../../../domain/text.ts";
import { type ConsoleTexts, consoleTexts } from "../../../i18n/console.ts";
import { erasePerson, type PersonData, readPersonData } from "../../../use-cases/person-data.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AppDependencies } from "../../base.ts";
import { ErrorSummary, Field } from "../../ui/form-parts.tsx";
import { Csrf, href, Notice } from "../layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "../parts.tsx";

/**
 * A person's data on request (Art. 15 and 17 DSGVO): a coordinator enters an address (by POST: it never goes into
 * a URL), sees everything stored about it, downloads it as JSON, and can erase it after a confirmation step.
 */
export function peopleRoutes(deps: AppDependencies, now: () => Date) {
  const csrfOf = (c: Context<AppEnv>) => c.var.principal.session?.csrfToken ?? "";

  const form = (
    c: Context<AppEnv>,
    state: { email?: string; error?: string; notice?: string } = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = consoleTexts(c.var.locale);
    return consolePage(
      c,
      { title: t.peopleTitle, path: "/konsole/personen", section: "people" },
      <>
        {state.notice ? <Notice>{state.notice}</Notice> : null}
        <ErrorSummary heading={t.fieldsInvalid} formError={state.error} errors={[]} />
        <p>{t.peopleIntro}</p>
        <form method="post" action={href("/konsole/personen", c.var.locale)} novalidate>
          <Csrf token={csrfOf(c)} />
          <Field
            id="field-email"
            label={t.email}
            required={t.required}
            control={(a) => <input type="email" name="email" maxlength={254} value={state.email ?? ""} {...a} />}
          />
          <p>
            <button type="submit">{t.showData}</button>
          </p>
        </form>
      </>,
      status,
    );
  };

  const readAddress = (c: Context<AppEnv>) => emailAddress().safeParse(field(c.var.form, "email"));

  return new Hono<AppEnv>()
    .get("/", (c) => form(c))
    .post("/", async (c) => {
      const t = consoleTexts(c.var.locale);
      const address = readAddress(c);
      if (!address.success) return form(c, { email: field(c.var.form, "email"), error: t.emailInvalid }, 422);
      const data = await readPersonData(deps, address.data, c.var.principal.email, "read", now());
      return consolePage(
        c,
        { title: t.personTitle(address.data), path: "/konsole/personen", section: "people" },
        <PersonPage t={t} locale={c.var.locale} data={data} csrf={csrfOf(c)} />,
      );
    })
    .post("/export.json", async (c) => {
      const t = consoleTexts(c.var.locale);
      const address = readAddress(c);
      if (!address.success) return form(c, { error: t.emailInvalid }, 422);
      const data = await readPersonData(deps, address.data, c.var.principal.email, "export", now());
      return c.body(JSON.stringify(data, null, 2), 200, {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="auskunft.json"',
        "Cache-Control": "no-store",
      });
    })
    .post("/loeschen", async (c) => {
      const t = consoleTexts(c.var.locale);
      const locale = c.var.locale;
      const address = readAddress(c);
      if (!address.success) return form(c, { error: t.emailInvalid }, 422);
      if (field(c.var.form, "bestaetigt") !== "ja") {
        return consolePage(
          c,
          { title: t.eraseTitle, path: "/konsole/personen", section: "people" },
          <>
            <p>{t.eraseConfirm(address.data)}</p>
            <ButtonForm
              action={href("/konsole/personen/loeschen", locale)}
              csrf={csrfOf(c)}
              label={t.eraseButton}
              fields={{ email: address.data, bestaetigt: "ja" }}
            />
            <p>
              <a href={href("/konsole/personen", locale)}>{t.cancel}</a>
            </p>
          </>,
        );
      }
      const outcome = await erasePerson(deps, address.data, c.var.principal.email, now());
      if (outcome.kind === "refused") {
        return form(
          c,
          { email: address.data, error: outcome.reason === "contact" ? t.eraseContact : t.eraseCoordinator },
          409,
        );
      }
      return form(c, { notice: t.erased(outcome.deleted, outcome.anonymised) });
    });
}

function PersonPage(props: { t: ConsoleTexts; locale: Locale; data: PersonData; csrf: string }) {
  const { t, locale, data } = props;
  const when = (iso: string | undefined) => berlinDateTime(iso, locale);
  return (
    <>
      <ul class="actions">
        <li>
          <ButtonForm
            action={href("/konsole/personen/export.json", locale)}
            csrf={props.csrf}
            label={t.downloadJson}
            fields={{ email: data.person }}
          />
        </li>
        <li>
          <ButtonForm
            action={href("/konsole/personen/loeschen", locale)}
            csrf={props.csrf}
            label={t.eraseTitle}
            fields={{ email: data.person }}
          />
        </li>
      </ul>
      <h2>{t.partnerRecord}</h2>
      {data.partner ? (
        <dl class="facts">
          <dt>{t.name}</dt>
          <dd>{data.partner.name}</dd>
          <dt>{t.organisation}</dt>
          <dd>{data.partner.organisation ?? "–"}</dd>
          <dt>{t.tables}</dt>
          <dd>{data.partner.workTables.join(", ") || "–"}</dd>
          <dt>{t.mailingList}</dt>
          <dd>{data.partner.unsubscribedAt ? t.unsubscribedSince(when(data.partner.unsubscribedAt)) : t.subscribed}</dd>
          <dt>{t.source}</dt>
          <dd>
            {data.partner.source === "import" ? t.sourceImport : t.sourceApplication}, {when(data.partner.createdAt)}
          </dd>
        </dl>
      ) : (
        <p>{t.none}</p>
      )}
      <h2>{t.applicationsTitle}</h2>
      <StackTable
        caption={t.applicationsTitle}
        empty={t.none}
        rows={data.applications}
        columns={[
          { label: t.workTable, cell: (a) => a.workTableId },
          { label: t.status, cell: (a) => t.applicationStatus[a.status] },
          { label: t.submitted, cell: (a) => when(a.createdAt) },
          { label: t.consentGiven, cell: (a) => `${a.consent.textVersion}, ${when(a.consent.givenAt)}` },
        ]}
      />
      <h2>{t.rsvp}</h2>
      <StackTable
        caption={t.rsvp}
        empty={t.none}
        rows={data.rsvps}
        columns={[
          { label: t.title, cell: (r) => r.conference },
          { label: t.answer, cell: (r) => (r.answer === "yes" ? t.rsvpYes : t.rsvpNo) },
          { label: t.answeredAt, cell: (r) => when(r.answeredAt) },
        ]}
      />
      <h2>{t.attendanceHeading}</h2>
      <StackTable
        caption={t.attendanceHeading}
        empty={t.none}
        rows={data.attendance}
        columns={[
          { label: t.title, cell: (a) => a.conference },
          { label: t.status, cell: (a) => t.attendanceStatuses[a.status] },
          { label: t.attendanceDeputy, cell: (a) => a.deputy ?? "–" },
          { label: t.at, cell: (a) => when(a.recordedAt) },
        ]}
      />
      <h2>{t.mailsTitle}</h2>
      <StackTable
        caption={t.mailsTitle}
        empty={t.none}
        rows={data.mails}
        columns={[
          { label: t.subject, cell: (m) => m.subject },
          { label: t.recipient, cell: (m) => m.to.join(", ") },
          { label: t.status, cell: (m) => m.status },
          { label: t.at, cell: (m) => when(m.sentAt ?? m.createdAt) },
        ]}
      />
      <h2>{t.accessTitle}</h2>
      <dl class="facts">
        <dt>{t.coordinatorsTitle}</dt>
        <dd>{data.coordinator ? t.yes : t.no}</dd>
        <dt>{t.contact}</dt>
        <dd>{data.contactOf.map((c) => c.workTable).join(", ") || "–"}</dd>
        <dt>{t.sessions}</dt>
        <dd>{String(data.sessions.length)}</dd>
        <dt>{t.apiTokens}</dt>
        <dd>{String(data.apiTokens.length)}</dd>
        <dt>{t.secondFactorTitle}</dt>
        <dd>{data.secondFactor?.authenticator ? t.authenticator(data.secondFactor.authenticator.name) : "–"}</dd>
        <dt>{t.suppressionsTitle}</dt>
        <dd>{data.suppression ? t.suppressionReason[data.suppression.reason as "bounce"] : "–"}</dd>
      </dl>
      <h2>{t.auditTitle}</h2>
      <StackTable
        caption={t.auditTitle}
        empty={t.none}
        rows={data.auditEntries}
        columns={[
          { label: t.at, cell: (e) => when(e.at) },
          { label: t.actor, cell: (e) => e.actor },
          { label: t.action, cell: (e) => e.action },
        ]}
      />
    </>
  );
}

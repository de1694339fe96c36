import type { Context } from "hono";
import type { Conference } from "../../domain/conference.ts";
import { germanSpreadsheet, spreadsheetTime } from "../../domain/partner-csv.ts";
import { EVENT_LIST } from "../../domain/places.ts";
import { consoleTexts } from "../../i18n/console.ts";
import { dateTimeRange } from "../../i18n/format.ts";
import {
  type CheckInDeps,
  checkIn,
  type ListDeps,
  moveUp,
  type RegistrationRow,
  registrationLists,
  removeRegistration,
} from "../../use-cases/registration-lists.ts";
import type { AppEnv } from "../app-env.ts";
import { Field } from "../ui/form-parts.tsx";
import type { AgendaPlace } from "./agenda.tsx";
import { Csrf, href, Notice } from "./layout.tsx";
import { ButtonForm, berlinDateTime, consolePage, field, StackTable } from "./parts.tsx";

/**
 * An event's places in the console (issue 22): the counts per list, who has a place, who waits (in order, with
 * "to the top" and "remove"), who cancelled; the German CSV; closing registration; and the door's check-in page
 * (by the QR code's link, a typed code or a name). The same use cases as the API's.
 */

const workshopsOf = (event: Conference, row: RegistrationRow, status: Record<string, string>) =>
  row.workshops
    .map((pick) => {
      const workshop = event.workshops?.find((w) => w.id === pick.id);
      const standing = pick.position ? `${status[pick.status]} ${pick.position}` : status[pick.status];
      return workshop ? `${workshop.slot}: ${workshop.title} (${standing})` : "";
    })
    .filter(Boolean)
    .join("; ");

export async function registrationsPage(
  c: Context<AppEnv>,
  deps: ListDeps,
  event: Conference,
  place: AgendaPlace,
  notice?: string,
  status: 200 | 409 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const p = t.places;
  const lists = await registrationLists(deps, event, new Date());
  const csrf = c.var.principal.session?.csrfToken ?? "";
  const path = `${place.eventPath}/anmeldungen`;
  const planned = event.status === "planned";
  const rows = (status: RegistrationRow["status"]) => lists.rows.filter((row) => row.status === status);
  const person = (row: RegistrationRow) => (
    <>
      {row.name}
      {row.deputy ? ` (${t.deputyFor(row.deputy, row.name)})` : ""}
    </>
  );
  const remove = (row: RegistrationRow) =>
    planned ? (
      <ButtonForm
        action={href(`${path}/entfernen`, c.var.locale)}
        csrf={csrf}
        label={p.remove}
        fields={{ email: row.email }}
      />
    ) : null;
  return consolePage(
    c,
    { title: p.title(event.title), path, section: place.section },
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <p>
        {dateTimeRange(event.startsAt, event.endsAt, c.var.locale)}, {event.location}
      </p>
      <ul class="actions">
        <li>
          <a href={href(place.eventPath, c.var.locale)}>{t.back}</a>
        </li>
        <li>
          <a href={href(`${path}.csv`, c.var.locale)}>{p.csv}</a>
        </li>
        <li>
          <a href={href(`${place.eventPath}/einlass`, c.var.locale)}>{p.checkIn}</a>
        </li>
        {planned ? (
          <li>
            <a href={href(`${place.eventPath}/bearbeiten#places`, c.var.locale)}>{p.addPlaces}</a>
          </li>
        ) : null}
      </ul>
      <p class="no-print">{p.printHint}</p>
      <StackTable
        caption={p.placesCaption}
        columns={[
          { label: p.list, cell: (l) => (l.id === EVENT_LIST ? p.eventList : `${l.slot}: ${l.title}`) },
          { label: p.capacityColumn, cell: (l) => l.capacity?.toString() ?? p.unlimited },
          { label: p.confirmedColumn, cell: (l) => l.confirmed.toString() },
          { label: p.waitingColumn, cell: (l) => l.waitlisted.toString() },
        ]}
        rows={lists.places}
        empty={p.nobody}
      />
      <p>{lists.registrationOpen ? p.open : p.closedNow}</p>
      {lists.registrationOpen && planned ? (
        <ButtonForm
          action={href(`${path}/schliessen`, c.var.locale)}
          csrf={csrf}
          label={p.close}
          fields={{ version: event.updatedAt }}
        />
      ) : null}
      <h2>{p.confirmedHeading}</h2>
      <StackTable
        caption={p.confirmedHeading}
        columns={[
          { label: p.name, cell: person },
          { label: p.organisation, cell: (row) => row.organisation ?? "" },
          ...(event.workshops?.length
            ? [{ label: p.workshopsColumn, cell: (row: RegistrationRow) => workshopsOf(event, row, p.status) }]
            : []),
          { label: p.code, cell: (row) => row.code ?? "" },
          { label: p.checkedIn, cell: (row) => (row.checkedInAt ? berlinDateTime(row.checkedInAt, c.var.locale) : "") },
          { label: p.actions, cell: remove },
        ]}
        rows={rows("confirmed")}
        empty={p.nobody}
      />
      <h2>{p.waitingHeading}</h2>
      <StackTable
        caption={p.waitingHeading}
        columns={[
          { label: p.position, cell: (row) => row.position?.toString() ?? "" },
          { label: p.name, cell: person },
          { label: p.organisation, cell: (row) => row.organisation ?? "" },
          ...(event.workshops?.length
            ? [{ label: p.workshopsColumn, cell: (row: RegistrationRow) => workshopsOf(event, row, p.status) }]
            : []),
          {
            label: p.actions,
            cell: (row) =>
              planned ? (
                <>
                  {row.position !== 1 ? (
                    <ButtonForm
                      action={href(`${path}/an-die-spitze`, c.var.locale)}
                      csrf={csrf}
                      label={p.moveUp}
                      fields={{ email: row.email }}
                    />
                  ) : null}{" "}
                  {remove(row)}
                </>
              ) : null,
          },
        ]}
        rows={rows("waitlisted")}
        empty={p.nobody}
      />
      <h2>{p.cancelledHeading}</h2>
      <StackTable
        caption={p.cancelledHeading}
        columns={[
          { label: p.name, cell: (row) => row.name },
          { label: p.organisation, cell: (row) => row.organisation ?? "" },
        ]}
        rows={rows("cancelled")}
        empty={p.nobody}
      />
    </>,
    status,
  );
}

/** The lists as a German spreadsheet (semicolons, BOM, formulas defused): one row per person, in the page's order. */
export async function registrationsCsv(c: Context<AppEnv>, deps: ListDeps, event: Conference) {
  const p = consoleTexts(c.var.locale).places;
  const lists = await registrationLists(deps, event, new Date());
  const csv = germanSpreadsheet(
    p.csvHeader,
    lists.rows.map((row) => [
      p.status[row.status],
      row.position?.toString() ?? "",
      row.name,
      row.organisation ?? "",
      row.email,
      row.deputy ?? "",
      workshopsOf(event, row, p.status),
      row.code ?? "",
      spreadsheetTime(row.answeredAt),
      spreadsheetTime(row.checkedInAt),
    ]),
  );
  return c.body(csv, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="anmeldungen-${event.id}.csv"`,
  });
}

/** The buttons of the registrations page: remove, to the top, close registration. Back to the page with a notice. */
export async function registrationAction(
  c: Context<AppEnv>,
  deps: ListDeps,
  event: Conference,
  place: AgendaPlace,
  action: "remove" | "move_up",
  now: Date,
) {
  const p = consoleTexts(c.var.locale).places;
  const email = field(c.var.form, "email");
  const actor = c.var.principal.email;
  const outcome =
    action === "remove"
      ? await removeRegistration(deps, event, email, actor, now)
      : await moveUp(deps, event, email, EVENT_LIST, actor, now);
  if (outcome.kind !== "ok") return registrationsPage(c, deps, event, place, p.notRegistered, 409);
  return registrationsPage(c, deps, event, place, action === "remove" ? p.removedNotice : p.movedUpNotice);
}

type CheckInState = { notice?: string; code?: string; query?: string };

/**
 * The door (issue 22), on a phone: a code field (the QR code's link fills it), a name search, the people found
 * with one large button each; the count of who is in. Checking in posts; the same person twice says so.
 */
export async function checkInPage(
  c: Context<AppEnv>,
  deps: ListDeps,
  event: Conference,
  place: AgendaPlace,
  state: CheckInState = {},
  status: 200 | 404 | 409 = 200,
) {
  const t = consoleTexts(c.var.locale);
  const p = t.places;
  const path = `${place.eventPath}/einlass`;
  const lists = await registrationLists(deps, event, new Date());
  const confirmed = lists.rows.filter((row) => row.status === "confirmed");
  const code = (state.code ?? c.req.query("code") ?? "").trim().toUpperCase();
  const query = (state.query ?? "").trim().toLowerCase();
  const plain = (s: string) => s.replace(/[\s-]/g, "");
  const found = code
    ? lists.rows.filter((row) => row.code && plain(row.code) === plain(code))
    : query
      ? lists.rows.filter(
          (row) =>
            row.status !== "cancelled" &&
            `${row.name} ${row.organisation ?? ""} ${row.deputy ?? ""}`.toLowerCase().includes(query),
        )
      : [];
  const csrf = c.var.principal.session?.csrfToken ?? "";
  return consolePage(
    c,
    { title: p.checkInTitle(event.title), path, section: place.section },
    <>
      {state.notice ? <Notice>{state.notice}</Notice> : null}
      <p>{p.checkInIntro}</p>
      <ul class="actions">
        <li>
          <a href={href(`${place.eventPath}/anmeldungen`, c.var.locale)}>{p.link}</a>
        </li>
      </ul>
      <p>{p.checkedInCount(confirmed.filter((row) => row.checkedInAt).length, confirmed.length)}</p>
      {/* What the code or the name found comes first: at the door, the button is what is needed. */}
      {code || query ? (
        <section aria-labelledby="results">
          <h2 id="results">{p.results}</h2>
          {found.length === 0 ? <p>{p.notFound}</p> : null}
          <ul class="people">
            {found.map((row) => (
              <li>
                <p>
                  <strong>{row.name}</strong>
                  {row.organisation ? ` (${row.organisation})` : ""}
                  {row.deputy ? `, ${t.deputyFor(row.deputy, row.name)}` : ""}
                  {" · "}
                  {p.status[row.status]}
                  {row.position ? ` ${row.position}` : ""}
                </p>
                {row.checkedInAt ? (
                  <p>{p.already(row.name, berlinDateTime(row.checkedInAt, c.var.locale))}</p>
                ) : row.status === "confirmed" && event.status === "planned" ? (
                  <form method="post" action={href(path, c.var.locale)}>
                    <Csrf token={csrf} />
                    <input type="hidden" name="email" value={row.email} />
                    <button type="submit">{p.checkInButton(row.name)}</button>
                  </form>
                ) : (
                  <p>{p.noPlace(row.name)}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="get" action={href(path, c.var.locale)} class="search">
        {c.var.locale !== "de" ? <input type="hidden" name="lang" value={c.var.locale} /> : null}
        <Field
          id="field-code"
          label={p.codeField}
          control={(a) => (
            <input
              type="text"
              name="code"
              value={code}
              maxlength={20}
              autocomplete="off"
              autocapitalize="characters"
              {...a}
            />
          )}
        />
        <p>
          <button type="submit">{p.show}</button>
        </p>
      </form>
      {/* A name is personal: it is searched by POST, so it never lands in an address or a log. */}
      <form method="post" action={href(path, c.var.locale)} class="search">
        <Csrf token={csrf} />
        <Field
          id="field-q"
          label={p.search}
          control={(a) => <input type="search" name="q" value={query} maxlength={100} autocomplete="off" {...a} />}
        />
        <p>
          <button type="submit">{p.find}</button>
        </p>
      </form>
    </>,
    status,
  );
}

/** Checks in the person the page's button names; the page again, with what happened. */
export async function checkInForm(
  c: Context<AppEnv>,
  deps: ListDeps & CheckInDeps,
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const p = consoleTexts(c.var.locale).places;
  if (!c.var.form.has("email")) return checkInPage(c, deps, event, place, { query: field(c.var.form, "q") });
  const outcome = await checkIn(deps, event, { email: field(c.var.form, "email") }, c.var.principal.email, now);
  switch (outcome.kind) {
    case "checked_in":
      return checkInPage(c, deps, event, place, { notice: p.checkedInNotice(outcome.rsvp.name) });
    case "already":
      return checkInPage(
        c,
        deps,
        event,
        place,
        { notice: p.already(outcome.rsvp.name, berlinDateTime(outcome.at, c.var.locale)) },
        409,
      );
    case "no_place":
      return checkInPage(c, deps, event, place, { notice: p.noPlace(outcome.rsvp.name) }, 409);
    default:
      return checkInPage(c, deps, event, place, { notice: p.notFound }, 404);
  }
}

/** "Close registration now": the deadline becomes now (recorded as a change of the event). */
export async function closeRegistrationForm(
  c: Context<AppEnv>,
  deps: ListDeps & {
    conferences: {
      replace(
        before: Conference,
        changes: Partial<Conference>,
        now: Date,
        record: { actor: string; action: "conference.update" | "meeting.update" },
      ): Promise<Conference | undefined>;
    };
  },
  event: Conference,
  place: AgendaPlace,
  now: Date,
) {
  const t = consoleTexts(c.var.locale);
  // Over the version the page showed: a change meanwhile (more places, a later deadline) is shown, not overridden.
  if (field(c.var.form, "version") !== event.updatedAt) {
    return registrationsPage(c, deps, event, place, t.conferenceChanged, 409);
  }
  const closed = await deps.conferences.replace(event, { registrationDeadline: now.toISOString() }, now, {
    actor: c.var.principal.email,
    action: event.workTableId ? "meeting.update" : "conference.update",
  });
  if (!closed) return registrationsPage(c, deps, event, place, t.conferenceChanged);
  return registrationsPage(c, deps, closed, place, t.places.closedNotice);
}

/**
 * The pages behind the links in mails, defined once: the mailer builds its links from these, and the routes and
 * forms of the pages use the same. A link opens its page (GET changes nothing: mail scanners open links); the
 * page's button POSTs to the same path.
 */
export const LINK_PAGES = {
  /** The applicant confirms their address (token purpose "confirm"). */
  confirm: "/bestaetigung",
  /** The contact person decides (purpose "decide"). */
  decide: "/entscheidung",
  /** A partner answers an invitation (purpose "rsvp"). */
  rsvp: "/teilnahme",
  /** A partner leaves the mailing list (purpose "unsubscribe"). */
  unsubscribe: "/abmelden",
  /** A member leaves one work table, from a mail of its meetings (purpose "leave"). */
  leave: "/austreten",
  /** A task's owner marks it done (purpose "task"). */
  task: "/aufgabe",
  /** A member reads their table's published minutes (purpose "archive"). */
  archive: "/archiv",
  /** A member proposes an agenda item (purpose "propose"). */
  propose: "/vorschlag",
  /** A coordinator or contact person signs in to the console, once (purpose "signin"). */
  signIn: "/anmelden",
} as const;

/** The scope of an archive link: a work table's id, or this for the conferences' minutes (issue 21). */
export const NETWORK_ARCHIVE = "network";

/** The subject of an archive link: the scope and the partner's opaque handle. */
export const archiveSubject = (scope: string, handle: string) => `${scope}|${handle}`;

/** RFC 8058 one-click unsubscription: the URL the List-Unsubscribe header names (a POST, no page). */
export const ONE_CLICK_UNSUBSCRIBE = "/api/unsubscribe";

export type LinkPage = keyof typeof LINK_PAGES;

/** The path of a link page for one token, with the reader's language when it is not German. */
export function linkPath(page: LinkPage, token: string, locale?: string): string {
  return `${LINK_PAGES[page]}/${token}${locale && locale !== "de" ? `?lang=${locale}` : ""}`;
}

/** A route pattern of a link page, e.g. `/bestaetigung/:token`. */
export const linkRoute = (page: LinkPage) => `${LINK_PAGES[page]}/:token` as const;

/**
 * The subject of a decision link: the application and the routing it was sent for, as a keyed hash of the
 * recipient's address (`personHash`: no address in a URL). Once the application is routed to someone else
 * (forwarded by a coordinator, or the table's contact replaced), the old link decides nothing.
 */
export function decisionLinkSubject(
  personHash: (email: string) => string,
  applicationId: string,
  recipient: string,
): string {
  return `${applicationId}|${routeTag(personHash, recipient)}`;
}

/** The application a decision link names, and whether it was sent to `recipient`; undefined for another shape. */
export function readDecisionLinkSubject(
  subject: string,
):
  | { applicationId: string; sentTo: (personHash: (email: string) => string, recipient: string) => boolean }
  | undefined {
  const [applicationId, tag, ...rest] = subject.split("|");
  if (!applicationId || !tag || rest.length > 0) return undefined;
  return { applicationId, sentTo: (personHash, recipient) => routeTag(personHash, recipient) === tag };
}

const routeTag = (personHash: (email: string) => string, email: string) => personHash(email).slice(0, 16);

/**
 * The door's check-in of one person (issue 22), as the QR code in their mail holds it: the event and the person's
 * code, both opaque. It opens the console's check-in page, which needs door staff signed in.
 */
export const CHECK_IN_PATH = "/konsole/einlass";
export const checkInPath = (conferenceId: string, code: string) => `${CHECK_IN_PATH}/${conferenceId}/${code}`;

import type { OrganisationType } from "./application.ts";
import type { Locale } from "./locale.ts";

/**
 * Everyone who receives conference mail: accepted applicants (source "application") and the partners the network
 * already had, imported by coordinators (source "import"). One record per email address (lower case).
 */
export interface Partner {
  email: string;
  /**
   * A random, opaque name of the partner for the links in their mails (RSVP, unsubscribe): links end up in URLs,
   * server logs and mail headers, so they never carry the address. Made when the partner is created.
   */
  handle?: string;
  name: string;
  organisation?: string | null;
  /** The kind of organisation the partner named when their application was accepted (the annual report counts it). */
  organisationType?: OrganisationType;
  /** Work table ids the partner belongs to (a DynamoDB string set in the table). */
  workTableIds: Set<string>;
  locale: Locale;
  source: "application" | "import";
  /** For imported partners: the legal basis of the processing, as given in the import (e.g. "Einwilligung 2024"). */
  legalBasis?: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Set when the partner's last work table was left or removed; cleared when they join one again. A year later
   * the partner is erased (retention), as one who unsubscribed from all mail is.
   */
  tablesLeftAt?: string;
  /** Set when the partner left the mailing list (one click, RFC 8058); no conference mail goes out while set. */
  unsubscribedAt?: string;
  /** Every undo of an unsubscription, recorded with who asked for it (only on the partner's request). */
  resubscriptions?: { at: string; by: string; note: string }[];
}

import { PERSONAL_DATA_RETENTION } from "../domain/retention.ts";
import { erasePerson, type PersonDeps } from "../use-cases/person-data.ts";
import type { Partners } from "../use-cases/ports.ts";

const YEAR_MS = 365 * 86_400_000;

/**
 * The retention rule TTL cannot express: a partner who unsubscribed from all mail, or who belongs to no work
 * table any more since being removed or leaving, is erased a year later (PERSONAL_DATA_RETENTION.leftPartnerYears),
 * the same way a coordinator erases someone on request. Part of the daily run; a partner who came back meanwhile
 * (subscribed again, joined a table) has lost the mark and stays.
 */
export async function retireLeftPartners(
  deps: PersonDeps & { partners: Pick<Partners, "get" | "all"> },
  now: Date,
): Promise<{ erased: number; kept: number }> {
  const before = now.getTime() - PERSONAL_DATA_RETENTION.leftPartnerYears * YEAR_MS;
  const due = (await deps.partners.all()).filter((p) => {
    const since = p.unsubscribedAt ?? (p.workTableIds.size === 0 ? p.tablesLeftAt : undefined);
    return since !== undefined && Date.parse(since) <= before;
  });
  let erased = 0;
  let kept = 0;
  for (const partner of due) {
    const outcome = await erasePerson(deps, partner.email, "system", now);
    // A contact person or coordinator stays until they are replaced; the next run tries again.
    if (outcome.kind === "erased") erased++;
    else kept++;
  }
  return { erased, kept };
}

import { ERASED_NAME } from "./erased-name.ts";

/**
 * One person of the minutes' frame as every reader sees them (issue 21): "Name (Organisation)", a deputy with the
 * member they stood in for in the catalogue's words, an erased person as `ERASED_NAME`. Without imports beyond the
 * erased name: the mailer's bundle reads it.
 */
export function framePersonLabel(
  p: { name: string; organisation?: string | null | undefined; deputy?: string | undefined },
  deputyFor: (deputy: string, member: string) => string,
): string {
  const who = p.name !== ERASED_NAME && p.deputy ? deputyFor(p.deputy, p.name) : p.name;
  return `${who}${p.organisation ? ` (${p.organisation})` : ""}`;
}

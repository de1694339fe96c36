import { isLocale, type Locale } from "../domain/locale.ts";

/**
 * The reader's language: an explicit `?lang=` wins, then the first supported language of Accept-Language,
 * else German (the network's language).
 */
export function negotiateLocale(langParam: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(langParam)) return langParam;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return "de";
}

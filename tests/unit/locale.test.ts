import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../shared/http/locale.ts";

describe("the reader's language", () => {
  it("is German unless asked otherwise", () => {
    expect(negotiateLocale(undefined, undefined)).toBe("de");
    expect(negotiateLocale(undefined, "fr-FR,fr;q=0.9")).toBe("de");
  });

  it("follows ?lang= before the browser's Accept-Language", () => {
    expect(negotiateLocale("en", "de-DE")).toBe("en");
    expect(negotiateLocale("de", "en-GB")).toBe("de");
    expect(negotiateLocale("xx", "en-GB")).toBe("en");
  });

  it("takes the best-ranked supported language", () => {
    expect(negotiateLocale(undefined, "fr;q=1, en;q=0.8, de;q=0.5")).toBe("en");
    expect(negotiateLocale(undefined, "en;q=0, de-AT")).toBe("de");
  });
});

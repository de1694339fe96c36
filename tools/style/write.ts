import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ASSETS_DIR, buildStyle, FONT_FILES, fontFromKern } from "./build.ts";

// `npm run style`: writes the pages' stylesheet and its fonts into shared/http/ui/assets (committed, so neither
// `npm start` nor a deployment needs a build step for them).
writeFileSync(join(ASSETS_DIR, "site.css"), buildStyle());
for (const name of Object.keys(FONT_FILES) as (keyof typeof FONT_FILES)[]) {
  writeFileSync(join(ASSETS_DIR, name), fontFromKern(name));
}
console.log(`Wrote site.css and ${Object.keys(FONT_FILES).length} fonts to ${ASSETS_DIR}`);

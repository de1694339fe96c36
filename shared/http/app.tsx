import { loadConsoleTexts } from "../i18n/console.ts";
import { refreshNetwork } from "../i18n/network.ts";
import { loadPageTexts } from "../i18n/web.ts";
import { mountAdmin } from "./admin-app.ts";
import { mountApi, mountLinkApi } from "./api-app.ts";
import { type AppDependencies, baseApp } from "./base.ts";
import { mountConsole } from "./console/console-app.tsx";
import { problem } from "./problem.ts";
import { mountWeb, notFoundPage, styleSource } from "./web-app.tsx";

export type { AppDependencies } from "./base.ts";

/**
 * The whole HTTP surface in one app, as `npm start` and the tests run it. On AWS the same routes are served by
 * three functions (api-app.ts, admin-app.ts, web-app.tsx), so each cold start loads only its part.
 */
export function createApp(deps: AppDependencies) {
  const app = mountWeb(
    mountAdmin(
      mountLinkApi(
        mountApi(
          baseApp(
            deps,
            () => [styleSource()],
            (locale) => Promise.all([refreshNetwork(deps.network), loadPageTexts(locale), loadConsoleTexts(locale)]),
          ),
          deps,
        ),
        deps,
      ),
      deps,
    ),
    deps,
  );
  mountConsole(app, deps);
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? problem(c, 404, "Not Found", "There is no such resource.")
      : c.html(notFoundPage(c.var.locale), 404),
  );
  return app;
}

export type App = ReturnType<typeof createApp>;

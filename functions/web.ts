import { handle } from "hono/aws-lambda";
import { lambdaDependencies } from "../shared/http/lambda-dependencies.ts";
import { createWebApp } from "../shared/http/web-app.tsx";

/** The pages (work tables, the application form, the pages behind links in mails) and the links' JSON endpoints. */
export const handler = handle(createWebApp(lambdaDependencies("netzwerk-web")));

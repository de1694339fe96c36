import { handle } from "hono/aws-lambda";
import { lambdaDependencies } from "../shared/http/lambda-dependencies.ts";
import { createWebApp } from "../shared/http/web-app.tsx";

/** The pages: work tables, the application form, the confirmation and decision pages. */
export const handler = handle(createWebApp(lambdaDependencies("netzwerk-web")));

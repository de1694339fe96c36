import { handle } from "hono/aws-lambda";
import { createApiApp } from "../shared/http/api-app.ts";
import { lambdaDependencies } from "../shared/http/lambda-dependencies.ts";

/** The JSON API (/api/*), coordinators' routes included, behind API Gateway. */
export const handler = handle(createApiApp(lambdaDependencies("netzwerk-api")));

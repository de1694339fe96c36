import { handle } from "hono/aws-lambda";
import { createAdminApp } from "../shared/http/admin-app.ts";
import { lambdaDependencies } from "../shared/http/lambda-dependencies.ts";

/** The coordinators' API (/api/admin/*), behind API Gateway's JWT authorizer. */
export const handler = handle(createAdminApp(lambdaDependencies("netzwerk-admin")));

import { handle } from "hono/aws-lambda";
import { createAdminApp } from "../shared/http/admin-app.ts";
import { lambdaDependencies } from "../shared/http/lambda-dependencies.ts";

/**
 * The coordinators' API (/api/admin/*), the sign-in and the console. No API Gateway authorizer: the function checks
 * sessions and personal API tokens itself (shared/http/auth.ts), the same way locally and on AWS.
 */
export const handler = handle(createAdminApp(lambdaDependencies("netzwerk-admin")));

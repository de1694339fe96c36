import type { Principal } from "../domain/people.ts";
import type { Locale } from "../domain/work-table.ts";
import type { ConsoleAccess } from "./auth.ts";

/** What the Lambda adapter (`hono/aws-lambda`) binds; absent when the app runs on Node locally or in tests. */
export interface AppBindings {
  event?: {
    requestContext?: {
      requestId?: string;
      http?: { sourceIp?: string };
    };
  };
  lambdaContext?: { awsRequestId?: string };
}

export interface AppEnv {
  Bindings: AppBindings;
  /**
   * `principal`: who made the request, once the console's or the admin API's check has run; `access`: what they
   * may see in the console; `form`: a console form's fields, read (within limits) by the console's check, which
   * verifies its CSRF token.
   */
  Variables: { requestId: string; locale: Locale; principal: Principal; access: ConsoleAccess; form: FormData };
}

import type { Context } from "hono";
import type { Locale } from "../domain/locale.ts";
import type { Principal } from "../domain/people.ts";
import type { WorkTable } from "../domain/work-table.ts";
import type { AppLogger } from "../logging/logger.ts";
import type { Services } from "./dependencies.ts";

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
  Variables: {
    requestId: string;
    locale: Locale;
    principal: Principal;
    access: ConsoleAccess;
    form: FormData;
    /** The route pattern that answered, when a lazily loaded group did (lazy-routes.ts): for the request's log line. */
    route: string;
  };
}

/** What a signed-in person may see in the console: everything (a coordinator), or their own tables. */
export interface ConsoleAccess {
  coordinator: boolean;
  tables: WorkTable[];
}

/** The client's address as the platform saw it (API Gateway's source IP; the socket locally): for rate limits only. */
export type ClientAddress = (c: Context<AppEnv>) => string;

export interface AppDependencies extends Services {
  /** The first coordinators (COORDINATOR_EMAILS): the table's list starts with them. */
  firstCoordinators: string[];
  /** The local stack's shortcut for scripts (COORDINATOR_TOKEN); never set on AWS. */
  localToken?: string;
  clientAddress: ClientAddress;
  logger: AppLogger;
  /** Whether every service the app needs answers; `GET /api/health` is 200 only when it does. */
  ready?: () => Promise<boolean>;
  /** Web origins (e.g. a coordinators' front end) allowed to call the JSON API from a browser; none by default. */
  allowedOrigins?: string[];
  /**
   * This site as browsers see it (`PUBLIC_BASE_URL`): the passkeys' relying party. Set on AWS and by `npm start`;
   * never taken from a request's Host header, which a client chooses.
   */
  publicBaseUrl?: string;
  now?: () => Date;
}

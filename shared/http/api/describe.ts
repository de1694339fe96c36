import type { MiddlewareHandler } from "hono";
import type { Kit, OperationDescription } from "./openapi/kit.ts";

/** A route's description, written beside its handler and read when the OpenAPI document is built. */
export type Describe = (kit: Kit) => OperationDescription;

const descriptions = new WeakMap<object, Describe>();

/**
 * The first handler of a JSON route: it does nothing at request time and carries the route's description
 * (summary, parameters, request and response bodies, problems) for the OpenAPI document. The description is a
 * function, so its JSON Schemas are made only when the document is built (by the web function, on the first
 * request for it): the route's bundle carries its words, not the document's machinery.
 *
 *     .get("/:id", describeRoute((d) => ({ operationId: "getWorkTable", tag: "public", summary: {…},
 *       parameters: [d.params.workTableId], responses: { 200: d.json("PublicWorkTable", {…}) } })), handler)
 */
export function describeRoute(describe: Describe): MiddlewareHandler {
  const described: MiddlewareHandler = async (_c, next) => {
    await next();
  };
  descriptions.set(described, describe);
  return described;
}

/** The description a handler carries, if it is a `describeRoute` handler. */
export const descriptionOf = (handler: unknown): Describe | undefined =>
  typeof handler === "function" ? descriptions.get(handler) : undefined;

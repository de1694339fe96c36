import * as z from "zod/mini";
import { once } from "./once.ts";
import { personName } from "./text.ts";

/**
 * The body of `POST /api/rsvp/:token`: a partner's answer to an invitation, and with a "yes" optionally the
 * deputy from their organisation who comes in their place. Built on first use.
 */
export const rsvpInputSchema = once(() =>
  z
    .strictObject({
      answer: z.enum(["yes", "no"]),
      deputy: z.optional(personName(120)),
      /** The workshops chosen (issue 22), by id: at most one per time slot. */
      workshops: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30))),
    })
    .check(
      z.refine((body) => body.deputy === undefined || body.answer === "yes", {
        message: "a deputy comes in the partner's place: only with the answer yes",
        path: ["deputy"],
      }),
    ),
);

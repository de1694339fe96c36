import * as z from "zod/mini";
import { once } from "./once.ts";

/** The body of `POST /api/rsvp/:token`: a partner's answer to an invitation. Built on first use. */
export const rsvpInputSchema = once(() => z.strictObject({ answer: z.enum(["yes", "no"]) }));

import { randomBytes } from "node:crypto";
import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { verifiedSession } from "../../shared/domain/people.ts";
import type { storeDependencies } from "../../shared/http/dependencies.ts";
import type { tokenSigner } from "../../shared/security/tokens.ts";
import { secretHash } from "../../shared/store/access-repository.ts";
import { keys } from "../../shared/store/keys.ts";
import { completeSignIn, requestSignIn } from "../../shared/use-cases/sign-in.ts";

/**
 * A coordinator's console session for a bench, as the mailed link gives it: the sign-in asked for, the link's
 * request read from the newest queued mail, the link's button pressed, and the second step passed (the benches
 * measure pages, not the factor): the full session the console starts then, under a new id.
 */
export async function benchCoordinatorSession(options: {
  services: ReturnType<typeof storeDependencies>;
  db: DynamoDBDocumentClient;
  tableName: string;
  signer: ReturnType<typeof tokenSigner>;
  email: string;
  now: Date;
}): Promise<{ cookie: string; csrf: string }> {
  const { services, db, signer, email, now } = options;
  const auth = { ...services, firstCoordinators: [email] };
  const browser = randomBytes(32).toString("base64url");
  await requestSignIn(auth, email, "198.51.100.1", "de", now, browser);
  const { Items = [] } = await db.send(
    new QueryCommand({
      TableName: options.tableName,
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk",
      ExpressionAttributeValues: { ":pk": keys.mailsStatusPartition("queued") },
      // The newest queued mail: the sign-in link, just asked for.
      ScanIndexForward: false,
      Limit: 5,
    }),
  );
  const requestId = String(
    (Items.find((m) => m.kind === "sign_in_link")?.data as { requestId: string } | undefined)?.requestId,
  );
  const signIn = await completeSignIn(
    auth,
    signer.sign("signin", requestId, new Date(now.getTime() + 600_000)),
    browser,
    "bench",
    now,
  );
  if (signIn.kind !== "signed_in") throw new Error(`sign-in: ${signIn.kind}`);
  const sessionId = randomBytes(32).toString("base64url");
  const full = verifiedSession(signIn.session, secretHash(sessionId).slice(0, 12), now);
  if (!(await services.access.promoteSession(secretHash(signIn.sessionId), secretHash(sessionId), full))) {
    throw new Error("the step-one session is gone");
  }
  return { cookie: `nm_session=${sessionId}`, csrf: signIn.session.csrfToken };
}

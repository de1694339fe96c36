import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import { COORDINATOR_GROUP } from "../../shared/http/auth.ts";
import { Capability } from "../constructs/capability.ts";

/**
 * Coordinators' accounts: a Cognito user pool (invitation only, strong passwords, TOTP required) whose tokens the
 * HTTP API's JWT authorizer checks for the admin routes.
 *
 * Where it belongs: the pool is state (accounts and their second factors), retained and deletion-protected, so
 * it does not belong in a stack that claims to be replaceable. It stays here for now, with its logical id pinned
 * (tests/infra/logical-ids.test.ts), because the console's sign-in by emailed link (issue 9) keeps coordinators
 * and their sessions in the data table, which is stateful already: the pool then leaves the product instead of
 * moving. Until then: never rename or move this construct without `cdk refactor`.
 */
export class SignIn extends Capability {
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, "CoordinatorPool", {
      // Coordinators are invited by an administrator; nobody signs up on their own.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Coordinators see applicants' personal data, so a second factor is mandatory. TOTP only: SMS needs an
      // extra IAM role for SNS and costs per message.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      // The pool holds the coordinators' accounts: losing it on a stack change would lock everyone out.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "The Plus feature plan (threat protection) is a paid add-on. The pool has a handful of invited " +
        "coordinator accounts, no self sign-up, and requires TOTP MFA.",
    });

    this.userPoolClient = this.userPool.addClient("CoordinatorClient", {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      // Only SRP sign-in is used; the default OAuth settings would add a hosted-UI callback to example.com.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    new cognito.CfnUserPoolGroup(this, "CoordinatorsGroup", {
      userPoolId: this.userPool.userPoolId,
      groupName: COORDINATOR_GROUP,
      description: "Staff who manage work tables, applications and conferences",
    });
  }
}

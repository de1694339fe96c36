import { fileURLToPath } from "node:url";
import { ArnFormat, CustomResource, RemovalPolicy, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { ProjectFunction } from "./project-function.ts";

/**
 * The link keys: a Systems Manager SecureString parameter encrypted with the AWS-managed key aws/ssm, holding the
 * key ring of shared/security/tokens.ts. Chosen over a Secrets Manager secret ($0.40 a month) because it is as
 * safe for this use: encrypted at rest by KMS, readable only by the roles granted `ssm:GetParameter` on exactly
 * this parameter, its changes recorded in CloudTrail; a standard parameter costs nothing. Secrets Manager's extra,
 * managed rotation, does not fit a key that links already sent depend on (rotation is the key ring's steps).
 *
 * CloudFormation cannot create SecureString parameters, and a value written into the template would be readable by
 * whoever can read the stack: a small custom resource (functions/token-key-parameter.ts) creates it once with
 * random keys, and never changes or deletes it.
 */
export class TokenKeys extends Construct {
  readonly parameterName: string;
  readonly parameterArn: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    this.parameterName = `/${stack.stackName}/token-keys`;
    this.parameterArn = stack.formatArn({
      service: "ssm",
      resource: "parameter",
      resourceName: this.parameterName.slice(1),
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });

    const creator = new ProjectFunction(this, "TokenKeyParameterFunction", {
      entry: fileURLToPath(new URL("../../functions/token-key-parameter.ts", import.meta.url)),
      description: "Netzwerk: creates the link keys' SecureString parameter once (never changes or deletes it)",
    });
    creator.addToRolePolicy(new iam.PolicyStatement({ actions: ["ssm:PutParameter"], resources: [this.parameterArn] }));
    const resource = new CustomResource(this, "TokenKeyParameter", {
      serviceToken: creator.functionArn,
      resourceType: "Custom::TokenKeyParameter",
      properties: { ParameterName: this.parameterName },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The role's policy must be in place before CloudFormation invokes the function.
    resource.node.addDependency(creator);
  }

  /** Lets `fn` read the key ring and tells it the parameter's name in `envName`. */
  grantRead(fn: ProjectFunction, envName: string): void {
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ["ssm:GetParameter"], resources: [this.parameterArn] }));
    fn.addEnvironment(envName, this.parameterName);
  }
}

import type { SNSEvent } from "aws-lambda";
import { readTableConfig } from "../shared/config/table-config.ts";
import { handleSesFeedback } from "../shared/jobs/ses-feedback.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { SuppressionRepository } from "../shared/store/suppression-repository.ts";

const config = readTableConfig();
const suppressions = new SuppressionRepository(createDocumentClient(), config.TABLE_NAME);

/** SES bounces and complaints (configuration set → SNS topic → here) onto the suppression list. */
export const handler = (event: SNSEvent) => handleSesFeedback(event, suppressions);

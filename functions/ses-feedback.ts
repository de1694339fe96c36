import { readTableConfig } from "../shared/config/table-config.ts";
import { handleSesFeedback, type SesFeedbackEvent } from "../shared/jobs/ses-feedback.ts";
import { createDocumentClient } from "../shared/store/dynamo-client.ts";
import { SuppressionRepository } from "../shared/store/suppression-repository.ts";

const config = readTableConfig();
const suppressions = new SuppressionRepository(createDocumentClient(), config.TABLE_NAME);

/** SES bounces and complaints (configuration set → default event bus → rule → here) onto the suppression list. */
export const handler = (event: SesFeedbackEvent) => handleSesFeedback(event, suppressions);

import { describe, expect, it } from "vitest";
import { readApiConfig } from "../../shared/config/api-config.ts";
import { readMailerConfig } from "../../shared/config/mailer-config.ts";

/** Every Lambda function reads its settings at start and refuses to start on a bad one, naming each. */
describe("a function's configuration", () => {
  it("takes the defaults where nothing is set", () => {
    expect(readApiConfig({ TABLE_NAME: " netzwerk " })).toEqual({
      TABLE_NAME: "netzwerk",
      RATE_LIMIT_PER_EMAIL: 3,
      RATE_LIMIT_PER_CLIENT: 30,
      MIN_FILL_SECONDS: 3,
      ALLOWED_ORIGINS: [],
      COORDINATOR_EMAILS: [],
      LOG_LEVEL: "INFO",
    });
  });

  it("reads lists, numbers and URLs as given", () => {
    const config = readApiConfig({
      TABLE_NAME: "netzwerk",
      TOKEN_KEY_PARAMETER: "/Netzwerk/keys",
      RATE_LIMIT_PER_EMAIL: "5",
      MIN_FILL_SECONDS: "0",
      COORDINATOR_EMAILS: "a@example.org, ,b@example.org",
      PUBLIC_BASE_URL: "https://netzwerk.example.org",
      LOG_LEVEL: "WARN",
    });
    expect(config).toMatchObject({
      TOKEN_KEY_PARAMETER: "/Netzwerk/keys",
      RATE_LIMIT_PER_EMAIL: 5,
      MIN_FILL_SECONDS: 0,
      COORDINATOR_EMAILS: ["a@example.org", "b@example.org"],
      PUBLIC_BASE_URL: "https://netzwerk.example.org",
      LOG_LEVEL: "WARN",
    });
  });

  it("refuses every malformed setting at once, naming each", () => {
    expect(() =>
      readApiConfig({
        RATE_LIMIT_PER_EMAIL: "0",
        RATE_LIMIT_PER_CLIENT: "2.5",
        PUBLIC_BASE_URL: "ftp://netzwerk.example.org",
        LOG_LEVEL: "LOUD",
      }),
    ).toThrowError(
      "Invalid configuration: TABLE_NAME: must be set; RATE_LIMIT_PER_EMAIL: must be at least 1; RATE_LIMIT_PER_CLIENT: must be a whole number; PUBLIC_BASE_URL: must be an http or https URL; LOG_LEVEL: must be one of DEBUG, INFO, WARN, ERROR, SILENT",
    );
    expect(() =>
      readMailerConfig({
        TABLE_NAME: "t",
        TOKEN_KEY_PARAMETER: "/k",
        MAIL_QUEUE_URL: "https://sqs.example/q",
        SENDER_ADDRESS: "not an address",
        PUBLIC_BASE_URL: "https://netzwerk.example.org",
        SES_MAX_SEND_RATE: "0",
      }),
    ).toThrowError(/SENDER_ADDRESS: must be an email address; SES_MAX_SEND_RATE: must be greater than 0/);
  });
});

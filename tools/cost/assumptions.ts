/**
 * What the usage part of the cost model assumes, in one object a reader can check line by line. Everything the
 * templates tell (memory sizes, schedules, batch sizes, indexes, log retention, which function serves which route,
 * which one sends mail) is read from them instead (tools/cost/template.ts); this holds only what no template
 * knows: how many people do what, and how long and how heavy each step is.
 *
 * `volume` is what grows with the network: a network ten times larger multiplies exactly these by ten
 * (`scaleVolume`). Everything else (schedules, polling, scanners, alarms, deploys) stays as it is.
 */
export const REFERENCE_NETWORK = {
  name: "reference network",

  /** The size of the network. Per year where it says so, else per month. */
  volume: {
    workTables: 5,
    partners: 300,
    applicationsPerYear: 200,
    pageViewsPerMonth: 5_000,
    /** Public JSON API (GET /api/work-tables, /api/health): integrations and uptime checks. */
    publicApiRequestsPerMonth: 300,
    /** Console sessions of the coordinators and the five contact persons. */
    consoleSessionsPerMonth: 40,
    /** The table's data (partners, applications, mails until their TTL, audit log), without indexes. */
    tableDataGb: 0.05,
  },

  /** How people behave, as shares and counts per event. */
  behaviour: {
    /** The spring and the autumn conference, each to every partner (a larger network has more partners, not more conferences). */
    conferencesPerYear: 2,
    /** Meetings per work table and year: 5 tables × 4 = the 20 table meetings a year of the first network. */
    meetingsPerTablePerYear: 4,
    /** A meeting's mailing goes to the members of its table (a conference's to every partner). */
    membersPerMeeting: 60,
    /** Invitation and reminder per conference or meeting (updates and cancellations not counted). */
    mailingsPerEvent: 2,
    /** Partners who answer an invitation (RSVP page + answer). */
    rsvpShare: 0.4,
    /** RSVP answers that send a confirmation mail: answer-rsvp.ts queues none today. */
    rsvpConfirmationMailsPerAnswer: 0,
    /** Applications whose address gets confirmed; the rest expire unconfirmed. */
    confirmShare: 0.9,
    /** Confirmed applications still undecided after 7 days: the contact person gets a reminder. */
    decisionReminderShare: 0.3,
    /** Days on which at least one application is undecided after 14 days: one digest to the coordinators. */
    undecidedDigestsPerMonth: 1,
    /** Sessions last for days: three of four console sessions start with a sign-in link mail. */
    signInMailsPerConsoleSession: 0.75,
    consoleRequestsPerSession: 15,
    /** Partners who unsubscribe per mailing mail (page + POST). */
    unsubscribeShare: 0.005,
    /** Mails to members who left or were removed, and the like. */
    otherMailsPerMonth: 2,
    /** Edits of a conference or meeting before it takes place: each moves its mailing schedules (on-change). */
    editsPerEvent: 3,
  },

  /** The same whatever the network's size. */
  background: {
    /** Requests nobody asked for (scanners probing /wp-login.php and the like): 404 pages of the web function. */
    scannerRequestsPerMonth: 1_000,
    /** Alarm state changes that mail the alarm topic's subscribers. */
    alarmNotificationsPerMonth: 2,
    /** Deploys per month (each uploads the changed function bundles to the CDK bootstrap bucket). */
    deploysPerMonth: 4,
    assetPutsPerDeploy: 10,
    /** Function bundles kept in the CDK bootstrap bucket, old versions included. */
    cdkAssetsGb: 0.05,
  },

  /** Per HTTP request: run time of the function (memory from the template) and DynamoDB units. */
  http: {
    pageView: { method: "GET", path: "/arbeitstische/beratung", durationMs: 100, reads: 2, writes: 0, kb: 40 },
    publicApi: { method: "GET", path: "/api/work-tables", durationMs: 80, reads: 1, writes: 0, kb: 5 },
    /** Form POST: two rate counters + a transaction of application, open marker, submission (×2 for TX). */
    applicationForm: { method: "POST", path: "/antrag", durationMs: 300, reads: 3, writes: 8, kb: 10 },
    /** Confirmation page and its POST: the transaction that confirms (application, submission, audit). */
    confirmation: { method: "GET", path: "/bestaetigung/token", durationMs: 150, reads: 3, writes: 3, kb: 10 },
    /** Decision page and its POST (application, open marker, audit). */
    decision: { method: "GET", path: "/entscheidung/token", durationMs: 150, reads: 3, writes: 3, kb: 10 },
    /** RSVP page and its POST (answer + audit). */
    rsvp: { method: "GET", path: "/teilnahme/token", durationMs: 120, reads: 3, writes: 1, kb: 10 },
    unsubscribe: { method: "GET", path: "/abmelden/token", durationMs: 120, reads: 2, writes: 2, kb: 5 },
    /** Console pages and the coordinators' API (lists read pages of 25–100 items). */
    console: { method: "GET", path: "/konsole/bewerbungen", durationMs: 200, reads: 6, writes: 0.5, kb: 30 },
    /** Sign-in: the form POST and the link's page (sign-in request, session, rate counter). */
    signIn: { method: "POST", path: "/anmelden", durationMs: 150, reads: 2, writes: 2, kb: 5 },
    scanner: { method: "GET", path: "/wp-login.php", durationMs: 30, reads: 0, writes: 0, kb: 2 },
  },

  /** The mail path: outbox item → stream → stream consumer → queue → mail sender → SES. */
  mail: {
    /** Per mail: the outbox item, the claim (queued → sending) and the outcome (sent); the claim returns the item. */
    writesPerMail: 3,
    readsPerMail: 1,
    /** Stream records per stream-consumer invocation: single mails arrive one by one, a mailing's in batches. */
    streamRecordsPerInvocationSingle: 1,
    streamRecordsPerInvocationMailing: 10,
    streamConsumerBaseMs: 80,
    streamConsumerPerRecordMs: 10,
    /** Mail-sender run time: the call itself and, per mail, render + SES + two updates (paced to SES's rate). */
    senderBaseMs: 50,
    senderPerMailMs: 180,
    /** SQS: a batch of up to ten mails per SendMessageBatch; per sender invocation one receive and one delete. */
    mailsPerSendMessageBatch: 10,
  },

  /** Scheduled and started functions, by what the template shows of them. */
  jobs: {
    /** A recurring schedule that runs at least hourly (the outbox sweep): two index queries that find nothing. */
    frequentRun: { durationMs: 250, reads: 2, writes: 0 },
    /** One that runs daily or less often (reminders, retention): queries over the applications and partners. */
    dailyRun: { durationMs: 2_000, reads: 30, writes: 3 },
    /** One mailing run, started by a one-time schedule: reads the audience, writes progress (mails counted above). */
    mailingRunBaseMs: 1_500,
    mailingRunPerRecipientMs: 15,
    mailingRunReadsPerRecipient: 0.2,
    mailingRunWrites: 4,
    /** A conference edit: the stream consumer creates or updates its schedules. */
    scheduleChangeMs: 300,
  },

  /** SES feedback: events per mail sent, of the types a configuration set's event destination matches. */
  sesEventsPerMail: {
    send: 1,
    reject: 0,
    delivery: 0.97,
    bounce: 0.02,
    complaint: 0.001,
    deliverydelay: 0.01,
    open: 0.4,
    click: 0.1,
    renderingfailure: 0,
    subscription: 0,
  } as Record<string, number>,
  sesFeedbackHandlerMs: 100,

  lambda: {
    /** Share of invocations that start a new execution environment: most do at this little traffic. */
    coldStartShare: 0.3,
    /** Billed INIT duration of a cold start (Node.js 22, bundled). */
    initMs: 400,
    /** Log bytes per invocation: JSON platform lines (start, report) and one or two lines of the function. */
    logBytesPerInvocation: 1_200,
    /** Extra log bytes per mail (the mail sender logs each outcome). */
    logBytesPerMail: 300,
    /** A function that reads a secret or parameter does so once per cold start (then caches it). */
    keyReadsPerColdStart: 1,
  },

  sqs: {
    /**
     * An SQS event source mapping long-polls the queue even when it is empty: Lambda keeps five pollers, each
     * waiting up to 20 s per ReceiveMessage. That is about 650,000 requests a month per mapping, idle (users report
     * ~15 empty receives a minute per idle queue, e.g. https://github.com/getlift/lift/issues/132).
     */
    pollersPerMapping: 5,
    longPollSeconds: 20,
  },

  dynamodb: {
    /** Each write also writes the item into the GSIs whose keys it carries: counted as one write per GSI. */
    indexWritesPerWritePerGsi: 1,
    /** Storage: the table's data plus a copy per GSI (projection ALL), an upper bound. */
    indexStorageSharePerGsi: 1,
  },

  logs: {
    /** One access-log line per HTTP request (seven JSON fields). */
    accessLogBytesPerRequest: 350,
    /** A log group without retention keeps everything: counted as this many months of logs. */
    monthsKeptWithoutRetention: 12,
  },

  /** Custom metrics of metric filters without default value: hours per month in which a line matches. */
  metricFilterHoursPerMonth: 2,
};

export type Assumptions = typeof REFERENCE_NETWORK;

/** A network `factor` times the size: the volumes multiplied, everything else unchanged. */
export function scaleVolume(assumptions: Assumptions, factor: number): Assumptions {
  const volume = Object.fromEntries(
    Object.entries(assumptions.volume).map(([key, value]) => [key, value * factor]),
  ) as Assumptions["volume"];
  return { ...assumptions, name: `${assumptions.name} ×${factor}`, volume };
}

import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type ShardIteratorType,
} from "@aws-sdk/client-dynamodb-streams";
import type { DynamoDBRecord } from "aws-lambda";
import { regionFromEnvironment } from "../../shared/config/region.ts";
import type { AppLogger } from "../../shared/logging/logger.ts";
import { matchesChangeFilter } from "../../shared/mail/change-filter.ts";
import { type BatchResult, recordForLog } from "../../shared/mail/on-change.ts";

const credentials = { accessKeyId: "local", secretAccessKey: "local" };

/** How often a record is handed to the handler before it is set aside (AWS: the mapping's retry limit). */
export const STREAM_RECORD_TRIES = 3;

/**
 * What Lambda's DynamoDB event source does on AWS, for DynamoDB Local: reads the table's stream shard by shard,
 * keeps the records that match the same filter patterns as the AWS mapping (shared/mail/change-filter.ts), and
 * hands them, in the Lambda event's shape, to the same handler. A reported failure is read again from that record
 * on, as with a partial batch response; after `STREAM_RECORD_TRIES` tries the record is set aside (a line with
 * its position and keys in `setAsideFile`, and an error in the log), and the records behind it go on at once.
 */
export async function startStreamPoller(options: {
  endpoint: string;
  tableName: string;
  handle: (records: DynamoDBRecord[]) => Promise<BatchResult>;
  logger: AppLogger;
  /** Where records that kept failing are written (JSON lines: position, keys, time; never an image). */
  setAsideFile?: string;
  intervalMs?: number;
  /** Pause after a failure before the record is read again (AWS retries at once, with backoff in the service). */
  retryPauseMs?: number;
}): Promise<{ stop(): Promise<void> }> {
  const region = regionFromEnvironment();
  const dynamo = new DynamoDBClient({ endpoint: options.endpoint, region, credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region, credentials });
  const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: options.tableName }));
  dynamo.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${options.tableName} has no stream`);

  const iterators = new Map<string, string | undefined>(); // shard id → next iterator (undefined: closed)
  const iterator = async (shardId: string, type: ShardIteratorType, sequence?: string) =>
    (
      await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: type,
          ...(sequence ? { SequenceNumber: sequence } : {}),
        }),
      )
    ).ShardIterator;

  // Shards that exist now are read from their end: what was written before the start is caught by the outbox
  // sweep. Shards that appear later are read from their beginning.
  let first = true;
  const discover = async () => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      iterators.set(shard.ShardId, await iterator(shard.ShardId, first ? "LATEST" : "TRIM_HORIZON"));
    }
    first = false;
  };

  const tries = new Map<string, number>(); // sequence number → failed tries of that record
  const setAside = (record: DynamoDBRecord) => {
    const entry = { ...recordForLog(record), setAsideAt: new Date().toISOString(), tries: STREAM_RECORD_TRIES };
    options.logger.error("stream record set aside", entry);
    if (!options.setAsideFile) return;
    mkdirSync(dirname(options.setAsideFile), { recursive: true });
    appendFileSync(options.setAsideFile, `${JSON.stringify(entry)}\n`);
  };

  const pollShard = async (shardId: string, current: string) => {
    const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: current }));
    const records = Records.map((r) => ({ ...r, eventSourceARN: streamArn }) as unknown as DynamoDBRecord).filter(
      matchesChangeFilter,
    );
    if (records.length === 0) {
      iterators.set(shardId, NextShardIterator);
      return;
    }
    const result = await options.handle(records);
    const failed = result.batchItemFailures[0]?.itemIdentifier;
    if (!failed) {
      iterators.set(shardId, NextShardIterator);
      return;
    }
    const count = (tries.get(failed) ?? 0) + 1;
    if (count < STREAM_RECORD_TRIES) {
      tries.set(failed, count);
      iterators.set(shardId, await iterator(shardId, "AT_SEQUENCE_NUMBER", failed));
      if (options.retryPauseMs) await new Promise((done) => setTimeout(done, options.retryPauseMs));
      return;
    }
    tries.delete(failed);
    const record = records.find((r) => r.dynamodb?.SequenceNumber === failed);
    if (record) setAside(record);
    iterators.set(shardId, await iterator(shardId, "AFTER_SEQUENCE_NUMBER", failed));
  };

  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let cycle: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await discover();
      for (const [shardId, current] of iterators) {
        if (current) await pollShard(shardId, current);
      }
    } catch (error) {
      options.logger.error("stream poll failed", { error: (error as Error).name });
    }
    if (running) timer = setTimeout(() => (cycle = tick()), options.intervalMs ?? 250);
  };
  await discover();
  timer = setTimeout(() => (cycle = tick()), options.intervalMs ?? 250);

  return {
    async stop() {
      running = false;
      clearTimeout(timer);
      await cycle;
      streams.destroy();
    },
  };
}

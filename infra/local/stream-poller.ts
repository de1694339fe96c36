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
import type { BatchResult } from "../../shared/mail/on-change.ts";

const credentials = { accessKeyId: "local", secretAccessKey: "local" };

/**
 * What Lambda's DynamoDB event source does on AWS, for DynamoDB Local: reads the table's stream shard by shard
 * and hands the records, in the Lambda event's shape, to the same handler. A reported failure is read again
 * from that record on, as with a partial batch response.
 */
export async function startStreamPoller(options: {
  endpoint: string;
  tableName: string;
  handle: (records: DynamoDBRecord[]) => Promise<BatchResult>;
  logger: AppLogger;
  intervalMs?: number;
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

  const pollShard = async (shardId: string, current: string) => {
    const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: current }));
    if (Records.length === 0) {
      iterators.set(shardId, NextShardIterator);
      return;
    }
    const records = Records.map((r) => ({ ...r, eventSourceARN: streamArn }) as unknown as DynamoDBRecord);
    const result = await options.handle(records);
    const failed = result.batchItemFailures[0]?.itemIdentifier;
    iterators.set(shardId, failed ? await iterator(shardId, "AT_SEQUENCE_NUMBER", failed) : NextShardIterator);
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

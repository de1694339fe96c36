/**
 * Structured JSON logs, one line per entry, on stdout (CloudWatch on AWS, the terminal locally).
 *
 * Deliberately tiny instead of Powertools' Logger: the api function's cold start is what most users wait for, and
 * Powertools added about 5% to it (see docs/benchmarks.md). Callers log ids, routes and codes, never names,
 * addresses or message texts: no personal data in logs.
 */
export type LogLevel = "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";

export interface AppLogger {
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

const RANK: Record<LogLevel, number> = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40, SILENT: 100 };

export function createLogger(options: {
  service: string;
  level?: string | undefined;
  write?: (line: string) => void;
}): AppLogger {
  const threshold = RANK[(options.level?.toUpperCase() as LogLevel) ?? "INFO"] ?? RANK.INFO;
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log =
    (level: Exclude<LogLevel, "SILENT">) =>
    (message: string, ...extra: Record<string, unknown>[]) => {
      if (RANK[level] < threshold) return;
      write(
        JSON.stringify({
          level,
          message,
          timestamp: new Date().toISOString(),
          service: options.service,
          ...Object.assign({}, ...extra),
        }),
      );
    };
  return { info: log("INFO"), warn: log("WARN"), error: log("ERROR") };
}

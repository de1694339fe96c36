import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { RunningService } from "./dynamodb-local.ts";

// A CommonJS package whose default export Node's and Vite's ESM interop wrap differently; require() is the same in both.
const startServer: typeof import("aws-ses-v2-local").default = createRequire(import.meta.url)(
  "aws-ses-v2-local",
).default;

/** Starts the SES emulator in this process: SES v1/v2 API, an inbox UI on `/`, and `GET /store` for tests. */
export async function startSesLocal(options: { port: number }): Promise<RunningService> {
  const server = await startServer({
    host: "127.0.0.1",
    port: options.port,
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

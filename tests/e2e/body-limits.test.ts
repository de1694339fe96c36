import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/local-stack.ts";
import { allItems } from "../support/tables.ts";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.close());

const CHUNK = Buffer.alloc(64 * 1024, "a");
const HUGE = 300 * 1024 * 1024;

/**
 * POSTs up to 300 MB in chunks without a Content-Length (Transfer-Encoding: chunked), as fast as the server
 * takes them, and stops when the answer comes. Returns the status and how much the server had taken by then.
 */
function chunkedFlood(path: string, contentType: string): Promise<{ status: number; bytesTaken: number }> {
  const url = new URL(path, stack.appUrl);
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: {
          "Content-Type": contentType,
          "Transfer-Encoding": "chunked",
          Authorization: `Bearer ${stack.coordinatorToken}`,
        },
      },
      (response) => {
        answered = true;
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, bytesTaken: written }));
        req.destroy();
      },
    );
    // The server closing the connection after its answer ends the upload on our side too.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && written < HUGE) {
        written += CHUNK.length;
        if (!req.write(CHUNK)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe("a body over the limit is refused while it streams in", () => {
  it.each([
    ["the JSON API", "/api/applications", "application/json"],
    ["the application form", "/antrag", "application/x-www-form-urlencoded"],
    ["the partner import", "/api/admin/partners/import", "text/csv"],
  ])("%s answers 413 after reading little more than the limit of a 300 MB chunked upload", async (_, path, type) => {
    const before = (await allItems(stack.table)).length;
    const { status, bytesTaken } = await chunkedFlood(path, type);
    expect(status).toBe(413);
    // The limits are 16 KB (JSON, form) and 2 MB (CSV); socket buffers account for the rest.
    expect(bytesTaken).toBeLessThan(16 * 1024 * 1024);
    expect((await allItems(stack.table)).length).toBe(before);
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * What the stand-in does with the next SES calls:
 * - pass: forward to the real SES emulator and answer what it answers;
 * - refuse: no listener on the port at all (ECONNREFUSED), as when SES is unreachable;
 * - hang: take the request and never answer (nothing reaches the emulator);
 * - deliver-then-hang: forward (the emulator stores the mail) but never answer, as SES that took a mail and hung;
 * - error: answer with an SES error (status, code, message) in SES's own XML, nothing forwarded.
 */
export type StandInMode =
  | { mode: "pass" }
  | { mode: "refuse" }
  | { mode: "hang" }
  | { mode: "deliver-then-hang" }
  | { mode: "error"; status: number; code: string; message: string };

export interface SesStandIn {
  endpoint: string;
  set(mode: StandInMode): Promise<void>;
  /** The raw MIME of every SendRawEmail that passed through, exactly as the mailer sent it. */
  raw: Buffer[];
  /** How many SES calls arrived (answered or not). */
  calls: number;
  /** The Authorization header of each call: its credential scope names the region the client signed for. */
  authorizations: string[];
  close(): Promise<void>;
}

/**
 * A small controllable stand-in in front of the SES emulator, started by a test: it refuses, hangs or fails on
 * demand, so outages are tested against the real mail path instead of a mocked client.
 */
export async function startSesStandIn(target: string): Promise<SesStandIn> {
  let current: StandInMode = { mode: "pass" };
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  const state: SesStandIn = {
    endpoint: "",
    raw: [],
    calls: 0,
    authorizations: [],
    set: async (mode) => {
      const was = current.mode;
      current = mode;
      if (mode.mode === "refuse" && was !== "refuse") await stopListening();
      if (mode.mode !== "refuse" && was === "refuse") await listen(port);
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      if (current.mode !== "refuse") await stopListening();
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    state.calls++;
    state.authorizations.push(request.headers.authorization ?? "");
    const data = new URLSearchParams(body.toString("utf8")).get("RawMessage.Data");
    if (data) state.raw.push(Buffer.from(data, "base64"));
    const mode = current;
    if (mode.mode === "hang") {
      hanging.add(response);
      return;
    }
    if (mode.mode === "error") {
      response.writeHead(mode.status, { "Content-Type": "text/xml" });
      response.end(
        `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${mode.code}</Code><Message>${mode.message}</Message></Error><RequestId>standin-1</RequestId></ErrorResponse>`,
      );
      return;
    }
    const forwarded = await fetch(`${target}${request.url ?? "/"}`, {
      method: request.method ?? "POST",
      headers: {
        "Content-Type": request.headers["content-type"] ?? "application/x-www-form-urlencoded",
        Authorization: request.headers.authorization ?? "",
      },
      body,
    });
    const answer = Buffer.from(await forwarded.arrayBuffer());
    if (mode.mode === "deliver-then-hang") {
      hanging.add(response);
      return;
    }
    response.writeHead(forwarded.status, { "Content-Type": forwarded.headers.get("content-type") ?? "text/xml" });
    response.end(answer);
  };

  let server: Server;
  const listen = (at: number) =>
    new Promise<number>((resolve, reject) => {
      server = createServer((request, response) => void handle(request, response));
      server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      server.once("error", reject);
      server.listen(at, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      // Open connections go too (keep-alive): from now on a connection attempt is refused.
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  const port = await listen(0);
  state.endpoint = `http://127.0.0.1:${port}`;
  return state;
}

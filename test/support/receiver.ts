import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a receiver got. */
export interface Received {
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

/** How the receiver answers its n-th request (0-based): a status and body, or never (`hang`). */
export type Answer = { status: number; body?: string } | 'hang';

/** A real webhook receiver on a loopback port, recording every request. */
export interface Receiver {
  readonly url: string;
  readonly received: Received[];
  /** The parsed bodies (`{id, event, occurredAt, data}`). */
  events(): Array<{ id: string; event: string; occurredAt: string; data: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Starts a receiver; `answer` decides each response (default 200 "ok"). */
export async function startReceiver(answer: (n: number, body: string) => Answer = () => ({ status: 200, body: 'ok' })): Promise<Receiver> {
  const received: Received[] = [];
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const reply = answer(received.length, body);
      received.push({ headers: req.headers, body, at: Date.now() });
      if (reply === 'hang') return void hanging.push(res);
      res.writeHead(reply.status, { 'content-type': 'text/plain' }).end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/tonehub?token=receiver-token-123`,
    received,
    events: () => received.map((r) => JSON.parse(r.body)),
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

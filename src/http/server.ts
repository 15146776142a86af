import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** A listening server: its URL and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** True for loopback host names and addresses (127.0.0.0/8, ::1, localhost). */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** Listens on host:port (port 0 picks a free one) and answers with the app. */
export function listen(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
    // Slow clients cannot hold a connection open forever.
    const http = server as { requestTimeout?: number; headersTimeout?: number };
    http.requestTimeout = 60_000;
    http.headersTimeout = 20_000;
  });
}

/** A static file server on 127.0.0.1 for the demo article and the test pages. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `/demo/...` from demo/ and `/pages/...` from tests/fixtures/pages/, and any `extra`
 * top folder from its directory (e.g. saved articles read in place, never copied here).
 */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<StaticServer> {
  const roots: Record<string, string> = {
    demo: resolve('demo'),
    pages: resolve('tests/fixtures/pages'),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, resolve(v)])),
  };
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, top, ...rest] = path.split('/');
    const base = top ? roots[top] : undefined;
    const file = base ? normalize(join(base, ...rest)) : undefined;
    if (!base || !file || !file.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Paths requested so far, in order (`/examples/1-heatmap.html` …). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A tiny static file server on 127.0.0.1 (random port) over `root`, for the
 * browser tests of the built bundle. `headers(path)` adds response headers
 * per path (e.g. a Content-Security-Policy). Paths outside `root` are 404;
 * directories serve their index.html; /favicon.ico is an empty 204.
 */
export async function serveStatic(
  root: string,
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const requests: string[] = [];
  const base = normalize(root + sep);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') {
        // Browsers ask for it on their own; a portal has its own.
        res.writeHead(204).end();
        return;
      }
      requests.push(path);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...headers(path),
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

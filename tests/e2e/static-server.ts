/** A tiny static server for tests/fixtures/pages (and the folders in MOUNTS) on 127.0.0.1 and a random port, shared by the Chromium and Firefox suites. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
/**
 * The shared reference article, served at /seed/page.html when ../shared is there (it is
 * the publisher's: read in place, never copied); tests that use it skip without it.
 */
export const SEED_DIR = fileURLToPath(new URL('../../../shared/eval/seed-article', import.meta.url));
export const hasSeedPage = (): boolean => existsSync(path.join(SEED_DIR, 'page.html'));
/** Pages with an article inside site chrome (issue #12), served at /chrome/. */
export const CHROME_PAGES_DIR = fileURLToPath(new URL('../fixtures/chrome-pages', import.meta.url));
/** The 19 shared real news pages, served at /real/ when ../shared is there (read in place, never copied). */
export const REAL_PAGES_DIR = fileURLToPath(new URL('../../../shared/pages', import.meta.url));

const MOUNTS: [string, string][] = [
  ['/seed/', SEED_DIR],
  ['/chrome/', CHROME_PAGES_DIR],
  ['/real/', REAL_PAGES_DIR],
];

/** The file a request path names, inside one of the served folders, or null. */
function fileFor(pathname: string): string | null {
  const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
  const [root, rest] = mount ? [mount[1], pathname.slice(mount[0].length - 1)] : [PAGES_DIR, pathname];
  const file = path.join(root, path.normalize(rest));
  return file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = fileFor(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { mustRun, NPM_ENV, run, WORK } from './clients.js';

/**
 * A real Chromium 86 (86.0.4240.0, the engine of 360 Secure Browser 13 and of many browsers on
 * domestic operating systems), for the legacy bundle's test. The registry's
 * `chrome-aws-lambda@5.3.1` carries it as one brotli-compressed file; it runs on the libraries
 * Debian's own Chromium brings. Unpacked once under WORK; nothing is downloaded from elsewhere.
 */
const PACKAGE = 'chrome-aws-lambda@5.3.1';
const VERSION = '86.0.4240.0';

async function unpacked(): Promise<string> {
  const dir = join(WORK, 'chromium-86');
  const exe = join(dir, 'chromium');
  if (existsSync(exe)) return exe;
  const pack = join(WORK, 'chromium-86-pack');
  rmSync(pack, { recursive: true, force: true });
  mkdirSync(pack, { recursive: true });
  const packed = await run('npm', ['pack', PACKAGE, '--pack-destination', pack], pack, NPM_ENV);
  if (packed.code !== 0) throw new Error(`npm pack ${PACKAGE} failed:\n${packed.output}`);
  // npm pack prints the tarball's name last on standard output
  const tarball = join(pack, packed.stdout.trim().split('\n').pop()!);
  await mustRun('tar', ['xzf', tarball, '-C', pack, 'package/bin/chromium.br'], pack);
  mkdirSync(dir, { recursive: true });
  const partial = `${exe}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(pack, 'package/bin/chromium.br'))));
  chmodSync(partial, 0o755);
  renameSync(partial, exe);
  rmSync(pack, { recursive: true, force: true });
  return exe;
}

/** Launches Chromium 86 headless, as `launchChromium` launches Debian's. */
export async function launchChromium86(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: await unpacked(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
  if (browser.version() !== VERSION)
    throw new Error(`expected Chromium ${VERSION}, launched ${browser.version()}`);
  return browser;
}

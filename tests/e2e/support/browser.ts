import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium lives; CHROMIUM_PATH overrides it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return path;
}

/**
 * Launches headless Chromium with the flags this sandbox needs: no sandbox (we run as root), and
 * no background networking (the machine has no network, and Chromium's probes would be refused).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

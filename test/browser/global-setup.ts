import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createStaticServer, listen } from '../../src/site/static-server.ts';
import { buildFixtureSite } from './fixture-site.ts';
import { findChromium } from '../../src/node/chromium.ts';
import { announceMissing } from '../support/system-tools.ts';
import { ROOT } from '../support/root.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    /** The fixture build's dist/ (its project is the folder above). */
    fixtureDist: string;
    chromium: boolean;
  }
}

const servers: Server[] = [];
/** Folders the setup made, removed at teardown. */
const temporary: string[] = [];

/** Serve the built site (and a fixture build with an untranslated and a stale paragraph) on 127.0.0.1. */
export async function setup(project: TestProject): Promise<void> {
  const found = await findChromium();
  const haveChromium = found !== undefined;
  if (found) {
    process.stderr.write(`Browser tests drive ${found.executablePath} (${found.source}).\n`);
  } else {
    announceMissing(
      [
        'NO CHROMIUM: neither /usr/bin/chromium nor the npm package @sparticuz/chromium.',
        'The browser tests are SKIPPED. Run npm ci, or apt-get install -y chromium.',
      ],
      'In CI the browser tests must run.',
    );
  }
  if (!existsSync(join(ROOT, 'dist/en/index.html'))) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
  const main = createStaticServer(join(ROOT, 'dist'));
  servers.push(main);
  project.provide('baseUrl', await listen(main, 0));
  const fixtureDist = haveChromium ? await buildFixtureSite(ROOT) : join(ROOT, 'dist');
  const fixture = createStaticServer(fixtureDist);
  servers.push(fixture);
  project.provide('fixtureUrl', await listen(fixture, 0));
  project.provide('fixtureDist', fixtureDist);
  project.provide('chromium', haveChromium);
  if (haveChromium) temporary.push(dirname(fixtureDist));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  // The fixture project links to this checkout's node_modules: left behind, it would outlive it broken.
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

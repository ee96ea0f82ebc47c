import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium, the first choice where it is installed (`apt-get install chromium`). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The flags this machine needs: no sandbox as root, no background traffic to a closed network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  readonly executablePath: string;
  /** Where it came from, for messages: the CHROMIUM variable, Debian's package, or the npm package. */
  readonly source: 'CHROMIUM variable' | 'system' | 'npm package @sparticuz/chromium';
  /** Extra flags and environment the binary needs. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * The npm package's Chromium (a devDependency): it ships the binary inside the package and unpacks it to the
 * temporary folder on first use, so a machine with only Node can run the browser tests.
 */
async function npmChromium(): Promise<ChromiumChoice | undefined> {
  let pkg: { executablePath(): Promise<string> };
  try {
    pkg = (await import('@sparticuz/chromium')).default;
  } catch {
    return undefined;
  }
  const executablePath = await pkg.executablePath();
  // Without system fonts (a bare machine), fontconfig finds the fonts the package unpacked beside the binary.
  const env: Record<string, string> = existsSync('/etc/fonts/fonts.conf')
    ? {}
    : { FONTCONFIG_PATH: join(dirname(executablePath), 'fonts') };
  return { executablePath, source: 'npm package @sparticuz/chromium', args: ['--no-zygote'], env };
}

/**
 * The Chromium to drive: `CHROMIUM` when set (a path, or `npm` to force the npm package), else Debian's
 * `/usr/bin/chromium`, else the npm package's. Undefined when there is none.
 */
export async function findChromium(environment: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice | undefined> {
  const wanted = environment['CHROMIUM'];
  if (wanted === 'npm') return npmChromium();
  if (wanted) {
    if (!existsSync(wanted))
      throw new Error(`CHROMIUM=${wanted}: no such file (unset it to use ${SYSTEM_CHROMIUM} or the npm package, or set CHROMIUM=npm)`);
    return { executablePath: wanted, source: 'CHROMIUM variable', args: [], env: {} };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system', args: [], env: {} };
  return npmChromium();
}

/** Launch headless Chromium (as found by findChromium) with this machine's flags. */
export async function launchChromium(
  options: { readonly args?: readonly string[]; readonly headless?: boolean; readonly chromium?: ChromiumChoice } = {},
): Promise<Browser> {
  const found = options.chromium ?? (await findChromium());
  if (!found) throw new Error(`No Chromium: install Debian's (apt-get install chromium) or run npm ci (it brings @sparticuz/chromium)`);
  const launchOptions: LaunchOptions = {
    executablePath: found.executablePath,
    headless: options.headless ?? true,
    args: [...CHROMIUM_FLAGS, ...found.args, ...(options.args ?? [])],
    env: { ...process.env, ...found.env } as Record<string, string>,
  };
  return chromium.launch(launchOptions);
}

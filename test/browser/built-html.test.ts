import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/html.ts';
import { ROOT } from '../support/root.ts';

const dist = join(ROOT, 'dist');
const pages = (): string[] => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('the built pages', () => {
  it('exist', () => expect(pages().length).toBeGreaterThan(8));

  it('carry a strict Content-Security-Policy and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "'")}"`);
      for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
        // A JSON-LD data block is not executed (script-src does not apply); it must be data, and nothing else.
        if (script[0].startsWith('<script type="application/ld+json">')) {
          expect(() => JSON.parse(script[1] ?? ''), page).not.toThrow();
          continue;
        }
        expect(script[0], page).toMatch(/\ssrc="\/assets\//);
        expect(script[1], page).toBe('');
      }
      expect(html, page).not.toMatch(/\son[a-z]+="/i);
      expect(html, page).not.toMatch(/(src|href)="(https?:)?\/\/(?!www\.regjeringen\.no\/|127\.0\.0\.1)/);
    }
  });

  it('each start their head with the same shell: charset first, viewport, colour schemes, icon, once each', () => {
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html.match(/<head>\s*<meta charset="UTF-8">/), page).not.toBeNull();
      for (const tag of [
        '<meta charset=',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<link rel="icon" href="/favicon.svg"',
      ]) {
        expect(html.split(tag).length - 1, `${page}: ${tag}`).toBe(1);
      }
    }
  });

  it('hold no development-server code (in-place editing and its endpoints are for npm run dev only)', () => {
    const scripts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) expect(readFileSync(join(dist, 'assets', script), 'utf8'), script).not.toContain('__translations');
  });
});

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { historyData, languageHistory } from '../../src/site/history.ts';
import { renderFeed, renderHistory, renderVersion } from '../../src/site/entry-records.tsx';
import type { HistoryData } from '../../src/core/wire/history-data.ts';
import type { GitProject } from '../support/git-project.ts';
import { historyRepo, historySource } from '../support/history-repo.ts';
import { tempDir } from '../support/project.ts';

const SITE = 'https://example.org';
const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as Atom requires (RFC 4287 section 3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let repo: GitProject;
let days: readonly string[] = [];
let history: HistoryData;

beforeAll(async () => {
  ({ repo, days } = await historyRepo());
  history = historyData(languageHistory(historySource(repo.dir), 'da'));
  // The repository is the file's: removed once its tests are done.
  return repo.remove;
}, 60_000);

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the Atom feed of a language version’s revisions', () => {
  it('is read by a real feed parser: title, link, and one entry per version with its own address and date', async () => {
    const xml = (await renderFeed('da', history, SITE)) ?? '';
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.url).toBe(`${SITE}/da/history/`);
    expect(feed.title).toContain('Revisionshistorik');
    expect(feed.language).toBe('da');
    expect(feed.items.map((i) => i.url)).toEqual(history.versions.map((v) => `${SITE}/da/history/${v.id}/`));
    expect(feed.items.map((i) => i.updated?.toISOString().slice(0, 10))).toEqual([...days.slice(0, 5)].reverse());
    // The entry for the revision that followed the English names the paragraph and why it changed, in Danish.
    expect(feed.items[2]?.title).toContain('Afsnit 2: oversættelsen revideret, efter at den engelske tekst blev ændret');
    expect(feed.items[1]?.content).toContain('fjernet');
  });

  it('has every element RFC 4287 requires, with RFC 3339 dates', async () => {
    const doc = new DOMParser().parseFromString((await renderFeed('da', history, SITE)) ?? '', 'application/xml');
    const feed = doc.documentElement;
    expect([feed?.namespaceURI, feed?.localName]).toEqual([ATOM, 'feed']);
    const children = (el: Element, name: string): Element[] =>
      [...el.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
    const one = (el: Element, name: string): string => {
      const found = children(el, name);
      expect(found, name).toHaveLength(1);
      return found[0]?.textContent?.trim() ?? '';
    };
    if (!feed) throw new Error('no root');
    one(feed, 'id');
    expect(one(feed, 'title')).not.toBe('');
    expect(one(feed, 'updated')).toMatch(RFC3339);
    expect(children(feed, 'author').length).toBeGreaterThan(0);
    expect(children(feed, 'link').some((l) => l.getAttribute('rel') === 'self')).toBe(true);
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(history.versions.length);
    for (const entry of entries) {
      expect(one(entry, 'id')).toMatch(/^https:\/\/example\.org\/da\/history\/\d{4}-\d{2}-\d{2}-[0-9a-f]{10}\/$/);
      expect(one(entry, 'title')).not.toBe('');
      expect(one(entry, 'updated')).toMatch(RFC3339);
    }
  });

  it('is not written at all where no version has a known date (a depth-1 clone), rather than with an invented one', async () => {
    const dir = await tempDir('feed-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, join(dir, 'c')], { stdio: 'ignore' });
    const shallow = historyData(languageHistory(historySource(join(dir, 'c')), 'da'));
    expect(await renderFeed('da', shallow, SITE)).toBeUndefined();
    const page = await renderHistory('da', shallow, SITE);
    expect(text(page.html)).toContain('Revisionshistorikken kendes ikke');
    expect(page.html).not.toContain('<time');
  });
});

describe('the history and version pages', () => {
  it('list every version with its date and what changed, a removed paragraph included', async () => {
    const page = await renderHistory('da', history, SITE);
    for (const day of days.slice(0, 5)) expect(page.html).toContain(`<time dateTime="${day}">`);
    const words = text(page.html);
    expect(words).toContain('den engelske original blev ændret; oversættelsen afventer revision');
    expect(words).toMatch(/Afsnit 3 De glædede sig over arbejdet med totalforsvar\. ?: fjernet/);
    expect(page.head).toMatchObject({ lang: 'da', indexable: true, url: `${SITE}/da/history/` });
  });

  it('give each version its own text, with what was stale then marked, and a citation of its address', async () => {
    const stale = history.versions.find((v) => v.changes.some((c) => c.kinds.includes('awaiting')));
    if (!stale) throw new Error('no version with a paragraph awaiting revision');
    const page = await renderVersion('da', history, stale.id, (l) => `/${l}/history/`, SITE);
    expect(page.html).toMatch(/<li id="two" class="paragraph" data-state="stale">/);
    expect(text(page.html)).toContain('Den engelske original er blevet ændret, siden dette afsnit blev oversat.');
    expect(text(page.html)).toContain(`${SITE}/da/history/${stale.id}/`);
    expect(page.head.indexable).toBe(false);
  });
});

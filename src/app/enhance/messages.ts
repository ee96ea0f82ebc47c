import type { Calendar } from '../../core/wire/locale-data.ts';

/**
 * What the page's scripts say, in the page's language: every message is in the prerendered page
 * (PageMessages.tsx), each tagged with its language where the interface is not yet translated, so the
 * scripts carry no strings of their own and are the same for every language.
 */
export const MESSAGES_ID = 'page-messages';

export type MessageName = 'link-copied' | 'link-failed' | 'cite-copied' | 'cite-failed' | 'switched' | 'accessed';

/** How long a message stays in its status region before it empties again (so a second copy is announced again). */
const STATUS_MS = 4000;

function messages(doc: Document): HTMLElement | null {
  return doc.getElementById(MESSAGES_ID);
}

/** A copy of a message's element (keeping its `lang`), or nothing when the page has no such message. */
export function message(doc: Document, name: MessageName): HTMLElement | undefined {
  const found = messages(doc)?.querySelector<HTMLElement>(`[data-message="${name}"]`);
  if (!found) return undefined;
  const copy = found.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-message');
  return copy;
}

/**
 * Shows a message in a status region (role="status", so it is announced), and empties the region after a
 * while. `timers` is the enhancement's own record of each region's pending timer.
 */
export function say(region: Element | null | undefined, content: Node | undefined, timers: WeakMap<Element, number>): void {
  if (!region || !content) return;
  const view = region.ownerDocument.defaultView;
  const pending = timers.get(region);
  if (pending !== undefined) view?.clearTimeout(pending);
  region.replaceChildren(content);
  const timer = view?.setTimeout(() => region.replaceChildren(), STATUS_MS);
  if (timer !== undefined) timers.set(region, timer);
}

/** A date in a language's long form from its build-time calendar (no Intl data needed). */
export function formatWithCalendar(date: Date, calendar: Calendar): string {
  return calendar.pattern
    .replace('{d}', String(date.getDate()))
    .replace('{m}', calendar.months[date.getMonth()] ?? String(date.getMonth() + 1))
    .replace('{y}', String(date.getFullYear()));
}

/**
 * Citations say when they were read. The prerendered page cannot know that day ("accessed [date]"); with
 * scripts it is today, written as the language writes a date from the calendar Node formatted at build
 * time (Chromium has no Intl data for Icelandic or Nynorsk).
 */
export function fillAccessedDates(doc: Document, today: Date): void {
  const template = messages(doc)?.querySelector('[data-message="accessed"]')?.textContent;
  const calendarText = messages(doc)?.dataset['calendar'];
  if (!template || !calendarText) return;
  const date = formatWithCalendar(today, JSON.parse(calendarText) as Calendar);
  for (const span of doc.querySelectorAll('.accessed')) span.textContent = template.replace('{{date}}', date);
}

import { ID_PATTERN } from './front-matter.ts';

/**
 * Reading the HTML comments of a document: which are id markers, which only look like one. A
 * look-alike taken for a plain comment would give its paragraph a new id and leave its
 * translations behind, so anything that resembles a marker must be exactly one, or an error.
 */
export interface CommentReading {
  readonly ids: readonly string[];
  readonly problems: readonly { readonly code: string; readonly message: string }[];
}

const MARKER = /^\s*id:\s*(\S*)\s*$/;
/** `id:`, `ID:`, `id :`, `id=`, `Id -`...: meant as a marker, whatever else it holds. */
const LOOKS_LIKE = /^\s*id\s*[:=]/i;

const EXACT = (id: string): string => `<!-- id: ${id} -->`;

function lookAlike(content: string): string {
  const rest = content.replace(/^\s*id\s*[:=]\s*/i, '');
  const id = rest.split(/\s+/)[0] ?? '';
  const hint = ID_PATTERN.test(id) ? ` Write it as ${EXACT(id)}` : '';
  if (!/^\s*id/.test(content)) return `a comment that looks like an id marker but is not one ("id" must be lower case).${hint}`;
  if (/^\s*id\s+[:=]/.test(content)) return `a comment that looks like an id marker but is not one (no space before the colon).${hint}`;
  if (/^\s*id=/.test(content)) return `a comment that looks like an id marker but is not one (a colon, not "=").${hint}`;
  if (rest.trim().includes(' '))
    return `a comment that looks like an id marker but is not one: a marker holds the id alone; put notes in a comment of their own.${hint}`;
  return `a comment that looks like an id marker but is not one.${hint}`;
}

export function classifyComments(html: string): CommentReading {
  const ids: string[] = [];
  const problems: { code: string; message: string }[] = [];
  let rest = html.trim();
  if (!rest.startsWith('<!--')) {
    return {
      ids,
      problems: [{ code: 'html', message: 'HTML is not supported in the document: write plain Markdown (comments <!-- … --> are fine)' }],
    };
  }
  while (rest.startsWith('<!--')) {
    const close = rest.indexOf('-->', 4);
    if (close < 0) {
      const unterminated = rest.slice(4).split('\n')[0]?.trim() ?? '';
      problems.push({
        code: 'unterminated-comment',
        message: `the comment opened here ("<!--${unterminated ? ` ${unterminated.slice(0, 30)}` : ''}") is never closed with "-->": everything after it would vanish from the document`,
      });
      return { ids, problems };
    }
    const content = rest.slice(4, close);
    if (content.includes('<!--')) {
      problems.push({
        code: 'unterminated-comment',
        message:
          'this comment is never closed before the next one opens: is its closing "-->" missing? Everything between would vanish from the document',
      });
      return { ids, problems };
    }
    const marker = MARKER.exec(content);
    if (marker) {
      const id = marker[1] ?? '';
      if (ID_PATTERN.test(id)) ids.push(id);
      else
        problems.push({
          code: 'invalid-id',
          message: `invalid paragraph id "${id}": use lower-case letters, digits and hyphens, starting with a letter`,
        });
    } else if (LOOKS_LIKE.test(content)) problems.push({ code: 'marker-look-alike', message: lookAlike(content) });
    rest = rest.slice(close + 3).trim();
  }
  if (rest !== '')
    problems.push({
      code: 'html',
      message: 'text after a comment on the same line would not be shown: put it on a line of its own, after a blank line',
    });
  return { ids, problems };
}

/** The first words of a paragraph, to name it in a message. */
export function firstWords(text: string, count = 6): string {
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')}…`;
}

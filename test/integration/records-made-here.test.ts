import { describe, expect, it } from 'vitest';
import { commitsMadeHere } from '../../src/node/records/git-sides.mjs';

/** How a command's record reads HEAD's reflog for the commits `git commit` made here without the hooks (N11). */
const id = (n: number): string => String(n).padStart(40, 'a');
const ZERO = '0'.repeat(40);
const line = (old: string, now: string, message: string): string => `${old} ${now} T <t@example.org> 1700000000 +0000\t${message}`;

describe('commitsMadeHere', () => {
  it('reads back the commits made here, to the move before them', () => {
    const log = [
      line(ZERO, id(1), 'clone: from /elsewhere'),
      line(id(1), id(2), 'pull: Fast-forward'),
      line(id(2), id(3), 'commit: Danish two'),
      line(id(3), id(4), 'commit (amend): Danish two and three'),
      line(id(4), id(5), 'commit (merge): Merge branch x'),
    ].join('\n');
    expect(commitsMadeHere(`${log}\n`, new Set())).toEqual({ made: [id(5), id(4), id(3)], before: id(2) });
  });

  it('stops at a commit the records know, and at a line that does not follow on', () => {
    const log = [line(id(1), id(2), 'commit: a'), line(id(2), id(3), 'commit: b'), line(id(9), id(4), 'commit: c')].join('\n');
    expect(commitsMadeHere(log, new Set())).toEqual({ made: [id(4)], before: id(9) });
    expect(commitsMadeHere(log.split('\n').slice(0, 2).join('\n'), new Set([id(2)]))).toEqual({ made: [id(3)], before: id(2) });
  });

  it('none after a pick, a revert, a rebase step, a merge, a reset or a pull; a first commit has nothing before it', () => {
    for (const message of [
      'cherry-pick: x',
      'revert: x',
      'rebase (pick): x',
      'merge x: Fast-forward',
      'reset: moving to HEAD~1',
      'pull: x',
    ])
      expect(commitsMadeHere(line(id(1), id(2), message), new Set()).made).toEqual([]);
    expect(commitsMadeHere(line(ZERO, id(1), 'commit (initial): x'), new Set())).toEqual({ made: [id(1)], before: undefined });
    expect(commitsMadeHere(undefined, new Set()).made).toEqual([]);
  });
});

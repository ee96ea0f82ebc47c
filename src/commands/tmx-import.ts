import { TMX } from '../core/exchange/formats/tmx.ts';
import { planMemoryImport } from '../core/exchange/memory-policy.ts';
import { runIfMain } from './shared/command.ts';
import { importCommand, importHelp } from './shared/exchange-import.ts';

const USAGE = `Usage: npm run tmx:import -- [options]

Read a translation memory per language (tmx/da.tmx, ...: ours, a CAT tool's such as OmegaT's
omegat/project_save.tmx, or another project's) into locales/, through the same sync state and
checks as the other imports. A unit counts by its English: one whose English is an entry's English
of now fills it, replaces a stale translation or confirms one it equals, as current; one with any
other English fills an untranslated entry as a suggestion, stale until reviewed, and is ignored
where the translation is current (an older translation, superseded). Units are tied to
entries by tuid (namespace:key) or OmegaT's id property, else by their English.

Refused, nothing written: a file that is not TMX or whose source language is not English, a
variant in a language the project does not have, a memory with no variant of the language (exit 2,
file:line:column); a unit that would replace a translation at least as new as itself (a current
one, or a stale one it cannot be ordered against: exit 1, unless --force takes the memory's), and
two units with different translations for one entry (exit 1: keep one of them).

${importHelp(TMX, 'the memory')}`;

export const tmxImport = importCommand('tmx:import', USAGE, TMX, planMemoryImport);

void runIfMain(import.meta.url, 'tmx:import', tmxImport);

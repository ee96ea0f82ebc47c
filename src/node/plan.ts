import { planExtraction, type ExtractionPlan, type ExtractOptions, type ProjectSnapshot } from '../core/sync/extraction.ts';
import { gatherEvidence } from './git-evidence.ts';

/**
 * The extraction plan with evidence from history for the translations the sync state does not vouch
 * for. Two passes only when needed: the first names those translations, history is asked about them
 * alone, the second judges them. Every command that reports or writes a status plans this way.
 */
export async function planProject(
  root: string,
  snapshot: ProjectSnapshot,
  options: Omit<ExtractOptions, 'evidence'> = {},
): Promise<ExtractionPlan> {
  const first = planExtraction(snapshot, options);
  if (first.unvouched.length === 0 || first.fatal.length > 0) return first;
  const evidence = await gatherEvidence(root, snapshot, first.unvouched);
  return planExtraction(snapshot, { ...options, evidence });
}

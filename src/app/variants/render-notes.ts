import type { DriftNote, DriftReport } from '../../domain/drift/drift-report';
import type { RenderProblem } from '../ports/renderer';

/** What a render problem tells a reviewer, as a note of the variant's report. */
export function notesOf(problems: readonly RenderProblem[]): DriftNote[] {
  return problems.map((p) => {
    if (p.kind === 'TEMPLATE_ERROR') {
      const fallback = p.usedFallback ? '; the built-in template was used instead' : '';
      return { severity: 'SUGGESTION', message: `Template error: ${p.message}${fallback}` };
    }
    const facts = p.keyFacts.map((f) => `key fact ${f.index + 1} "${f.text}" (${[...f.text].length} characters)`).join(', ');
    return { severity: 'SUGGESTION', message: facts ? `${p.message}: ${facts} cannot fit` : p.message };
  });
}

/**
 * Names the key facts that cannot fit in the report's CHANNEL_LIMIT flags, so the flag itself says which fact
 * is too long (the renderer knows; the drift engine only sees the length).
 */
export function explainLimits(report: DriftReport, problems: readonly RenderProblem[]): DriftReport {
  const facts = problems.flatMap((p) => (p.kind === 'CHANNEL_LIMIT' ? p.keyFacts : []));
  if (facts.length === 0) return report;
  const named = facts.map((f) => `"${f.text}"`).join(', ');
  const flags = report.flags.map((f) =>
    f.code === 'CHANNEL_LIMIT' ? { ...f, message: `${f.message}. Too long to fit even alone: key fact ${named}` } : f,
  );
  return { ...report, flags };
}

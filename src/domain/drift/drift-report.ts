import type { DriftCode, Severity } from './drift-code';

/** One finding: a value, never an exception. */
export interface DriftFlag {
  readonly code: DriftCode;
  readonly severity: Severity;
  /** "Unexpected X, expected Y" phrasing where it fits. */
  readonly message: string;
  /** The offending text quoted from the variant, where there is one. */
  readonly evidence?: string;
  /** The content section the evidence is in (`text`, `subject`, `slides[2]`, …). */
  readonly section?: string;
}

/**
 * Something a reviewer should know about how a variant was made that is not drift: a brand template that
 * failed (and the built-in one used instead), a model that failed (and the template used instead), a key fact
 * too long for the channel. Notes never make a report `drifted`.
 */
export interface DriftNote {
  readonly severity: 'SUGGESTION';
  readonly message: string;
}

/** The result of checking one variant against its master. */
export interface DriftReport {
  /** True exactly when a flag has severity ERROR or WARNING. */
  readonly drifted: boolean;
  /** 0 (nothing of the master survives) … 1 (fully consistent). */
  readonly score: number;
  readonly flags: readonly DriftFlag[];
  /** Notes about how the variant was made (stored variants only). */
  readonly notes?: readonly DriftNote[];
}

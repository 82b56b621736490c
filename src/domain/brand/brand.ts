import type { ToneRules } from './tone-rules';

/** A brand: its name, default locale and tone rules; `version` rises with every change. */
export interface Brand {
  readonly id: string;
  readonly name: string;
  readonly defaultLocale: string;
  readonly toneRules: ToneRules;
  readonly version: number;
  /** Review rule: a variant's approver must differ from its last editor. */
  readonly requireDistinctApprover: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

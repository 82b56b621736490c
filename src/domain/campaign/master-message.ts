/** The call to action every channel points to. */
export interface CallToAction {
  readonly text: string;
  readonly url: string;
}

/** What a caller supplies for a new master version. */
export interface MasterMessageDraft {
  readonly locale: string;
  readonly headline: string;
  readonly body: string;
  readonly callToAction: CallToAction;
  /** Short claims every channel variant must carry. */
  readonly keyFacts: readonly string[];
}

/** One immutable, numbered version of a campaign's master message. */
export interface MasterMessage extends MasterMessageDraft {
  readonly version: number;
  readonly createdAt: Date;
}

/**
 * Merge tags of sending platforms: `{{first_name}}` (Klaviyo, HubSpot, Customer.io), `*|FNAME|*` (Mailchimp),
 * `%%FirstName%%` (Salesforce Marketing Cloud). They are placeholders the sending platform fills, so the hub must
 * pass them through untouched: never truncate inside one, never let markdown read `*|…|*` as emphasis.
 */
export const MERGE_TAG_SOURCE = String.raw`\{\{[^{}\n]+\}\}|\*\|[^|\n]+\|\*|%%[^%\n]+%%`;

const STICKY = new RegExp(MERGE_TAG_SOURCE, 'y');

/** The merge tag that starts exactly at `index` of `text`, if one does (for tokenizers). */
export function mergeTagAt(text: string, index: number): string | undefined {
  STICKY.lastIndex = index;
  return STICKY.exec(text)?.[0];
}

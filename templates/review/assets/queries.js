// GraphQL text shared by the review page's modules.

/** What a variant card shows. */
export const VARIANT_FIELDS = `fragment ReviewVariant on Variant {
  id channel locale status source revision masterVersion stale reviewComment overrideReason updatedAt
  content { text subject preheader title metaDescription body slides caption }
  drift { drifted score flags { code severity message evidence section } notes { severity message } }
}`;

/** A campaign with its master and every variant. */
export const CAMPAIGN = `query ReviewCampaign($id: ID!) {
  campaign(id: $id) {
    id name brand { name }
    master { version locale headline body callToAction { text url } keyFacts }
    variants { ...ReviewVariant }
  }
} ${VARIANT_FIELDS}`;

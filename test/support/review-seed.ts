import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  CreateApiKeyDocument,
  CreateBrandDocument,
  CreateCampaignDocument,
  GenerateVariantsDocument,
  SubmitForReviewDocument,
  UpdateVariantDocument,
  type VariantFieldsFragment,
} from '../generated/graphql';
import { MASTERS } from '../fixtures/masters';
import { ADMIN_KEY } from './api';
import { postGraphQL } from './hub';

/** Runs a typed operation against a hub over HTTP; fails on any error. */
export async function call<R, V extends Record<string, unknown>>(url: string, doc: TypedDocumentNode<R, V>, variables: V, key = ADMIN_KEY): Promise<R> {
  const { json } = await postGraphQL(url, { query: print(doc), variables }, key);
  if (json.errors?.length) throw new Error(`operation failed: ${JSON.stringify(json.errors)}`);
  return json.data as R;
}

/** Copy that would run script if the page treated it as HTML. */
export const XSS_SLIDES = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script> Brightline e-bikes for €39 a month', 'Repairs and theft insurance included'];

/** What the review page tests find in the hub. */
export interface ReviewSeed {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly otherBrandName: string;
  /** A REVIEWER key limited to the seeded brand. */
  readonly reviewerKey: string;
  /** By channel: the variant as submitted for review. */
  readonly variants: Readonly<Record<string, VariantFieldsFragment>>;
}

async function edit(url: string, variant: VariantFieldsFragment, content: Record<string, unknown>) {
  return (await call(url, UpdateVariantDocument, { input: { variantId: variant.id, expectedRevision: variant.revision, content } })).updateVariant;
}

async function campaignInReview(url: string, brandName: string, campaignName: string) {
  const brand = (await call(url, CreateBrandDocument, { input: { name: brandName, defaultLocale: 'en', toneRules: { protectedTerms: ['Brightline'] } } })).createBrand;
  const campaign = (await call(url, CreateCampaignDocument, { input: { brandId: brand.id, name: campaignName, master: MASTERS.en } })).createCampaign;
  const generated = (await call(url, GenerateVariantsDocument, { input: { campaignId: campaign.id } })).generateVariants;
  return { brandId: brand.id, campaignId: campaign.id, byChannel: new Map(generated.map((v) => [v.channel, v])) };
}

/**
 * A brand with a campaign whose variants are in review: a clean tweet, an email with a wrong price (ERROR
 * flags), a carousel whose copy is markup, a blog post; a second brand the reviewer key must not see.
 */
export async function seedReview(url: string): Promise<ReviewSeed> {
  const seeded = await campaignInReview(url, 'Brightline Bikes', 'Spring e-bike launch');
  const tweet = seeded.byChannel.get('TWEET')!;
  if (tweet.drift.flags.some((f) => f.severity === 'ERROR')) throw new Error(`seed: the generated tweet has ERROR flags: ${JSON.stringify(tweet.drift.flags)}`);
  const email = seeded.byChannel.get('EMAIL')!;
  const wrong = (text?: string | null) => text?.replaceAll('€39', '€49');
  const wrongPrice = await edit(url, email, { subject: wrong(email.content.subject), preheader: wrong(email.content.preheader), body: wrong(email.content.body) });
  const carousel = await edit(url, seeded.byChannel.get('INSTAGRAM_CAROUSEL')!, { slides: XSS_SLIDES, caption: '<b>bold?</b> Repairs and theft insurance included, cancel with 30 days notice. Link in bio.' });
  const variants: Record<string, VariantFieldsFragment> = {};
  for (const v of [tweet, wrongPrice, carousel, seeded.byChannel.get('BLOG_POST')!]) {
    variants[v.channel] = (await call(url, SubmitForReviewDocument, { variantId: v.id })).submitForReview;
  }
  if (!variants.EMAIL!.drift.flags.some((f) => f.severity === 'ERROR' && f.evidence?.includes('49'))) {
    throw new Error(`seed: the email with a wrong price has no ERROR flag quoting it: ${JSON.stringify(variants.EMAIL!.drift.flags)}`);
  }
  const other = await campaignInReview(url, 'Other Brand Oy', 'Hidden campaign');
  await call(url, SubmitForReviewDocument, { variantId: other.byChannel.get('TWEET')!.id });
  const reviewer = (await call(url, CreateApiKeyDocument, { input: { name: 'reviewer', role: 'REVIEWER', brandIds: [seeded.brandId] } })).createApiKey;
  return { campaignId: seeded.campaignId, campaignName: 'Spring e-bike launch', otherBrandName: 'Other Brand Oy', reviewerKey: reviewer.key, variants };
}

import type { MasterMessageDraft } from '../domain/campaign/master-message';
import { fallbackChain } from './phrases';

/** A realistic master and brand for one locale: what `validateTemplate` and check-templates render with. */
export interface RenderFixture {
  readonly brandName: string;
  readonly hashtagTerms: readonly string[];
  readonly master: MasterMessageDraft;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isMaster(value: unknown): value is MasterMessageDraft {
  const m = value as Partial<Record<keyof MasterMessageDraft, unknown>> | null;
  const cta = m?.callToAction as { text?: unknown; url?: unknown } | undefined;
  return (
    typeof m?.locale === 'string' &&
    typeof m.headline === 'string' &&
    typeof m.body === 'string' &&
    typeof cta?.text === 'string' &&
    typeof cta.url === 'string' &&
    isStringList(m.keyFacts)
  );
}

/** Checks a parsed `fixtures/<locale>.json`; names the file on failure. */
function asFixture(value: unknown, file: string): RenderFixture {
  const f = value as { brandName?: unknown; hashtagTerms?: unknown; master?: unknown } | null;
  if (typeof f?.brandName !== 'string' || !isMaster(f.master)) {
    throw new Error(`${file}: expected {brandName, hashtagTerms?, master: {locale, headline, body, callToAction, keyFacts}}`);
  }
  return { brandName: f.brandName, hashtagTerms: isStringList(f.hashtagTerms) ? f.hashtagTerms : [], master: f.master };
}

/** Fixture masters by locale, with the phrases' fallback (region → language → en). */
export class FixtureSet {
  private readonly byLocale: ReadonlyMap<string, RenderFixture>;

  constructor(raw: ReadonlyMap<string, unknown>) {
    this.byLocale = new Map([...raw].map(([locale, value]) => [locale, asFixture(value, `fixtures/${locale}.json`)]));
  }

  /** The locales that have their own fixture. */
  locales(): string[] {
    return [...this.byLocale.keys()];
  }

  /** The fixture of the most specific locale in `locale`'s chain. */
  forLocale(locale: string): RenderFixture {
    for (const tag of fallbackChain(locale)) {
      const fixture = this.byLocale.get(tag);
      if (fixture) return fixture;
    }
    throw new Error(`fixtures: none for ${locale} and no en.json to fall back to`);
  }
}

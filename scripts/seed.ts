import 'reflect-metadata';
import { listBrands, createBrand } from '../src/app/brands';
import { createCampaign } from '../src/app/campaigns';
import { loadConfig } from '../src/config';
import { createDeps } from '../src/hub';
import { openDatabase } from '../src/store/database';
import { DEMO_BRAND, DEMO_CAMPAIGNS } from './seed-data';
import { OPERATORS } from './support/operators';
import { errorText } from '../src/logger';

const OPERATOR = OPERATORS.seed;

/** `npm run seed`: a demo brand with tone rules and one launch campaign in each of en, ru, kk, ca, fi. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const deps = await createDeps(database);
    const existing = (await listBrands(deps, OPERATOR, 100)).items.find((b) => b.name === DEMO_BRAND.name);
    if (existing) {
      console.log(`demo brand already there: ${existing.id} (nothing changed)`);
      return;
    }
    const brand = await createBrand(deps, OPERATOR, DEMO_BRAND);
    console.log(`brand    ${brand.id}  ${brand.name}`);
    for (const { name, master } of DEMO_CAMPAIGNS) {
      const campaign = await createCampaign(deps, OPERATOR, { brandId: brand.id, name, master });
      console.log(`campaign ${campaign.id}  ${name}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(`seed failed: ${errorText(err)}`);
  process.exit(1);
});

import { parseArgs } from 'node:util';
import { createApiKey, listApiKeys, revokeApiKey } from '../src/app/api-keys';
import type { Deps } from '../src/app/deps';
import type { ApiKey } from '../src/domain/access/api-key';
import { ROLES, type Role } from '../src/domain/access/principal';
import { DomainError } from '../src/domain/errors';
import { OPERATORS } from './support/operators';

/** The operator running the CLI: full rights, recorded under this name in the audit trail. */
export const OPERATOR = OPERATORS.apikey;

const USAGE = `Usage:
  npm run apikey -- create --role ADMIN|EDITOR|REVIEWER|READER [--brand <brand id>]... [--name <name>]
  npm run apikey -- revoke <key id>
  npm run apikey -- list`;

function describeKey(k: ApiKey): string {
  const brands = k.brandIds.length ? k.brandIds.join(',') : 'every brand';
  const revoked = k.revokedAt ? `  revoked ${k.revokedAt.toISOString()}` : '';
  return `${k.id}  ${k.role.padEnd(8)}  ${k.name}  [${brands}]  created ${k.createdAt.toISOString()}${revoked}`;
}

async function create(deps: Deps, args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, brand: { type: 'string', multiple: true }, name: { type: 'string' } } });
  const role = values.role?.toUpperCase();
  if (!role || !ROLES.includes(role as Role)) {
    out(`--role must be one of ${ROLES.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const brandIds = (values.brand ?? []).flatMap((b) => b.split(',')).map((b) => b.trim()).filter(Boolean);
  const name = values.name ?? `${role.toLowerCase()} key (npm run apikey)`;
  const created = await createApiKey(deps, OPERATOR, { name, role: role as Role, brandIds });
  out(`Created: ${describeKey(created.apiKey)}`);
  out('The secret is shown only now (only its hash is stored). Use it as "Authorization: Bearer <key>":');
  out('');
  out(`  ${created.key}`);
  out('');
  return 0;
}

async function list(deps: Deps, out: (line: string) => void): Promise<number> {
  let afterId: string | undefined;
  let count = 0;
  do {
    const page = await listApiKeys(deps, OPERATOR, 100, afterId);
    for (const key of page.items) out(describeKey(key));
    count += page.items.length;
    afterId = page.hasNextPage ? page.items.at(-1)?.id : undefined;
  } while (afterId);
  if (count === 0) out('no keys');
  return 0;
}

/**
 * `npm run apikey`: create, revoke and list API keys from the operator's shell, through the same use cases as the
 * API (audited as the operator). Answers the exit code; expected failures print their message, never a stack.
 */
export async function apiKeyCli(argv: readonly string[], deps: Deps, out: (line: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'create') return await create(deps, rest, out);
    if (command === 'list') return await list(deps, out);
    if (command === 'revoke' && rest.length === 1 && rest[0]) {
      out(`Revoked: ${describeKey(await revokeApiKey(deps, OPERATOR, rest[0]))}`);
      return 0;
    }
  } catch (error) {
    if (error instanceof DomainError) {
      out(`apikey: ${error.message}`);
      return 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out(`apikey: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  out(USAGE);
  return 2;
}

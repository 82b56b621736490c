import { registerEnumType } from 'type-graphql';
import { ROLES } from '../domain/access/principal';
import { CHANNELS } from '../domain/channel/channel';
import { DRIFT_CODES, SEVERITIES } from '../domain/drift/drift-code';

/** Turns a domain `as const` list into the object form type-graphql registers as a GraphQL enum. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ChannelEnum = enumOf(CHANNELS);
export const SeverityEnum = enumOf(SEVERITIES);
export const DriftCodeEnum = enumOf(DRIFT_CODES);
export const RoleEnum = enumOf(ROLES);
/** A brand's severity for a code, or OFF to silence it. */
export const SeverityOverrideLevelEnum = enumOf([...SEVERITIES, 'OFF'] as const);

registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(SeverityEnum, { name: 'Severity' });
registerEnumType(DriftCodeEnum, { name: 'DriftCode' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(SeverityOverrideLevelEnum, {
  name: 'SeverityLevel',
  description: 'A severity, or OFF to turn a drift code off for a brand',
});

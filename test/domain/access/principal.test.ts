import { isScoped, type Principal, may, requireBrand, requireRole, ROLES, seesBrand } from '../../../src/domain/access/principal';
import { ForbiddenError, NotFoundError } from '../../../src/domain/errors';

const key = (role: Principal['role'], brandIds: string[] = []): Principal => ({ keyId: 'k', name: 'k', role, brandIds });

describe('the role policy', () => {
  it('should let ADMIN do everything and READER only read', () => {
    expect(may(key('ADMIN'), 'key.manage')).toBe(true);
    expect(may(key('READER'), 'variant.readApproved')).toBe(true);
    expect(may(key('READER'), 'variant.read')).toBe(false);
    expect(may(key('READER'), 'campaign.write')).toBe(false);
    expect(may(key('READER'), 'campaign.read')).toBe(true);
    expect(may(key('READER'), 'brand.read')).toBe(false);
    expect(may(key('READER'), 'audit.read')).toBe(false);
  });

  it('should keep review settings, keys, webhooks and the whole audit log to ADMIN', () => {
    for (const action of ['brand.settings', 'key.manage', 'webhook.manage', 'audit.readAll'] as const) {
      expect(ROLES.filter((role) => may(key(role), action))).toEqual(['ADMIN']);
    }
    expect(isScoped(key('ADMIN', ['b1']))).toBe(true);
    expect(isScoped(key('ADMIN'))).toBe(false);
  });

  it('should keep review decisions to ADMIN and REVIEWER', () => {
    expect(may(key('REVIEWER'), 'variant.review')).toBe(true);
    expect(may(key('EDITOR'), 'variant.review')).toBe(false);
    expect(() => requireRole(key('EDITOR'), 'variant.review')).toThrow(ForbiddenError);
  });

  it('should hide other brands as NOT_FOUND from a brand-scoped key', () => {
    expect(seesBrand(key('EDITOR'), 'b1')).toBe(true);
    expect(seesBrand(key('EDITOR', ['b1']), 'b2')).toBe(false);
    expect(() => requireBrand(key('EDITOR', ['b1']), 'b2', 'Campaign', 'c9')).toThrow(NotFoundError);
    expect(() => requireBrand(key('EDITOR', ['b1']), 'b1', 'Campaign', 'c9')).not.toThrow();
  });
});

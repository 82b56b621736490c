import { ValidationError } from '../../../src/domain/errors';
import { deliveryBody, type OutboxEvent, type Webhook, webhookWants } from '../../../src/domain/webhook/webhook';
import { hostAllowed, hostMatches, requireWebhookUrl, safeUrl, webhookUrlProblem } from '../../../src/domain/webhook/webhook-url';

const at = new Date('2026-03-01T12:00:00Z');
const hook: Webhook = { id: 'h', url: 'https://x.example', events: ['VARIANT_APPROVED'], brandId: 'b1', createdAt: at, disabledAt: null };
const event: OutboxEvent = { id: 'e', event: 'VARIANT_APPROVED', brandId: 'b1', occurredAt: at, data: { variantId: 'v' } };

describe('webhook subscriptions and URLs', () => {
  it('should match events by name, brand, time and enablement', () => {
    expect(webhookWants(hook, event)).toBe(true);
    expect(webhookWants({ ...hook, brandId: null }, { ...event, brandId: 'b9' })).toBe(true);
    expect(webhookWants(hook, { ...event, brandId: 'b2' })).toBe(false);
    expect(webhookWants(hook, { ...event, event: 'MASTER_UPDATED' })).toBe(false);
    expect(webhookWants({ ...hook, createdAt: new Date(at.getTime() + 1) }, event)).toBe(false);
    expect(webhookWants({ ...hook, disabledAt: at }, event)).toBe(false);
  });

  it('should send exactly {id, event, occurredAt, data}', () => {
    expect(JSON.parse(deliveryBody(event))).toEqual({ id: 'e', event: 'VARIANT_APPROVED', occurredAt: '2026-03-01T12:00:00.000Z', data: { variantId: 'v' } });
  });

  it.each([
    ['hooks.example.com', 'hooks.example.com', true],
    ['HOOKS.example.com.', 'hooks.example.com', true],
    ['a.hooks.example.com', '*.hooks.example.com', true],
    ['hooks.example.com', '*.hooks.example.com', false],
    ['evilhooks.example.com', '*.hooks.example.com', false],
    ['[::1]', '::1', true],
    ['169.254.169.254', 'hooks.example.com', false],
    ['anything.test', '*', true],
    ['x.test', '', false],
  ])('should judge host %s against pattern %s as %s', (host, pattern, allowed) => {
    expect(hostMatches(host, pattern)).toBe(allowed);
  });

  it('should allow any host without a list, and only listed hosts with one', () => {
    expect(hostAllowed('10.0.0.1', [])).toBe(true);
    expect(hostAllowed('10.0.0.1', ['hooks.example.com'])).toBe(false);
    expect(webhookUrlProblem('http://10.0.0.1/x', ['hooks.example.com'])).toBe('host 10.0.0.1 is not in HUB_WEBHOOK_ALLOWED_HOSTS');
    expect(webhookUrlProblem('ftp://hooks.example.com/x', [])).toMatch(/http or https/);
    expect(requireWebhookUrl(' https://hooks.example.com/in ', ['hooks.example.com'])).toBe('https://hooks.example.com/in');
    expect(() => requireWebhookUrl('http://10.0.0.1/x', ['hooks.example.com'])).toThrow(ValidationError);
  });

  it('should show URLs in logs and the audit trail without credentials or query', () => {
    expect(safeUrl('https://u:p@hooks.example.com:8443/in?token=t#f')).toBe('https://hooks.example.com:8443/in');
    expect(safeUrl('not a url')).toBe('(invalid URL)');
  });
});

import { ValidationError } from '../errors';
import { urlProblem } from '../input-rules';

/**
 * Webhook URLs: absolute http(s), and, when the operator set an allow-list (HUB_WEBHOOK_ALLOWED_HOSTS), a host
 * it names. NOTE: the hub POSTs to whatever a webhook names, from inside its network; without an allow-list an
 * ADMIN could point it at internal addresses (metadata services, admin ports). The list is checked at creation
 * and again at every delivery, so narrowing it takes effect for existing webhooks too.
 */

/** True when `host` matches a pattern: `hooks.example.com` exactly, `*.example.com` any subdomain of it. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const p = pattern.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (p === '') return false;
  if (p === '*') return true;
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h.length > p.length - 1;
  return h === p;
}

/** True when no allow-list is set, or the host matches one of its patterns. */
export function hostAllowed(host: string, allowedHosts: readonly string[]): boolean {
  return allowedHosts.length === 0 || allowedHosts.some((p) => hostMatches(host, p));
}

/** Why `url` cannot receive webhooks, or undefined when it can. */
export function webhookUrlProblem(url: string, allowedHosts: readonly string[]): string | undefined {
  const problem = urlProblem(url);
  if (problem) return problem;
  const { hostname } = new URL(url.trim());
  if (!hostAllowed(hostname, allowedHosts)) return `host ${hostname} is not in HUB_WEBHOOK_ALLOWED_HOSTS`;
  return undefined;
}

/** The URL, trimmed, or BAD_USER_INPUT naming the field. */
export function requireWebhookUrl(url: string, allowedHosts: readonly string[], field = 'url'): string {
  const problem = webhookUrlProblem(url, allowedHosts);
  if (problem) throw new ValidationError(`${field} ${problem}`, field, problem.startsWith('host ') ? 'WEBHOOK.HOST_NOT_ALLOWED' : 'INPUT.INVALID');
  return url.trim();
}

/** The URL as logs and the audit trail may show it: scheme, host, port and path, no credentials or query. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

import { type AttemptReport, attemptDelivery, claimDeliveries, type DeliveryPolicy, dispatchOutbox } from '../app/webhooks/deliver-webhooks';
import type { Deps } from '../app/deps';
import type { WebhookSender } from '../app/ports/webhook-sender';
import type { WebhookConfig } from '../config';

/** The log calls the worker makes (pino fits). */
export interface WorkerLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** A running worker. */
export interface WebhookWorker {
  /** Stops polling and waits for attempts in flight (each bounded by the timeout) to be recorded. */
  stop(): Promise<void>;
}

/** Outbox events fanned out per transaction. */
const DISPATCH_BATCH = 100;

function logReport(log: WorkerLog, r: AttemptReport): void {
  const fields = { deliveryId: r.deliveryId, webhookId: r.webhookId, event: r.event, attempt: r.attempt, responseStatus: r.responseStatus, error: r.error };
  if (!r.recorded) log.warn(fields, 'webhook attempt not recorded: its lease had run out');
  else if (r.status === 'FAILED') log.warn(fields, 'webhook delivery failed for good: retries exhausted');
  else if (r.status === 'PENDING') log.info(fields, 'webhook delivery attempt failed; will retry');
  else log.debug(fields, 'webhook delivered');
}

/**
 * The in-process delivery worker of one hub: every `pollIntervalMs` it fans committed outbox events out to
 * deliveries and claims due deliveries (up to `batchSize` in flight, so one slow receiver does not hold up the
 * others). All state is in the database: a restarted hub (or another hub on the same server) picks up where this
 * one stopped. NOTE: URLs and secrets are never logged.
 */
export function startWebhookWorker(deps: Deps, sender: WebhookSender, config: WebhookConfig, log: WorkerLog): WebhookWorker {
  const policy: DeliveryPolicy = { timeoutMs: config.timeoutMs, leaseMs: config.leaseMs, batchSize: config.batchSize, retry: config.retry };
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;

  const runRound = async () => {
    try {
      let dispatched = DISPATCH_BATCH;
      while (!stopped && dispatched === DISPATCH_BATCH) dispatched = await dispatchOutbox(deps, DISPATCH_BATCH);
      if (stopped) return;
      for (const claim of await claimDeliveries(deps, policy, config.batchSize - inFlight.size)) {
        const attempt: Promise<void> = attemptDelivery(deps, sender, policy, claim)
          .then((report) => logReport(log, report))
          .catch((err: unknown) => log.warn({ err, deliveryId: claim.delivery.id }, 'webhook attempt could not be recorded'))
          .finally(() => inFlight.delete(attempt));
        inFlight.add(attempt);
      }
    } catch (err) {
      log.warn({ err }, 'webhook worker round failed; retrying at the next poll');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runRound().finally(schedule);
    }, config.pollIntervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      await Promise.all([...inFlight]);
    },
  };
}

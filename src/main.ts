import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { startHub } from './hub';
import { createLogger, errorText } from './logger';

/** `npm start`: run the hub until SIGTERM/SIGINT, then shut down gracefully. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const hub = await startHub(config, logger, {
    onAdminKeyCreated: (secret) => {
      // NOTE: printed once on stdout, outside the structured log, and never stored: only its hash is.
      process.stdout.write(
        `\nFirst start: created an ADMIN key. It is shown only now; keep it safe:\n\n  ${secret}\n\n` +
          `Use it as "Authorization: Bearer <key>". Set HUB_ADMIN_KEY to choose your own.\n\n`,
      );
    },
  });
  let signals = 0;
  const shutdown = (signal: string) => {
    if (++signals > 1) return;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    hub.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError ? err.message : `tonehub failed to start: ${errorText(err, true)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});

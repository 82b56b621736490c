/** One signed POST of a delivery body to a webhook URL. */
export interface WebhookRequest {
  readonly url: string;
  /** The webhook's signing secret: the sender signs `<t>.<body>` with it (HMAC-SHA256). */
  readonly secret: string;
  /** The exact JSON text to send (the signature covers these bytes). */
  readonly body: string;
  readonly timeoutMs: number;
  /** Extra headers (event name, delivery id). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What came back: a status and a truncated excerpt of the body, or an error (never a thrown exception). */
export interface WebhookResponse {
  readonly status: number | null;
  readonly excerpt: string | null;
  readonly error: string | null;
  readonly durationMs: number;
}

/** Sends webhook deliveries (port; the HTTP adapter in src/webhooks implements it). */
export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

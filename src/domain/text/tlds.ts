/**
 * Top-level domains we accept for a bare domain written without scheme or `www.` (`shop.example.com`,
 * `ratsu.example.fi/kausi`). A closed list keeps "Node.js", "v1.2" or "klo 17.30" from reading as links.
 * Source: IANA root zone: the generic TLDs most used by brands, the country codes of Europe, the CIS and
 * other large markets, and those of common link shorteners (bit.ly, t.me, youtu.be), chosen by us.
 */
export const KNOWN_TLDS: ReadonlySet<string> = new Set(
  (
    'com net org info biz io co app dev shop store online site tech page link live blog news media cloud ' +
    'ly me tv gg to ai xyz cc gl club ' +
    'eu fi ru kz cat es fr de se no dk ee lv lt pl ua by uk ie it pt nl be at ch cz sk hu ro bg gr tr ' +
    'us ca au nz jp cn in br mx ar cl il ae za su рф қаз'
  ).split(' '),
);

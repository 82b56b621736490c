import type { ChannelSpec, ChannelSpecExample } from '../channel-spec';

const BODY = 'Aurora grinds for a double espresso in under ten seconds.\n\nPre-order: https://bruma.example.com/aurora';
const PREHEADER = 'Quiet enough not to wake the house, and ready for your first espresso.';

/** Ok and not-ok emails: the subject's hard (78) and recommended (50) limits, the preheader's 40–100. */
export const examples: readonly ChannelSpecExample[] = [
  {
    name: 'an email with a 37-character subject and a 70-character preheader',
    date: '2026-03-01',
    content: { subject: 'Meet Aurora, our quietest grinder yet', preheader: PREHEADER, body: BODY },
    breaches: [],
  },
  {
    name: 'a 79-character subject (cut by clients, and past the recommended 50)',
    date: '2026-03-01',
    content: { subject: 's'.repeat(79), preheader: PREHEADER, body: BODY },
    breaches: [
      { limit: 'email.subject', section: 'subject' },
      { limit: 'email.subject-recommended', section: 'subject' },
    ],
  },
  {
    name: 'a 60-character subject (allowed, but mobile inboxes cut it)',
    date: '2026-03-01',
    content: { subject: 's'.repeat(60), preheader: PREHEADER, body: BODY },
    breaches: [{ limit: 'email.subject-recommended', section: 'subject' }],
  },
  {
    name: 'a 23-character preheader (inboxes fill the rest with body text)',
    date: '2026-03-01',
    content: { subject: 'Meet Aurora', preheader: 'Quiet, fast, and yours.', body: BODY },
    breaches: [{ limit: 'email.preheader', section: 'preheader' }],
  },
];

/** Marketing email: subject, preheader, body (text, rendered to HTML with a CTA button). */
export const emailSpec: ChannelSpec<'EMAIL'> = {
  channel: 'EMAIL',
  label: 'Email',
  allowsLinks: true,
  sections: [
    { name: 'subject', required: true, purpose: 'the subject line' },
    { name: 'preheader', required: false, purpose: 'the preview text shown after the subject' },
    { name: 'body', required: true, purpose: 'the plain-text message, with the call-to-action URL' },
  ],
  limits: [
    {
      id: 'email.subject',
      sections: ['subject'],
      measure: 'characters',
      level: 'hard',
      history: [{ since: '2008-10-01', max: 78 }],
      note: 'RFC 5322 line length: longer subjects are folded and cut by many clients.',
    },
    {
      id: 'email.subject-recommended',
      sections: ['subject'],
      measure: 'characters',
      level: 'recommended',
      history: [{ since: '2015-01-01', max: 50 }],
      note: 'Mobile inboxes show about 50 characters of a subject.',
    },
    {
      id: 'email.preheader',
      sections: ['preheader'],
      measure: 'characters',
      level: 'recommended',
      history: [{ since: '2015-01-01', min: 40, max: 100 }],
      note: 'Inboxes show 40 to 100 characters of preview text.',
    },
  ],
  examples,
};

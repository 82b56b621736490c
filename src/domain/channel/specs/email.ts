import type { ChannelSpec } from '../channel-spec';

/** Marketing email: subject, preheader, body (text, rendered to HTML with a CTA button). */
export const emailSpec: ChannelSpec = {
  channel: 'EMAIL',
  label: 'Email',
  allowsLinks: true,
  sections: [
    { name: 'subject', required: true, purpose: 'the subject line' },
    { name: 'preheader', required: false, purpose: 'the preview text shown after the subject' },
    { name: 'body', required: true, purpose: 'the message, with the call-to-action URL' },
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
};

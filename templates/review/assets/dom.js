// Small DOM helpers. NOTE: every piece of copy is untrusted text: it only ever goes into the page through
// textContent or text nodes, never innerHTML (the page's Trusted Types CSP would refuse that anyway).

/** A clone of the `<template id=…>`'s first element. */
export function fromTemplate(id) {
  return document.getElementById(id).content.firstElementChild.cloneNode(true);
}

/** Sets the text of the first element matching `selector` inside `root`; answers that element. */
export function setText(root, selector, text) {
  const element = root.querySelector(selector);
  element.textContent = text;
  return element;
}

/** A new element with a class and text. */
export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Shows a status message (`kind`: '', 'error' or 'ok') in a status element. */
export function showStatus(el, text, kind = '') {
  el.textContent = text;
  el.dataset.kind = kind;
}

/** Human labels of the hub's enums. */
export const CHANNEL_LABELS = { TWEET: 'Tweet', EMAIL: 'Email', BLOG_POST: 'Blog post', INSTAGRAM_CAROUSEL: 'Instagram carousel' };
export const STATUS_LABELS = { DRAFT: 'Draft', IN_REVIEW: 'In review', APPROVED: 'Approved', REJECTED: 'Rejected' };

// What every page of the dashboard shares: building nodes, numbers, the status line, /api.
// Article text is untrusted: every node is made with createElement and filled with
// textContent, never parsed from a string.

import { sidePossessive } from "./labels.js";

const SVG = "http://www.w3.org/2000/svg";
export const $ = (selector) => document.querySelector(selector);

export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function num(value) {
  return value === null || value === undefined ? "" : Number(value).toLocaleString("en");
}

export function status(message) {
  $("#status").textContent = message || "";
}

const tickets = new Map();

export function ticket(page) {
  // A page filled by an earlier navigation must not overwrite a later one (responses can
  // come back out of order): ``const stale = ticket("search"); await …; if (stale()) return;``
  const mine = (tickets.get(page) || 0) + 1;
  tickets.set(page, mine);
  return () => tickets.get(page) !== mine;
}

export function marked(tag, text, start, end, attrs = {}) {
  // ``text`` in a ``tag`` with text[start:end] in a <mark>: three text nodes, never markup.
  const node = el(tag, null, attrs);
  node.append(document.createTextNode(text.slice(0, start)));
  node.append(el("mark", text.slice(start, end)));
  node.append(document.createTextNode(text.slice(end)));
  return node;
}

export async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(`${url.pathname}: ${message}`);
  }
  return body;
}

export function placeNames(event) {
  // A list gives an event's first places and how many it hit; its page gives them all.
  const names = event.places.map((p) => p.name).join(", ");
  const more = event.place_count - event.places.length;
  return more > 0 ? `${names} and ${more} more` : names;
}

export function eventTitle(event) {
  const who = event.attacker ? `${sidePossessive(event.attacker)} strike` : "A strike by an unnamed side";
  return `${event.date || "Undated"}: ${who} on ${placeNames(event) || "unknown places"}`;
}

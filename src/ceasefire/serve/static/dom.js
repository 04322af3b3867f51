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

const NUMBERS = new Intl.NumberFormat("en");  // once: toLocaleString makes one at each call

export function num(value) {
  return value === null || value === undefined ? "" : NUMBERS.format(Number(value));
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

// --- tables that become cards on a phone, and keyboard paths, for every page ------------------

const LONG_CELL = 60;  // characters: a longer cell's card shows its label above it, not beside

export function labelCells(table) {
  // Each body cell gets its column's header as data-label: under style.css's narrow-screen
  // rule every row is a card and each cell reads "Header value" (td::before shows the label).
  // The explicit roles keep the table a table to screen readers once CSS makes rows blocks.
  const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  table.setAttribute("role", "table");
  for (const group of table.querySelectorAll(":scope > thead, :scope > tbody")) {
    group.setAttribute("role", "rowgroup");
  }
  for (const th of table.querySelectorAll(":scope > thead th")) th.setAttribute("role", "columnheader");
  for (const row of table.rows) {
    row.setAttribute("role", "row");
    if (row.parentElement.tagName !== "TBODY") continue;
    let column = 0;
    for (const cell of row.cells) {
      const isHeader = cell.tagName === "TH";  // a row's own header: its card's title
      cell.setAttribute("role", isHeader ? "rowheader" : "cell");
      // a cell across columns (a "No events." row) has no one header
      if (!isHeader && cell.colSpan === 1 && headers[column]) cell.dataset.label = headers[column];
      cell.classList.toggle("long", cell.textContent.length > LONG_CELL);
      column += cell.colSpan;
    }
  }
}

export function watchTables(root) {
  // Label every table under root now and whenever a page fills one, so that no page has to
  // remember to (a MutationObserver's callback runs before the next paint).
  for (const table of root.querySelectorAll("table")) labelCells(table);
  const observer = new MutationObserver((changes) => {
    const filled = new Set();
    for (const change of changes) {
      const table = change.target.closest ? change.target.closest("table") : null;
      if (table) filled.add(table);
      for (const node of change.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          for (const inner of node.querySelectorAll("table")) filled.add(inner);
          if (node.tagName === "TABLE") filled.add(node);
        }
      }
    }
    for (const table of filled) labelCells(table);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: false });
}

export function focusHeading(section) {
  // After a navigation, a keyboard or screen-reader user continues from the new page's title
  // (the link they followed is hidden with the page it was on); the scroll stays as it is.
  const heading = section && section.querySelector("h2");
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
}

function skipLinks() {
  // "Skip to main content" must not change the hash: the router would read it as a route.
  for (const link of document.querySelectorAll("a.skip")) {
    link.addEventListener("click", (clicked) => {
      const target = document.querySelector(link.getAttribute("href"));
      if (!target) return;
      clicked.preventDefault();
      target.focus();
    });
  }
}

watchTables(document.body);
skipLinks();

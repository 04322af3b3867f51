// The search results page (#/search/<q>) and the document page (#/document/<id>[/<start>-<end>]).
// Snippets and documents are untrusted text: the match is a <mark> between text nodes.

import { $, api, clear, el, eventTitle, marked, num, ticket } from "./dom.js";
import * as label from "./labels.js";

const PAGE = 100;
let lastSearch = "#/";

export function documentLink(name, match) {
  const span = match ? `/${match.start}-${match.end}` : "";
  return `#/document/${encodeURIComponent(name)}${span}`;
}

function eventItem(event) {
  const item = el("li");
  item.append(el("a", eventTitle(event), { href: `#/event/${encodeURIComponent(event.event)}` }));
  const figures = ["launched", "intercepted", "killed", "injured"]
    .filter((m) => event[m] !== null).map((m) => `${m} ${num(event[m])}`);
  const claimants = event.claimants.map((c) => label.claimant(c)).join(", ");
  item.append(el("span", ` (${[...figures, `claimed by ${claimants}`].join("; ")})`,
    { class: "meta" }));
  return item;
}

function documentItem(hit) {
  const item = el("li", null, { class: "hit" });
  // the title and snippet are in the document's language (``lang`` for screen readers)
  const lang = hit.language || "en";
  item.append(el("a", hit.title || hit.document, { href: documentLink(hit.document, hit.match),
    class: "title", lang }));
  item.append(el("p", [label.outlet(hit.source, hit.language, "unknown outlet"),
    hit.published || "undated", hit.document].join(" · "), { class: "meta" }));
  item.append(hit.highlight
    ? marked("p", hit.snippet, hit.highlight.start, hit.highlight.end, { class: "snippet", lang })
    : el("p", hit.snippet, { class: "snippet", lang }));
  return item;
}

function fill(list, items, make, none) {
  clear(list);
  if (!items.length) list.append(el("li", none, { class: "none" }));
  for (const item of items) list.append(make(item));
}

function counted(page, noun) {
  const shown = page.total > page.items.length ? ` (the first ${page.items.length} shown)` : "";
  return `${num(page.total)} ${noun}${page.total === 1 ? "" : "s"}${shown}`;
}

export async function showSearch(query) {
  lastSearch = `#/search/${encodeURIComponent(query)}`;
  $("#q").value = query;
  $("#search-title").textContent = `Search: “${query}”`;
  const stale = ticket("search");
  const found = await api("/api/search", { q: query, limit: PAGE });
  if (stale()) return;
  $("#search-summary").textContent =
    `${counted(found.events, "event")} and ${counted(found.documents, "document")} hold ` +
    `every term: ${found.terms.map((t) => `“${t}”`).join(", ")}.`;
  fill($("#search-events"), found.events.items, eventItem, "No event matches.");
  fill($("#search-documents"), found.documents.items, documentItem, "No document matches.");
}

export async function showDocument(name, start, end) {
  $("#document-back").setAttribute("href", lastSearch);
  const stale = ticket("document");
  const doc = await api(`/api/documents/${encodeURIComponent(name)}`);
  if (stale()) return;
  const title = $("#document-title");
  title.textContent = doc.title || doc.document;
  // The text as it is (Cyrillic stays Cyrillic), in an element that says its language.
  const lang = doc.language || "en";
  title.setAttribute("lang", lang);
  const meta = clear($("#document-meta"));
  meta.append(document.createTextNode(
    `${label.outlet(doc.source, doc.language, "Unknown outlet")}, ${doc.published || "undated"}; ` +
    `id ${doc.document}, version ${doc.version}`));
  const url = safeUrl(doc.url);
  if (url) {
    meta.append(document.createTextNode("; "));
    meta.append(el("a", url, { href: url, rel: "noopener noreferrer" }));
  }
  const text = clear($("#document-text"));
  text.setAttribute("lang", lang);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start < end &&
    end <= doc.text.length;
  if (!valid) {
    text.textContent = doc.text;
    return;
  }
  text.append(marked("span", doc.text, start, end));
  text.querySelector("mark").scrollIntoView({ block: "center" });
}

function safeUrl(given) {
  // Only web links become links: a "javascript:" URL in a document stays text, unshown.
  try {
    const url = new URL(given);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

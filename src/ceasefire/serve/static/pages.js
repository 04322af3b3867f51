// The event page (#/event/<id>) and the term page (#/term/<id>). Every enum is shown by its
// label (labels.js). Article text is untrusted: sentences are text nodes around a <mark>.

import { $, api, clear, el, marked, num, placeNames, ticket } from "./dom.js";
import * as label from "./labels.js";
import * as map from "./map.js";
import { capital, longDate, termPeriod } from "./night.js";
import { documentLink } from "./search.js";

export { termPeriod };

export function eventTitle(event) {
  // "11 March 2025: Ukraine's strike on Moscow, Moscow Oblast"
  const when = event.date ? longDate(event.date) : "Undated";
  const who = event.attacker ? `${label.sidePossessive(event.attacker)} strike`
    : "A strike by an unnamed side";
  return `${when}: ${who} on ${placeNames(event) || "places not named"}`;
}

// --- the event page ---------------------------------------------------------------------------

const CONTEXT = 500;  // characters of the document shown on each side of a claim's sentence

function highlighted(text, start, end, lang) {
  // The sentence in a <mark> inside its paragraph (at most CONTEXT characters on each side);
  // every part is a text node. ``lang``: the document's, for screen readers (Cyrillic is read
  // as Ukrainian or Russian, not spelt out as English).
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const paragraphEnd = text.indexOf("\n", end);
  const from = Math.max(paragraphStart, start - CONTEXT);
  const to = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, end + CONTEXT);
  const shown = (from > 0 ? "… " : "") + text.slice(from, to) + (to < text.length ? " …" : "");
  const shift = (from > 0 ? 2 : 0) - from;
  return marked("p", shown, start + shift, end + shift, { class: "text", lang: lang || "en" });
}

async function documentText(name, cache) {
  if (!cache.has(name)) {
    cache.set(name, api(`/api/documents/${encodeURIComponent(name)}`).then((d) => d.text, () => null));
  }
  return cache.get(name);
}

function claimWords(claim) {
  // "Sergey Sobyanin: about 70 drones launched"
  const weapon = claim.weapon ? ` ${label.weapon(claim.weapon, claim.value)}` : "";
  return `${label.claimant(claim.claimant, claim.outlet)}: ${label.figure(claim)}${weapon} ` +
    label.metric(claim.metric);
}

function drawSummary(page) {
  const event = page.event;
  const summary = clear($("#event-summary"));
  const weapons = event.weapons.map((w) => label.weapon(w)).join(", ") || "not named";
  const targets = event.target_types.map(label.targetType).join(", ") || "not named";
  summary.append(el("p", `Weapons: ${weapons}. Targets: ${targets}. Reported by ` +
    `${event.sources} document${event.sources === 1 ? "" : "s"}.`));
  if (event.date) {
    const night = el("p");
    night.append(el("a", "Everything that night, by claimant", { href: `#/night/${event.date}` }));
    summary.append(night);
  }
}

function drawEstimates(estimates) {
  const body = clear($("#estimates-table tbody"));
  if (!estimates.length) {
    const tr = el("tr");
    tr.append(el("td", "No figure was reported.", { colspan: 6 }));
    body.append(tr);
  }
  for (const e of estimates) {
    const tr = el("tr");
    tr.append(el("th", label.metric(e.metric), { scope: "row" }),
      el("td", e.weapon ? label.weapon(e.weapon) : "all weapons"),
      el("td", num(e.low) || "–", { class: "num" }),
      el("td", num(e.best) || "–", { class: "num best" }),
      el("td", num(e.high) || "–", { class: "num" }),
      el("td", num(e.claims), { class: "num" }));
    body.append(tr);
  }
}

function drawClaims(page) {
  const body = clear($("#claims-table tbody"));
  for (const c of page.claims) {
    const tr = el("tr");
    const who = el("th", label.claimant(c.claimant, c.outlet), { scope: "row" });
    if (c.side) who.append(el("span", ` (${label.side(c.side)})`, { class: "meta" }));
    tr.append(who,
      el("td", c.weapon ? `${label.metric(c.metric)}, ${label.weapon(c.weapon)}` : label.metric(c.metric)),
      el("td", label.figure(c), { class: "num" }),
      el("td", label.outlet(c.outlet, c.language)),
      el("td", c.published ? longDate(c.published) : "undated"));
    body.append(tr);
  }
  for (const c of page.corrections || []) {  // an analyst's, beside the machine's reading
    const tr = el("tr", null, { class: "correction" });
    tr.append(el("th", `Correction by ${c.by}`, { scope: "row" }),
      el("td", label.metric(c.field || c.action)),
      el("td", c.value ?? "", { class: "num" }),
      el("td", `${c.why}; the machine read ${c.machine ?? "-"}`),
      el("td", (c.made_at || "").slice(0, 10)));
    body.append(tr);
  }
}

function bySentence(claims) {
  // Each sentence once, with every figure read from it (claims of one sentence share its
  // document and offsets; a sentence without offsets is keyed by its text).
  const sentences = new Map();
  for (const c of claims) {
    if (!c.sentence) continue;
    const key = c.document && c.start !== null ? `${c.document}:${c.start}-${c.end}` : c.sentence;
    if (!sentences.has(key)) sentences.set(key, { first: c, claims: [] });
    sentences.get(key).claims.push(c);
  }
  return [...sentences.values()];
}

async function drawSentences(claims, stale) {
  const box = clear($("#claim-sources"));
  const cache = new Map();
  for (const { first, claims: read } of bySentence(claims)) {
    const card = el("article", null, { class: "source" });
    const figures = el("ul", null, { class: "figures" });
    for (const c of read) figures.append(el("li", claimWords(c)));
    const copies = first.copies ? `; republished by ${first.copies}` : "";
    card.append(figures, el("p", `${label.outlet(first.outlet, first.language, "No outlet named")}, ` +
      `${first.published ? longDate(first.published) : "undated"}${copies}`, { class: "meta" }));
    const text = first.document ? await documentText(first.document, cache) : null;
    if (stale()) return;
    if (text && first.start !== null && first.end !== null
        && text.slice(first.start, first.end) === first.sentence) {
      card.append(highlighted(text, first.start, first.end, first.language));
      card.append(el("a", "Open the document", { href: documentLink(first.document, first) }));
    } else {
      card.append(highlighted(first.sentence, 0, first.sentence.length, first.language));
    }
    box.append(card);
  }
}

function placeFeatures(event) {
  // The event's places as GeoJSON points, as /api/places gives them.
  return event.places.filter((p) => p.lat !== null && p.lon !== null).map((p) => ({
    type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] },
    properties: { event: event.event, place: p.name, admin1: p.admin1, country: p.country,
      kind: p.kind, attacker: event.attacker, date: event.date },
  }));
}

async function drawEventMap(event) {
  // The map helper (map.js) draws the small map where it exports drawPlaceMap; otherwise the
  // places are listed.
  const box = clear($("#event-map"));
  const features = placeFeatures(event);
  if (features.length && typeof map.drawPlaceMap === "function") {
    await map.drawPlaceMap(box, features, { small: true });
    return;
  }
  const list = el("ul", null, { class: "places" });
  for (const p of event.places) {
    const region = p.admin1 && p.admin1 !== p.name ? `, ${p.admin1}` : "";
    list.append(el("li", `${p.name}${region}${p.country ? ` (${label.side(p.country)})` : ""}`));
  }
  if (!event.places.length) list.append(el("li", "No place named."));
  box.append(list);
}

async function drawEventViolations(id) {
  const found = (await api("/api/violations", { event: id, limit: 1000 })).items;
  const list = clear($("#event-violations"));
  if (!found.length) list.append(el("li", "This strike is not listed against any truce."));
  for (const v of found) list.append(violationItem(v, { linkTerm: true }));
}

export async function showEvent(id) {
  const stale = ticket("event");
  const page = await api(`/api/events/${encodeURIComponent(id)}`);
  if (stale()) return;
  $("#event-title").textContent = eventTitle(page.event);
  drawSummary(page);
  drawEstimates(page.estimates);
  drawClaims(page);
  await Promise.all([drawEventMap(page.event), drawEventViolations(id),
    drawSentences(page.claims, stale)]);
}

// --- the term page: one truce, its own positions and the strikes listed against it -------------

function accusing(text) {
  // "UA" -> "Ukraine"; named claimants as they are
  return String(text || "").split(/,\s*/).filter(Boolean)
    .map((who) => (/^[A-Z]{2}$/.test(who) ? label.side(who) : who)).join(", ");
}

export function violationItem(v, { linkTerm = false } = {}) {
  const item = el("li", null, { class: "violation" });
  const when = v.date ? longDate(v.date) : "Undated";
  const what = capital(label.violationKind(v.kind));
  if (v.event) {
    item.append(el("a", `${when}: ${what}`, { href: `#/event/${encodeURIComponent(v.event)}` }));
  } else {
    item.append(el("strong", what));
  }
  const bound = v.bound_as ? `, ${label.boundAs(v.bound_as)}` : "";
  item.append(document.createTextNode(
    ` — accused: ${label.side(v.accused)}${bound}; by: ${accusing(v.accusing) || "no one named"}.`));
  if (linkTerm && v.term) {
    item.append(document.createTextNode(" "));
    item.append(el("a", `The ${label.truce(v.scope).toLowerCase()}`,
      { href: `#/term/${encodeURIComponent(v.term)}` }));
  }
  item.append(el("p", label.inWords(v.reason), { class: "meta" }));
  if (v.evidence) item.append(el("blockquote", v.evidence));
  return item;
}

export function boundInWords(bound) {
  // "RU pledged 2025-03-18; UA agreed 2025-03-25, bound from 2025-03-26" in words
  return String(bound || "").split("; ").filter(Boolean).map((part) => {
    const m = part.match(/^([A-Z]{2}) (\w+) (\d{4}-\d{2}-\d{2})(?:, bound from (\d{4}-\d{2}-\d{2}))?$/);
    if (!m) return part;
    const from = m[4] ? `, bound from ${longDate(m[4])}` : "";
    return `${label.side(m[1])} ${m[2]} it on ${longDate(m[3])}${from}`;
  }).join("; ");
}

export function termName(term) {
  // "Energy infrastructure truce: Russia and Ukraine"
  return `${label.truce(term.scope)}: ${label.sides(term.parties)}`;
}

function drawTermSummary(term) {
  const facts = clear($("#term-summary"));
  const list = el("dl", null, { class: "facts" });
  for (const [name, value] of [
    ["What it halts", label.scopeInWords(term.scope)],
    ["Parties", `${label.sides(term.parties)}, ${label.kind(term.kind)}`],
    ["Period", capital(termPeriod(term))],
    ["How each side is bound", boundInWords(term.bound)],
  ]) {
    list.append(el("dt", name), el("dd", value));
  }
  facts.append(list);
}

function drawTermPositions(term, positions) {
  const body = clear($("#term-positions tbody"));
  // the positions on this truce only, not every position of its scope
  const own = new Set(term.positions.split(", "));
  const shown = positions.filter((p) => own.has(p.position));
  if (!shown.length) {
    const tr = el("tr");
    tr.append(el("td", "No position recorded.", { colspan: 5 }));
    body.append(tr);
  }
  for (const p of shown) {
    const tr = el("tr");
    tr.append(el("td", p.date ? longDate(p.date) : "undated"),
      el("td", label.status(p.status)),
      el("td", label.sides(p.parties)),
      el("td", p.proposed_by ? label.side(p.proposed_by) : "–"),
      el("td", p.sentence || "", p.language ? { class: "sentence", lang: p.language }
        : { class: "sentence" }));
    body.append(tr);
  }
}

export async function showTerm(id) {
  const [terms, positions, violations] = await Promise.all([
    api("/api/terms", { limit: 1000 }), api("/api/agreements", { limit: 1000 }),
    api("/api/violations", { term: id, limit: 1000 }),
  ]);
  const term = terms.items.find((t) => t.term === id);
  if (!term) throw new Error("no such truce term in the ledger");
  $("#term-title").textContent = termName(term);
  drawTermSummary(term);
  drawTermPositions(term, positions.items);
  const list = clear($("#term-strikes"));
  const listed = violations.items;
  if (!listed.length) list.append(el("li", "No strikes listed against this truce."));
  for (const v of listed) list.append(violationItem(v));
}

// The dashboard: vanilla JS over /api, no build step, in ES modules: dom.js (nodes, /api),
// map.js (places hit), search.js (results, documents); this one: the home page (timeline,
// events, agreements), the event page and the routes. Article text is untrusted: every node
// is made with createElement and filled with textContent, never parsed from a string.

import { $, api, clear, el, eventTitle, marked, num, placeNames, status, svg, ticket } from "./dom.js";
import { drawMap, selectPlace } from "./map.js";
import { documentLink, showDocument, showSearch } from "./search.js";

// --- timeline ---------------------------------------------------------------------------------

const KINDS = ["drones", "missiles"];  // the API's split of launched and intercepted
const SIDE = (side) => (side === "RU" || side === "UA" ? side : "other");

function segments(row, metric) {
  // A bar's parts, bottom up: drones, missiles, and what the claims gave without a weapon.
  if (metric !== "launched" && metric !== "intercepted") return [["all", row[metric] || 0]];
  const parts = KINDS.map((kind) => [kind, row[`${kind}_${metric}`] || 0]);
  const named = parts.reduce((sum, [, value]) => sum + value, 0);
  return [...parts, ["unspecified", Math.max(0, (row[metric] || 0) - named)]];
}

function dayChart(rows, days, terms, metrics, { height, label, name }) {
  // Bars per day: one per attacking side and metric, side by side; truce terms shaded.
  const first = new Date(days[0] + "T00:00:00Z");
  const dayCount = Math.round((new Date(days[days.length - 1] + "T00:00:00Z") - first) / 86400000) + 1;
  const sides = [...new Set(rows.map((r) => r.attacker || "other"))].sort();
  const max = Math.max(1, ...rows.flatMap((r) => metrics.map((m) => r[m] || 0)));
  const width = 900, left = 48, right = 10, top = 10, bottom = 40;
  const plotW = width - left - right, plotH = height - top - bottom;
  const slot = plotW / dayCount;
  const bar = Math.max(1, (slot * 0.8) / (sides.length * metrics.length));
  const x = (iso) => left + (Math.round((new Date(iso + "T00:00:00Z") - first) / 86400000)) * slot;
  const y = (value) => top + plotH - (value / max) * plotH;

  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: `chart ${name}`,
    role: "img", "aria-label": label });
  chart.append(svg("title", {}, label));
  for (const term of terms) {
    if (!term.start) continue;
    // a term whose end is unknown is shaded only as far as it is checked; a local pause
    // (no checked_until: it binds only its place) not at all
    const end = term.checked_until;
    if (!end) continue;
    const from = Math.max(left, x(term.start));
    const to = Math.min(left + plotW, x(end) + slot);
    if (to <= from) continue;
    const rect = svg("rect", { x: from, y: top, width: to - from, height: plotH, class: "truce" });
    rect.append(svg("title", {}, `${term.scope} truce, ${termPeriod(term)}`));
    chart.append(rect);
  }
  for (const row of rows) {
    const side = row.attacker || "other";
    // Each day's bars link to that day's events.
    const day = svg("a", { href: `#/day/${row.date}`, class: "day", "data-date": row.date });
    metrics.forEach((metric, m) => {
      const offset = x(row.date) + slot * 0.1 + (sides.indexOf(side) * metrics.length + m) * bar;
      let base = 0;
      for (const [kind, value] of segments(row, metric)) {
        if (!value) continue;
        const rect = svg("rect", { x: offset, y: y(base + value), width: bar,
          height: y(base) - y(base + value), class: `${metric} ${SIDE(side)} ${kind}` });
        const what = kind === "all" ? metric : `${metric}, ${kind}`;
        rect.append(svg("title", {}, `${row.date} ${side}: ${what} ${num(value)}`));
        day.append(rect);
        base += value;
      }
    });
    if (day.firstChild) chart.append(day);
  }
  chart.append(svg("line", { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, class: "axis" }));
  chart.append(svg("line", { x1: left, y1: top, x2: left, y2: top + plotH, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, num(max)));
  chart.append(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end" }, "0"));
  const step = Math.max(1, Math.ceil(dayCount / 8));
  for (let i = 0; i < dayCount; i += step) {
    const day = new Date(first.getTime() + i * 86400000).toISOString().slice(0, 10);
    chart.append(svg("text", { x: left + i * slot, y: height - bottom + 16 }, day));
  }
  return chart;
}

function legend(entries) {
  const box = el("div", null, { class: "legend" });
  for (const [text, swatch] of entries) box.append(el("span", text, { class: swatch }));
  return box;
}

function drawTimeline(rows, terms) {
  const box = clear($("#chart"));
  if (!rows.length) {
    box.append(el("p", "No strikes in the ledger."));
    return;
  }
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const sides = [...new Set(rows.map((r) => SIDE(r.attacker)))].filter((s) => s !== "other").sort();
  box.append(dayChart(rows, days, terms, ["launched", "intercepted"], { height: 260,
    name: "strikes", label: "Drones and missiles launched and intercepted per day and side" }));
  box.append(legend([
    ...sides.flatMap((s) => [[`${s} launched`, `swatch launched ${s}`],
      [`${s} intercepted`, `swatch intercepted ${s}`]]),
    ["drones (solid)", "swatch kind drones"], ["missiles (dark)", "swatch kind missiles"],
    ["weapon not given (pale)", "swatch kind unspecified"], ["truce in force", "swatch truce"]]));
  box.append(dayChart(rows, days, terms, ["killed", "injured"], { height: 170,
    name: "casualties", label: "Killed and injured per day, by attacking side" }));
  box.append(legend([
    ...sides.flatMap((s) => [[`killed in ${s} strikes`, `swatch killed ${s}`],
      [`injured in ${s} strikes`, `swatch injured ${s}`]])]));
}

// --- events -----------------------------------------------------------------------------------

function eventRow(event) {
  const tr = el("tr");
  const link = el("a", event.date || "undated", { href: `#/event/${encodeURIComponent(event.event)}` });
  const date = el("td");
  date.append(link);
  tr.append(date, el("td", event.attacker || ""), el("td", placeNames(event)));
  for (const metric of ["launched", "intercepted", "killed", "injured"]) {
    tr.append(el("td", num(event[metric]), { class: "num" }));
  }
  tr.append(el("td", event.claimants.join(", ")));
  return tr;
}

async function loadEvents({ place, day, region } = {}) {
  // Every event, those at one place (the name as the map gives it, matched whole), in one
  // region (a click on the map's region), or those of one day (a click on the timeline).
  const stale = ticket("events");
  let items = (await api("/api/events", { place: place || region, since: day, until: day,
    limit: 1000 })).items;
  if (stale()) return;
  if (region) {
    // The API matches part of a name ("Kyiv" is in "Kyiv Oblast" and "Kyiv City"): keep the
    // events with a place whose region is this one, as the map's points give them all.
    const inside = new Set(mapFeatures.filter((f) => f.properties.admin1 === region
      || f.properties.place === region).map((f) => f.properties.event));
    items = items.filter((event) => inside.has(event.event));
  }
  if (place) {
    // The API matches part of a place's or region's name; the map's circle is one place. A
    // list shows an event's first places only: the map's points say which events hit it.
    const hit = new Set(mapFeatures.filter((f) => f.properties.place === place)
      .map((f) => f.properties.event));
    items = items.filter((event) => hit.has(event.event)
      || event.places.some((p) => p.name === place));
  }
  const where = place ? `at ${place}` : region ? `in ${region}` : day ? `on ${day}` : "";
  $("#events-title").textContent = day ? `Events on ${day}` : "Events";
  const note = $("#events-filter");
  note.hidden = !where;
  if (where) {
    clear(note).append(document.createTextNode(
      `${items.length} event${items.length === 1 ? "" : "s"} ${where}. `));
    note.append(el("a", "Show all events", { href: "#/" }));
  }
  const body = clear($("#events-table tbody"));
  if (!items.length) {
    const tr = el("tr");
    tr.append(el("td", where ? `No event ${where}.` : "No events.", { colspan: 8 }));
    body.append(tr);
  }
  for (const event of items) body.append(eventRow(event));
}

// --- agreements -------------------------------------------------------------------------------

function drawAgreements(positions, terms, violations) {
  const body = clear($("#positions-table tbody"));
  for (const p of positions) {
    const tr = el("tr");
    tr.append(el("td", p.date || ""), el("td", p.scope), el("td", p.status), el("td", p.parties),
      el("td", p.proposed_by || ""), el("td", num(p.duration_days), { class: "num" }),
      el("td", p.sentence || ""));
    body.append(tr);
  }
  const box = clear($("#terms"));
  if (!terms.length) box.append(el("p", "No truce terms in force."));
  for (const term of terms) {
    const card = el("article", null, { class: "term" });
    const title = el("h4");
    title.append(el("a", `${term.scope}: ${term.parties} (${term.kind})`,
      { href: `#/term/${encodeURIComponent(term.term)}` }));
    card.append(title);
    card.append(el("p", `In force ${termPeriod(term)}. Bound: ${term.bound}.`));
    const listed = violations.filter((v) => v.term === term.term);
    if (!listed.length) {
      card.append(el("p", "No violations listed."));
    } else {
      const list = el("ul");
      for (const v of listed) list.append(violationItem(v));
      card.append(list);
    }
    box.append(card);
  }
}

// --- the event page ---------------------------------------------------------------------------

const CONTEXT = 500;  // characters of the document shown on each side of a claim's sentence

function highlighted(text, start, end) {
  // The claim's sentence in a <mark> inside its paragraph (at most CONTEXT characters on
  // each side); every part is a text node.
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const paragraphEnd = text.indexOf("\n", end);
  const from = Math.max(paragraphStart, start - CONTEXT);
  const to = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, end + CONTEXT);
  const shown = (from > 0 ? "… " : "") + text.slice(from, to) + (to < text.length ? " …" : "");
  const shift = (from > 0 ? 2 : 0) - from;
  return marked("p", shown, start + shift, end + shift, { class: "text" });
}

async function documentText(name, cache) {
  if (!cache.has(name)) {
    cache.set(name, api(`/api/documents/${encodeURIComponent(name)}`).then((d) => d.text, () => null));
  }
  return cache.get(name);
}

async function showEvent(id) {
  const stale = ticket("event");
  const page = await api(`/api/events/${encodeURIComponent(id)}`);
  if (stale()) return;
  const event = page.event;
  $("#event-title").textContent = eventTitle(event);
  const summary = clear($("#event-summary"));
  summary.append(el("p", `Weapons: ${event.weapons.join(", ") || "?"}; targets: ${event.target_types.join(", ") || "?"}; ` +
    `reported by ${event.sources} document(s).`));
  const body = clear($("#claims-table tbody"));
  for (const c of page.claims) {
    const tr = el("tr");
    tr.append(el("td", c.claimant), el("td", c.weapon ? `${c.metric} (${c.weapon})` : c.metric),
      el("td", num(c.value), { class: "num" }), el("td", c.qualifier || ""),
      el("td", c.outlet || ""), el("td", c.published || ""));
    body.append(tr);
  }
  for (const c of page.corrections || []) {  // an analyst's, beside the machine's reading
    const tr = el("tr", null, { class: "correction" });
    tr.append(el("td", `correction by ${c.by}`), el("td", c.field || c.action),
      el("td", c.value ?? "", { class: "num" }),
      el("td", `${c.why}; the machine read ${c.machine ?? "-"}`), el("td", ""),
      el("td", (c.made_at || "").slice(0, 10)));
    body.append(tr);
  }
  const sources = clear($("#claim-sources"));
  const cache = new Map();
  for (const c of page.claims) {
    if (!c.sentence) continue;
    const card = el("article", null, { class: "source" });
    const copies = c.copies ? `; republished by ${c.copies}` : "";
    card.append(el("p", `${c.claimant}: ${c.metric} ${num(c.value)} (${c.outlet || "?"}, ${c.published || "undated"}${copies})`,
      { class: "meta" }));
    const text = c.document ? await documentText(c.document, cache) : null;
    if (stale()) return;
    if (text && c.start !== null && c.end !== null && text.slice(c.start, c.end) === c.sentence) {
      card.append(highlighted(text, c.start, c.end));
      card.append(el("a", "Open the document", { href: documentLink(c.document, c) }));
    } else {
      card.append(highlighted(c.sentence, 0, c.sentence.length));
    }
    sources.append(card);
  }
}

// --- the term page: one truce, the positions behind it and the strikes listed against it ------

function termPeriod(term) {
  // "from 2025-05-08 to 2025-05-10", or the end unknown and how far strikes are checked
  const checked = term.checked_until
    ? `strikes checked to ${term.checked_until}` : "a local pause: no strike checked";
  if (term.end && term.end !== "end unknown") return `from ${term.start} to ${term.end}`;
  return `from ${term.start}, end unknown (${checked})`;
}

function violationItem(v) {
  const item = el("li");
  item.append(el("a", `${v.date || "undated"} (${v.kind})`,
    { href: `#/event/${encodeURIComponent(v.event)}` }));
  item.append(document.createTextNode(
    ` accused: ${v.accused || "?"}${v.bound_as ? ` (bound as ${v.bound_as})` : ""}; ` +
    `by: ${v.accusing || "no one named"}; ${v.reason}`));
  if (v.evidence) item.append(el("blockquote", v.evidence));
  return item;
}

async function showTerm(id) {
  const [terms, positions, violations] = await Promise.all([
    api("/api/terms", { limit: 1000 }), api("/api/agreements", { limit: 1000 }),
    api("/api/violations", { limit: 1000 }),
  ]);
  const term = terms.items.find((t) => t.term === id);
  if (!term) throw new Error(`no truce term ${id}`);
  $("#term-title").textContent = `${term.scope} truce: ${term.parties} (${term.kind})`;
  clear($("#term-summary")).append(el("p",
    `In force ${termPeriod(term)}. Bound: ${term.bound}.`));
  const body = clear($("#term-positions tbody"));
  // the positions on this truce only, not every position of its scope
  const own = new Set(term.positions.split(", "));
  for (const p of positions.items.filter((p) => own.has(p.position))) {
    const tr = el("tr");
    tr.append(el("td", p.date || ""), el("td", p.status), el("td", p.parties),
      el("td", p.proposed_by || ""), el("td", p.sentence || ""));
    body.append(tr);
  }
  const list = clear($("#term-strikes"));
  const listed = violations.items.filter((v) => v.term === term.term);
  if (!listed.length) list.append(el("li", "No strikes listed against this truce."));
  for (const v of listed) list.append(violationItem(v));
}

// --- routing ----------------------------------------------------------------------------------

let homeLoaded = null;
let mapFeatures = [];  // the map's points (one per place of each event), kept by loadHome

async function loadHome() {
  const [timeline, terms, positions, violations, places] = await Promise.all([
    api("/api/timeline", { limit: 1000 }), api("/api/terms", { limit: 1000 }),
    api("/api/agreements", { limit: 1000 }), api("/api/violations", { limit: 1000 }),
    api("/api/places"),
  ]);
  drawTimeline(timeline.items, terms.items);
  drawAgreements(positions.items, terms.items, violations.items);
  mapFeatures = places.features;
  await drawMap(places.features);
}

async function showHome(place, day, region) {
  homeLoaded ??= loadHome().catch((error) => { homeLoaded = null; throw error; });
  await homeLoaded;
  selectPlace(place || region);
  await loadEvents({ place, day, region });
  if (day || region || place) $("#events").scrollIntoView();
}

const decode = (part) => decodeURIComponent(part);
const ROUTES = [  // hash pattern, the page shown, what fills it
  [/^#\/event\/([^/]+)$/, "#event-page", (m) => showEvent(decode(m[1]))],
  [/^#\/term\/([^/]+)$/, "#term-page", (m) => showTerm(decode(m[1]))],
  [/^#\/search\/(.+)$/, "#search-results", (m) => showSearch(decode(m[1]))],
  [/^#\/document\/([^/]+)(?:\/(\d+)-(\d+))?$/, "#document-page",
    (m) => showDocument(decode(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3]))],
  [/^#\/place\/([^/]+)$/, "#home", (m) => showHome(decode(m[1]), null)],
  [/^#\/region\/([^/]+)$/, "#home", (m) => showHome(null, null, decode(m[1]))],
  [/^#\/day\/(\d{4}-\d{2}-\d{2})$/, "#home", (m) => showHome(null, m[1])],
  [/^/, "#home", () => showHome(null, null)],
];
const PAGES = ["#home", "#event-page", "#term-page", "#search-results", "#document-page"];

async function route() {
  status("");
  // body[data-state] is "ready" and body[data-route] the hash once its page is drawn.
  document.body.dataset.state = "loading";
  const hash = window.location.hash;
  const [pattern, page, show] = ROUTES.find(([pattern]) => pattern.test(hash));
  for (const id of PAGES) $(id).hidden = id !== page;
  if (page !== "#home") window.scrollTo(0, 0);
  try {
    await show(hash.match(pattern));
  } catch (error) {
    status(`Could not load: ${error.message}`);
  }
  document.body.dataset.state = "ready";
  document.body.dataset.route = hash;
}

$("#search").addEventListener("submit", (submitted) => {
  submitted.preventDefault();
  const query = $("#q").value.trim();
  window.location.hash = query ? `#/search/${encodeURIComponent(query)}` : "#/";
});
window.addEventListener("hashchange", route);
route();

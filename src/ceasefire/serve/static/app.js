// The dashboard: vanilla JS over /api, no build step, in ES modules: dom.js (nodes, /api),
// labels.js (words for the ledger's identifiers), map.js (places hit), night.js (last night at
// a glance), pages.js (the event and term pages), search.js (results, documents), timeline.js
// (the charts); this one: the home page (events, agreements) and the routes. Article text is
// untrusted: every node is made with createElement and filled with textContent, never parsed
// from a string.

import { $, api, clear, el, focusHeading, num, placeNames, status, ticket } from "./dom.js";
import * as label from "./labels.js";
import { drawMap, selectPlace } from "./map.js";
import { onNightDate, showNight } from "./night.js";
import { showEvent, showTerm, termName, termPeriod, violationItem } from "./pages.js";
import { showDocument, showSearch } from "./search.js";
import { drawTimeline, timelineRows } from "./timeline.js";

// --- events -----------------------------------------------------------------------------------

function eventRow(event) {
  const tr = el("tr");
  const link = el("a", event.date || "undated", { href: `#/event/${encodeURIComponent(event.event)}` });
  const date = el("td");
  date.append(link);
  tr.append(date, el("td", event.attacker ? label.side(event.attacker) : ""),
    el("td", placeNames(event)));
  for (const metric of ["launched", "intercepted", "killed", "injured"]) {
    tr.append(el("td", num(event[metric]), { class: "num" }));
  }
  tr.append(el("td", event.claimants.map((c) => label.claimant(c)).join(", ")));
  return tr;
}

async function loadEvents({ place, day, until, region } = {}) {
  // Every event, those at one place (the name as the map gives it), in one region (a click on
  // the map's region), or those of one day or of the days day..until (a click on the
  // timeline's day or week). `at` matches a place's or region's whole name ("Kyiv" is not
  // "Kyiv Oblast"), on every place of an event, not only the first ones a list shows.
  const stale = ticket("events");
  const items = (await api("/api/events", { at: place || region, since: day,
    until: until || day, limit: 1000 })).items;
  if (stale()) return;
  const days = until ? `from ${day} to ${until}` : `on ${day}`;
  const where = place ? `at ${place}` : region ? `in ${region}` : day ? days : "";
  $("#events-title").textContent = day ? `Events ${days}` : "Events";
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
  showRows(body, items, 0);
}

// Rows drawn at a time: a phone shows each as a card, and a large ledger's 1,000 rows took
// most of the home page's layout (docs/dashboard-speed.md).
const EVENTS_SHOWN = 50;

function showRows(body, items, from) {
  for (const event of items.slice(from, from + EVENTS_SHOWN)) body.append(eventRow(event));
  const shown = Math.min(items.length, from + EVENTS_SHOWN);
  const more = $("#events-more");
  more.hidden = shown >= items.length;
  const button = more.querySelector("button");
  button.textContent = `Show ${Math.min(EVENTS_SHOWN, items.length - shown)} more events ` +
    `(${shown} of ${items.length} shown)`;
  button.onclick = () => showRows(body, items, shown);
}

// --- agreements -------------------------------------------------------------------------------

const VIOLATIONS_SHOWN = 3;  // on the home page, per truce term

function drawAgreements(positions, terms, violations) {
  const body = clear($("#positions-table tbody"));
  for (const p of positions) {
    const tr = el("tr");
    tr.append(el("td", p.date || ""), el("td", label.scope(p.scope)), el("td", label.status(p.status)),
      el("td", label.sides(p.parties)), el("td", p.proposed_by ? label.side(p.proposed_by) : ""),
      el("td", num(p.duration_days), { class: "num" }),
      el("td", p.sentence || "", p.language ? { lang: p.language } : {}));
    body.append(tr);
  }
  const box = clear($("#terms"));
  if (!terms.length) box.append(el("p", "No truce terms in force."));
  for (const term of terms) {
    const card = el("article", null, { class: "term" });
    const title = el("h4");
    title.append(el("a", `${termName(term)} (${label.kind(term.kind)})`,
      { href: `#/term/${encodeURIComponent(term.term)}` }));
    card.append(title);
    card.append(el("p", `In force ${termPeriod(term)}.`));
    const listed = violations.filter((v) => v.term === term.term);
    if (!listed.length) {
      card.append(el("p", "No violations listed."));
    } else {
      const list = el("ul");
      for (const v of listed.slice(0, VIOLATIONS_SHOWN)) list.append(violationItem(v));
      card.append(list);
      if (listed.length > VIOLATIONS_SHOWN) {  // the term's page lists them all
        const rest = el("p");
        rest.append(el("a", `All ${listed.length} strikes listed against it`,
          { href: `#/term/${encodeURIComponent(term.term)}` }));
        card.append(rest);
      }
    }
    box.append(card);
  }
}

// --- routing ----------------------------------------------------------------------------------

let homeLoaded = null;  // { map, all }: the home page's map drawn, and all its parts

function allDone(parts) {
  // Once every part is drawn or has failed (the page is "ready" only then), the first failure.
  return Promise.allSettled(parts).then((results) => {
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  });
}

function loadHome() {
  // Each part is drawn as soon as its own data arrives: a slow answer (the first on a large
  // ledger can take seconds) holds up only its part.
  const terms = api("/api/terms", { limit: 1000 });
  const timeline = Promise.all([timelineRows(), terms])
    .then(([rows, { items }]) => drawTimeline($("#chart"), rows, items));
  const agreements = Promise.all([api("/api/agreements", { limit: 1000 }), terms,
    api("/api/violations", { limit: 1000 })])
    .then(([positions, { items }, violations]) => drawAgreements(positions.items, items,
      violations.items));
  const map = api("/api/places", { per: "place" }).then(drawMap);
  return { map, all: allDone([timeline, agreements, map]) };
}

async function showHome(place, day, { until = null, night = null, region = null } = {}) {
  // The night first: the page opens on it, above the fold; the timeline, the map and the
  // lists would hold up its drawing.
  const nightShown = showNight(night);
  await nightShown.catch(() => {});
  if (!homeLoaded) {
    homeLoaded = loadHome();
    homeLoaded.all.catch(() => { homeLoaded = null; });  // tried again on the next route
  }
  const selected = homeLoaded.map.then(() => selectPlace(place || region));
  const events = loadEvents({ place, day, until, region });
  await allDone([homeLoaded.all, nightShown, selected, events]);
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
  [/^#\/region\/([^/]+)$/, "#home", (m) => showHome(null, null, { region: decode(m[1]) })],
  [/^#\/day\/(\d{4}-\d{2}-\d{2})$/, "#home", (m) => showHome(null, m[1], { night: m[1] })],
  [/^#\/days\/(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/, "#home",
    (m) => showHome(null, m[1], { until: m[2] })],
  [/^#\/night\/(\d{4}-\d{2}-\d{2})$/, "#home", (m) => showHome(null, null, { night: m[1] })],
  [/^/, "#home", () => showHome(null, null)],
];
const PAGES = ["#home", "#event-page", "#term-page", "#search-results", "#document-page"];

async function route(change) {
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
  if (change && page !== "#home") focusHeading($(page));  // a link followed, not the first load
  document.body.dataset.state = "ready";
  document.body.dataset.route = hash;
}

$("#search").addEventListener("submit", (submitted) => {
  submitted.preventDefault();
  const query = $("#q").value.trim();
  window.location.hash = query ? `#/search/${encodeURIComponent(query)}` : "#/";
});
onNightDate();
window.addEventListener("hashchange", route);
route();

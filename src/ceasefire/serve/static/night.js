// "Last night at a glance" (#/ and #/night/YYYY-MM-DD): for each attacking side, launched /
// intercepted / hit / killed / injured with each claimant's figures side by side, every
// figure linked to its sentence in its document, and the truce terms in force that night.
// A night is named by the morning it ends (the readers date an "overnight" attack so): the
// night of 2025-03-08 is the night of 7 to 8 March and the day that follows (nights.py).

import { $, api, clear, el, num, ticket } from "./dom.js";
import * as label from "./labels.js";
import { documentLink } from "./search.js";

const METRICS = ["launched", "intercepted", "hit", "killed", "injured"];
let latest = null;  // the newest night with strikes, asked once

// Made once: toLocaleDateString makes a formatter at each call (a quarter of a second for
// the home page's dates on a large ledger)
const LONG_DATES = [false, true].map((withYear) => new Intl.DateTimeFormat("en-GB", {
  day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" }));

export function longDate(iso, withYear = true) {
  // "8 March 2025": dates are days (UTC), never shifted by the reader's time zone
  return LONG_DATES[Number(withYear)].format(new Date(`${iso}T00:00:00Z`));
}

function nightName(night) {
  // "the night of 7 to 8 March 2025", "the night of 31 March to 1 April 2025"
  const [from, to] = [night.evening, night.night];
  const start = from.slice(0, 7) === to.slice(0, 7) ? String(Number(from.slice(8)))
    : longDate(from, from.slice(0, 4) !== to.slice(0, 4));
  return `the night of ${start} to ${longDate(to)}`;
}

async function latestNight() {
  latest ??= api("/api/nights", { limit: 1 }).then((page) => page.items[0]?.night ?? null,
    (error) => { latest = null; throw error; });
  return latest;
}

export async function showNight(day) {
  // ``day``: YYYY-MM-DD, or null for the latest night with strikes.
  const stale = ticket("night");
  const box = $("#night");
  const chosen = day || await latestNight();
  if (stale()) return;
  if (!chosen) {
    $("#night-title").textContent = "Last night";
    clear($("#night-body")).append(el("p", "No strikes in the ledger yet."));
    return;
  }
  const night = await api(`/api/nights/${chosen}`);
  if (stale()) return;
  $("#night-title").textContent = day ? `Strikes of ${nightName(night)}`
    : `Last night with strikes: ${nightName(night)}`;
  drawControls(night);
  const body = clear($("#night-body"));
  if (!night.attacks.length) {
    body.append(el("p", `No strike is recorded for ${nightName(night)}.`, { class: "empty" }));
  }
  for (const attack of night.attacks) body.append(attackCard(attack));
  body.append(termsInForce(night));
  box.dataset.night = night.night;
}

function drawControls(night) {
  const previous = $("#night-previous"), next = $("#night-next");
  link(previous, night.previous, "Previous night with strikes");
  link(next, night.next, "Next night with strikes");
  $("#night-date").value = night.night;
}

function link(anchor, night, words) {
  anchor.hidden = !night;
  if (!night) return;
  anchor.href = `#/night/${night}`;
  anchor.textContent = words.startsWith("Previous") ? `← ${longDate(night)}` : `${longDate(night)} →`;
  anchor.setAttribute("aria-label", `${words}: ${longDate(night)}`);
}

// --- one attacking side -------------------------------------------------------------------------

function attackCard(attack) {
  const card = el("section", null, { class: "attack", "data-attacker": attack.attacker });
  card.append(el("h3", label.attack(attack.attacker, attack.target_countries)));
  card.append(eventList(attack.events));
  card.append(figureTable(attack));
  return card;
}

function eventList(events) {
  // Each event of the side, numbered when there are several (the figures carry the number).
  const list = el("ol", null, { class: "night-events" });
  events.forEach((event) => {
    const item = el("li");
    const places = event.places.length ? event.places.join(", ") : "places not named";
    const weapons = event.weapons.map((w) => label.weapon(w)).join(", ");
    item.append(el("a", places, { href: `#/event/${encodeURIComponent(event.event)}` }));
    const targets = event.target_types.map(label.targetType).join(", ");
    item.append(el("span", ` · ${[weapons, targets && `targets: ${targets}`,
      `${event.sources} report${event.sources === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}`,
    { class: "meta" }));
    list.append(item);
  });
  if (events.length === 1) list.classList.add("single");
  return list;
}

function claimantRows(attack) {
  // The claims grouped by who gave them ("(outlet)" by the outlet's name), in the order the
  // side's own officials, then the other side's, then outlets come.
  const rows = new Map();
  for (const claim of attack.claims) {
    const who = label.claimant(claim.claimant, claim.outlet);
    if (!rows.has(who)) rows.set(who, { who, side: claim.side, claims: [] });
    rows.get(who).claims.push(claim);
  }
  const rank = (row) => (row.side === attack.attacker ? 1 : row.side ? 0 : 2);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b) || a.who.localeCompare(b.who));
}

function figureTable(attack) {
  const table = el("table", null, { class: "night-figures cards" });
  table.append(el("caption", `${label.attack(attack.attacker, attack.target_countries)}: ` +
    "each claimant’s figures side by side"));
  const head = el("tr");
  head.append(el("th", "Who says so", { scope: "col" }));
  for (const metric of METRICS) head.append(el("th", label.metric(metric), { scope: "col", class: "num" }));
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  const best = el("tr", null, { class: "best" });
  best.append(el("th", "Best estimate (sum of the events)", { scope: "row" }));
  for (const metric of METRICS) {
    best.append(el("td", num(attack.totals[metric]) || "–", { class: "num" }));
  }
  body.append(best);
  const numbers = new Map(attack.events.map((e, i) => [e.event, i + 1]));
  for (const row of claimantRows(attack)) {
    const tr = el("tr", null, { class: "claimant" });
    const who = el("th", row.who, { scope: "row" });
    if (row.side) who.append(el("span", ` (${label.side(row.side)})`, { class: "meta" }));
    tr.append(who);
    for (const metric of METRICS) {
      const cell = el("td", null, { class: "num" });
      const given = row.claims.filter((c) => c.metric === metric);
      const figures = el("span", null, { class: "figures" });
      if (!given.length) figures.append(el("span", "–", { class: "none", title: "not given" }));
      for (const claim of given) {
        figures.append(figureLink(claim, attack.events.length > 1 ? numbers.get(claim.event) : null));
      }
      cell.append(figures);
      tr.append(cell);
    }
    body.append(tr);
  }
  table.append(thead, body);
  return table;
}

function figureLink(claim, eventNumber) {
  // "at least 145 drones", linked to its sentence highlighted in its document
  const weapon = claim.weapon ? ` ${label.weapon(claim.weapon, claim.value)}` : "";
  const words = `${label.figure(claim)}${weapon}`;
  const line = el("span", null, { class: "figure" });
  const target = claim.document && claim.start !== null
    ? documentLink(claim.document, claim) : `#/event/${encodeURIComponent(claim.event)}`;
  line.append(el("a", words, { href: target, title: claim.sentence || "" }));
  if (claim.reports > 1) line.append(el("span", ` (${claim.reports} reports)`, { class: "meta" }));
  if (eventNumber) {  // which of the side's events the figure is about
    const sup = el("sup");
    sup.append(el("a", `event ${eventNumber}`, { href: `#/event/${encodeURIComponent(claim.event)}` }));
    line.append(document.createTextNode(" "), sup);
  }
  return line;
}

// --- the truce terms in force -------------------------------------------------------------------

export function termPeriod(term) {
  // "from 18 March 2025 to 16 April 2025", or the end unknown and how far strikes are checked
  const from = `from ${longDate(term.start)}`;
  if (term.end && term.end !== "end unknown") return `${from} to ${longDate(term.end)}`;
  const checked = term.checked_until
    ? `strikes checked to ${longDate(term.checked_until)}` : "a local pause: no strike checked";
  return `${from}, end unknown (${checked})`;
}

function termsInForce(night) {
  const box = el("section", null, { class: "night-terms" });
  box.append(el("h3", "Truce terms in force"));
  if (!night.terms.length) {
    box.append(el("p", "No truce term was in force that day.", { class: "note" }));
    return box;
  }
  const list = el("ul");
  for (const term of night.terms) {
    const item = el("li");
    item.append(el("a", `${label.truce(term.scope)}: ${label.sides(term.parties)}`,
      { href: `#/term/${encodeURIComponent(term.term)}` }));
    item.append(document.createTextNode(`, ${label.kind(term.kind)}, ${termPeriod(term)}`));
    list.append(item);
  }
  box.append(list);
  return box;
}

export const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export function onNightDate() {
  // The date input: a chosen day opens its night.
  const input = $("#night-date");
  input.addEventListener("change", () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) window.location.hash = `#/night/${input.value}`;
  });
}

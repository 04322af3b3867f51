// The dashboard: vanilla JS over /api, no build step. Article text is untrusted: every node
// is made with createElement and filled with textContent, never parsed from a string.

const SVG = "http://www.w3.org/2000/svg";
const $ = (selector) => document.querySelector(selector);

function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function num(value) {
  return value === null || value === undefined ? "" : Number(value).toLocaleString("en");
}

function status(message) {
  $("#status").textContent = message || "";
}

async function api(path, params = {}) {
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

// --- timeline ---------------------------------------------------------------------------------

function drawTimeline(rows, terms) {
  const box = clear($("#chart"));
  if (!rows.length) {
    box.append(el("p", "No strikes in the ledger."));
    return;
  }
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const first = new Date(days[0] + "T00:00:00Z");
  const last = new Date(days[days.length - 1] + "T00:00:00Z");
  const dayCount = Math.round((last - first) / 86400000) + 1;
  const sides = [...new Set(rows.map((r) => r.attacker || "other"))].sort();
  const max = Math.max(1, ...rows.map((r) => Math.max(r.launched || 0, r.intercepted || 0)));
  const width = 900, height = 260, left = 48, right = 10, top = 10, bottom = 40;
  const plotW = width - left - right, plotH = height - top - bottom;
  const slot = plotW / dayCount;
  const bar = Math.max(1, (slot * 0.8) / sides.length);
  const x = (iso) => left + (Math.round((new Date(iso + "T00:00:00Z") - first) / 86400000)) * slot;
  const y = (value) => top + plotH - (value / max) * plotH;

  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img",
    "aria-label": "Launched and intercepted per day and side" });
  chart.append(svg("title", {}, "Launched and intercepted per day and attacking side"));

  for (const term of terms) {
    if (!term.start) continue;
    const end = term.end && term.end !== "open" ? term.end : days[days.length - 1];
    const from = Math.max(left, x(term.start));
    const to = Math.min(left + plotW, x(end) + slot);
    if (to <= from) continue;
    const rect = svg("rect", { x: from, y: top, width: to - from, height: plotH, class: "truce" });
    rect.append(svg("title", {}, `${term.scope} truce, ${term.start} to ${term.end}`));
    chart.append(rect);
  }

  for (const row of rows) {
    const side = row.attacker || "other";
    const offset = x(row.date) + slot * 0.1 + sides.indexOf(side) * bar;
    for (const metric of ["launched", "intercepted"]) {
      const value = row[metric] || 0;
      if (!value) continue;
      const rect = svg("rect", { x: offset, y: y(value), width: bar, height: top + plotH - y(value),
        class: `${metric} ${side === "RU" || side === "UA" ? side : "other"}` });
      rect.append(svg("title", {}, `${row.date} ${side}: ${metric} ${num(value)}`));
      chart.append(rect);
    }
  }

  chart.append(svg("line", { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, class: "axis" }));
  chart.append(svg("line", { x1: left, y1: top, x2: left, y2: top + plotH, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 10, "text-anchor": "end" }, num(max)));
  chart.append(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end" }, "0"));
  const step = Math.max(1, Math.ceil(dayCount / 10));
  for (let i = 0; i < dayCount; i += step) {
    const day = new Date(first.getTime() + i * 86400000).toISOString().slice(0, 10);
    chart.append(svg("text", { x: left + i * slot, y: height - bottom + 16 }, day));
  }
  box.append(chart);

  const legend = el("div", null, { class: "legend" });
  for (const side of sides.filter((s) => s === "RU" || s === "UA")) {
    legend.append(el("span", `${side} launched`, { class: `${side.toLowerCase()}-launched` }));
    legend.append(el("span", `${side} intercepted`, { class: `${side.toLowerCase()}-intercepted` }));
  }
  legend.append(el("span", "truce in force", { class: "truce" }));
  box.append(legend);
}

// --- events -----------------------------------------------------------------------------------

function eventRow(event) {
  const tr = el("tr");
  const link = el("a", event.date || "undated", { href: `#/event/${encodeURIComponent(event.event)}` });
  const date = el("td");
  date.append(link);
  tr.append(date, el("td", event.attacker || ""),
    el("td", event.places.map((p) => p.name).join(", ")));
  for (const metric of ["launched", "intercepted", "killed", "injured"]) {
    tr.append(el("td", num(event[metric]), { class: "num" }));
  }
  tr.append(el("td", event.claimants.join(", ")));
  return tr;
}

async function loadEvents(query) {
  let items;
  if (query) {
    const [byPlace, byClaimant] = await Promise.all([
      api("/api/events", { place: query, limit: 1000 }),
      api("/api/events", { claimant: query, limit: 1000 }),
    ]);
    const seen = new Map();
    for (const event of [...byPlace.items, ...byClaimant.items]) seen.set(event.event, event);
    items = [...seen.values()].sort((a, b) => (a.date || "").localeCompare(b.date || ""));
  } else {
    items = (await api("/api/events", { limit: 1000 })).items;
  }
  const body = clear($("#events-table tbody"));
  if (!items.length) {
    const tr = el("tr");
    tr.append(el("td", query ? `No event matches “${query}”.` : "No events.", { colspan: 8 }));
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
    card.append(el("h4", `${term.scope}: ${term.parties}`));
    card.append(el("p", `In force from ${term.start || "?"} to ${term.end}.`));
    const listed = violations.filter((v) => v.term === term.term);
    if (!listed.length) {
      card.append(el("p", "No violations listed."));
    } else {
      const list = el("ul");
      for (const v of listed) {
        const item = el("li");
        item.append(el("a", `${v.date || "undated"} (${v.kind})`,
          { href: `#/event/${encodeURIComponent(v.event)}` }));
        item.append(document.createTextNode(
          ` accused: ${v.accused || "?"}; by: ${v.accusing || "?"}; ${v.reason}`));
        if (v.evidence) item.append(el("blockquote", v.evidence));
        list.append(item);
      }
      card.append(list);
    }
    box.append(card);
  }
}

// --- the event page ---------------------------------------------------------------------------

function highlighted(text, start, end) {
  // The document's text with the claim's sentence in a <mark>; all three parts as text nodes.
  const p = el("p", null, { class: "text" });
  p.append(document.createTextNode(text.slice(0, start)));
  p.append(el("mark", text.slice(start, end)));
  p.append(document.createTextNode(text.slice(end)));
  return p;
}

async function documentText(name, cache) {
  if (!cache.has(name)) {
    cache.set(name, api(`/api/documents/${encodeURIComponent(name)}`).then((d) => d.text, () => null));
  }
  return cache.get(name);
}

async function showEvent(id) {
  const page = await api(`/api/events/${encodeURIComponent(id)}`);
  const event = page.event;
  $("#event-title").textContent =
    `${event.date || "Undated"}: ${event.attacker || "?"} strike on ${event.places.map((p) => p.name).join(", ") || "unknown places"}`;
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
  const sources = clear($("#claim-sources"));
  const cache = new Map();
  for (const c of page.claims) {
    if (!c.sentence) continue;
    const card = el("article", null, { class: "source" });
    const copies = c.copies ? `; republished by ${c.copies}` : "";
    card.append(el("p", `${c.claimant}: ${c.metric} ${num(c.value)} (${c.outlet || "?"}, ${c.published || "undated"}${copies})`,
      { class: "meta" }));
    const text = c.document ? await documentText(c.document, cache) : null;
    if (text && c.start !== null && c.end !== null && text.slice(c.start, c.end) === c.sentence) {
      card.append(highlighted(text, c.start, c.end));
    } else {
      card.append(highlighted(c.sentence, 0, c.sentence.length));
    }
    sources.append(card);
  }
}

// --- routing ----------------------------------------------------------------------------------

async function loadHome() {
  const [timeline, terms, positions, violations] = await Promise.all([
    api("/api/timeline", { limit: 1000 }), api("/api/terms", { limit: 1000 }),
    api("/api/agreements", { limit: 1000 }), api("/api/violations", { limit: 1000 }),
  ]);
  drawTimeline(timeline.items, terms.items);
  drawAgreements(positions.items, terms.items, violations.items);
  await loadEvents($("#q").value.trim());
}

let homeLoaded = false;

async function route() {
  status("");
  const match = window.location.hash.match(/^#\/event\/(.+)$/);
  try {
    if (match) {
      $("#home").hidden = true;
      $("#event-page").hidden = false;
      await showEvent(decodeURIComponent(match[1]));
    } else {
      $("#event-page").hidden = true;
      $("#home").hidden = false;
      if (!homeLoaded) {
        await loadHome();
        homeLoaded = true;
      }
    }
  } catch (error) {
    status(`Could not load: ${error.message}`);
  }
}

$("#search").addEventListener("submit", (submitted) => {
  submitted.preventDefault();
  if (window.location.hash.startsWith("#/event/")) window.location.hash = "#/";
  loadEvents($("#q").value.trim()).catch((error) => status(`Could not search: ${error.message}`));
});
window.addEventListener("hashchange", route);
route();

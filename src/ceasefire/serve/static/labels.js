// Human labels for the ledger's vocabularies (model.VOCABULARIES and the API's enums): what a
// reader sees instead of "energy_infrastructure", "alleged_violation" or "RU". One place for
// every page, so a label reads the same everywhere. A value with no label here is shown with
// its underscores as spaces, never as a raw identifier.

const METRICS = {
  launched: "launched", intercepted: "intercepted", hit: "hit", killed: "killed",
  injured: "injured",
};
const WEAPONS = {  // singular, plural
  drone: ["drone", "drones"], ballistic_missile: ["ballistic missile", "ballistic missiles"],
  cruise_missile: ["cruise missile", "cruise missiles"], missile: ["missile", "missiles"],
  guided_bomb: ["guided bomb", "guided bombs"], artillery: ["artillery shell", "artillery"],
  aircraft: ["aircraft", "aircraft"],
};
const TARGET_TYPES = {
  energy: "energy", residential: "homes", medical: "medical", transport: "transport",
  airport: "airport", military: "military", commercial: "commercial", government: "government",
  other: "other targets",
};
const SCOPES = {
  full: "full ceasefire", energy_infrastructure: "energy infrastructure", air: "air truce",
  sea: "sea truce", air_and_sea: "air and sea truce", black_sea: "Black Sea",
  other: "local pause",
};
const TRUCES = {  // a truce named by its scope
  full: "Full ceasefire", energy_infrastructure: "Energy infrastructure truce",
  air: "Air truce", sea: "Sea truce", air_and_sea: "Air and sea truce",
  black_sea: "Black Sea truce", other: "Local pause",
};
const SCOPE_WORDS = {  // what a truce of the scope halts
  full: "a halt to all hostilities",
  energy_infrastructure: "no strikes on energy infrastructure (power plants, grids, oil and gas sites)",
  air: "no strikes from the air", sea: "no attacks at sea",
  air_and_sea: "no strikes from the air and no attacks at sea",
  black_sea: "no attacks on shipping in the Black Sea",
  other: "a local pause: it binds only its place, so no strike elsewhere is checked against it",
};
const STATUSES = {
  proposed: "proposed", agreed: "agreed", rejected: "rejected", violated: "said to be violated",
  ended: "ended", announced: "announced", completed: "completed",
};
const KINDS = {  // of a truce term, and of talks
  mutual: "mutual (both sides bound)", unilateral: "unilateral (one side bound)",
  meeting: "meeting", call: "call",
};
const QUALIFIERS = {
  exact: "", approx: "about", at_least: "at least", at_most: "at most", all: "all",
};
const SIDES = {
  RU: "Russia", UA: "Ukraine", US: "the United States", TR: "Turkey", SA: "Saudi Arabia",
  AE: "the United Arab Emirates", QA: "Qatar", BY: "Belarus", CH: "Switzerland",
  "?": "an unnamed side",
};
const POSSESSIVE = { RU: "Russia's", UA: "Ukraine's" };
const VIOLATION_KINDS = {
  alleged_violation: "alleged violation",
  outside_parties: "strike in scope, attacker not bound",
  accusation: "accusation, no strike read",
};
const BOUND_AS = { party: "a party to it", declarer: "the side that declared it" };
const LANGUAGES = { en: "English", uk: "Ukrainian", ru: "Russian" };  // Document.language

const spaced = (value) => String(value ?? "").replaceAll("_", " ");
const pick = (table, value) => (value in table ? table[value] : spaced(value));

export const metric = (value) => pick(METRICS, value);
export const targetType = (value) => pick(TARGET_TYPES, value);
export const scope = (value) => pick(SCOPES, value);
export const truce = (value) => (value in TRUCES ? TRUCES[value] : `${spaced(value)} truce`);
export const scopeInWords = (value) => pick(SCOPE_WORDS, value);
export const status = (value) => pick(STATUSES, value);
export const kind = (value) => pick(KINDS, value);
export const violationKind = (value) => pick(VIOLATION_KINDS, value);
export const boundAs = (value) => pick(BOUND_AS, value);
export const side = (value) => (value ? pick(SIDES, value) : "an unnamed side");
export const sidePossessive = (value) => POSSESSIVE[value] || `${side(value)}’s`;
export const language = (value) => pick(LANGUAGES, value);

export function outlet(name, code, none = "no outlet named") {
  // "Suspilne (Ukrainian)": a source's outlet with the language its report is written in.
  // English, the dashboard's own, goes without saying.
  const shown = name || none;
  return code && code !== "en" ? `${shown} (${language(code)})` : shown;
}

export function weapon(value, count = 2) {
  const names = WEAPONS[value];
  if (!names) return spaced(value);
  return count === 1 ? names[0] : names[1];
}

export function qualifier(value) {
  // "at least", "about"; nothing for an exact figure
  return pick(QUALIFIERS, value || "exact");
}

export function sides(list) {
  // "RU, UA" or ["RU", "UA"] -> "Russia and Ukraine"
  const names = (Array.isArray(list) ? list : String(list || "").split(/,\s*/))
    .filter(Boolean).map(side);
  if (names.length < 2) return names[0] || "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function claimant(name, outlet) {
  // The outlet's own figure is shown by the outlet's name, never as "(outlet)" (a list that
  // does not know the outlet passes none: "the outlet's own figure").
  if (name && name !== "(outlet)") return name;
  if (outlet === undefined) return "the outlet’s own figure";
  return outlet ? `${outlet} (the outlet’s own figure)` : "The report’s own figure (no outlet named)";
}

export function attack(attacker, targets = []) {
  // "Russia's attacks on Ukraine"; a side's strikes on places inside its own borders (Ukraine's
  // on occupied Crimea, Russia's in Kursk Oblast) are not "on" itself
  const others = targets.filter((target) => target !== attacker);
  const home = targets.includes(attacker) ? `inside ${sidePossessive(attacker)} borders` : "";
  const where = [others.length ? `on ${sides(others)}` : "", home].filter(Boolean);
  const on = where.length ? ` ${where.join(" and ")}` : "";
  return attacker && attacker !== "?" ? `${sidePossessive(attacker)} attacks${on}`
    : `Attacks by an unnamed side${on}`;
}

const IDENTIFIERS = new Map([
  ...Object.entries(SCOPES).filter(([raw]) => raw.includes("_")),
  ...Object.entries(VIOLATION_KINDS), ["ballistic_missile", "ballistic missile"],
  ["cruise_missile", "cruise missile"], ["guided_bomb", "guided bomb"],
]);

export function inWords(text) {
  // Prose the ledger writes ("a truce of scope energy_infrastructure") with its identifiers
  // in words.
  let words = String(text ?? "");
  for (const [raw, label] of IDENTIFIERS) words = words.replaceAll(raw, label);
  return words.replace(/\b(RU|UA)\b/g, (code) => SIDES[code]);
}

export function figure(claim) {
  // "at least 11", "about 70": the figure with its qualifier
  if (claim.value === null || claim.value === undefined) {
    return claim.qualifier === "all" ? "all" : "a number not given";
  }
  const value = Number(claim.value).toLocaleString("en");
  const words = qualifier(claim.qualifier);
  return words ? `${words} ${value}` : value;
}

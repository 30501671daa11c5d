// The frame lexicon: which predicates carry which claim type, and which syntactic position
// fills which role. Data only; src/extract/claims/match.ts applies it to the parse.
//
// Positions: `subj` (the subject of an active verb, or the agent of a nominalisation),
// `obj` (the direct object), `pass` (the subject of a passive), `by` (a passive's
// by-phrase), and prepositions. A passive with no by-phrase leaves the agent absent.
import type { ClaimType } from "../contract.js";

export interface VerbFrame {
  name: string;
  type: ClaimType;
  lemmas: string[];
  subj?: string;
  obj?: string;
  /** Role of a passive subject; defaults to the `obj` role. */
  pass?: string;
  /** Role of a passive by-phrase; defaults to the `subj` role. */
  by?: string;
  pp?: Record<string, string>;
  /** The frame applies only when the object's head lemma is one of these (light verbs). */
  objHeads?: string[];
  /** The frame applies only when the subject's head lemma is one of these ("weapons reach …"). */
  subjHeads?: string[];
  /** The frame does not apply when the object's head lemma is one of these ("provided training to" is no supply). */
  objNotHeads?: string[];
  /** The frame applies only when one of these prepositions is present. */
  needPP?: string[];
  /** The frame applies only when the subject (passive: the object) is one of these. */
  conf: number;
}

export interface NounFrame {
  name: string;
  type: ClaimType;
  /** Head lemmas (or surface forms) of the noun phrase. */
  heads: string[];
  /** A premodifier the head needs ("training camps"). */
  withModifier?: string[];
  /** Role filled by the doer: possessor, a name premodifier, the copula's subject, the subject of a light verb. */
  agent?: string;
  /** Role filled by the noun phrase itself ("a recruiter" is the recruiter). */
  self?: string;
  of?: string;
  pp?: Record<string, string>;
  /** Only when the agent is found (agent nouns like "recruiter" say nothing alone). */
  needAgent?: boolean;
  conf: number;
}

/** Things supplied, for frames whose item is the subject. */
export const ITEM_HEADS = ["weapon", "weaponry", "arsenal", "ordnance", "arm", "ammunition", "explosive", "rifle", "missile", "rocket", "gun", "munition", "drone", "money", "fund", "cash", "equipment", "materiel", "supply", "shipment", "component", "mortar", "grenade", "fuel"];

const MOVE_PP = { to: "destination", into: "destination", toward: "destination", towards: "destination", for: "destination", from: "origin", "out of": "origin", through: "via", via: "via", across: "via", "by way of": "via", over: "via", "en route to": "destination", "on the way to": "destination", "on their way to": "destination", "on his way to": "destination", in: "destination" };

export const VERB_FRAMES: VerbFrame[] = [
  // flow: people moving to fight
  { name: "travel", type: "flow", lemmas: ["travel", "go", "head", "flock", "return", "move", "relocate", "migrate", "come", "journey", "stream", "pour", "flee", "trek", "sneak", "slip", "infiltrate", "emigrate", "fly", "drive", "walk", "sail", "escape", "smuggle", "cross", "proceed", "make", "set", "transit", "leave"], subj: "people", pass: "people", pp: MOVE_PP, needPP: ["to", "into", "toward", "towards", "en route to", "from", "through", "via", "on the way to", "on their way to", "on his way to"], conf: 0.75 },
  // foreign nationals fighting in a country have travelled there ("1,500 Russian citizens were fighting in Syria")
  { name: "fight-abroad", type: "flow", lemmas: ["fight", "serve"], subj: "people", pp: { in: "destination", for: "group", with: "group", alongside: "group" }, needPP: ["in", "for", "with", "alongside"], conf: 0.5 },
  { name: "arrive", type: "flow", lemmas: ["arrive", "land", "reach"], subj: "people", obj: "destination", pp: { in: "destination", at: "destination", from: "origin", via: "via", through: "via" }, conf: 0.7 },
  { name: "enter", type: "flow", lemmas: ["enter", "infiltrate", "penetrate"], subj: "people", obj: "destination", pp: { from: "origin", via: "via", through: "via", across: "via", into: "destination" }, conf: 0.7 },
  { name: "leave", type: "flow", lemmas: ["leave", "depart", "exit", "quit"], subj: "people", obj: "origin", pp: { for: "destination", to: "destination", from: "origin", via: "via", through: "via" }, conf: 0.65 },
  { name: "cross", type: "flow", lemmas: ["cross"], subj: "people", obj: "via", pp: { into: "destination", to: "destination", from: "origin" }, conf: 0.7 },
  // "brought back 8,000 of its citizens from al-Hol", "repatriated 600 women": the country that brings them home is where they go
  { name: "bring-back", type: "flow", lemmas: ["bring back", "repatriate", "bring home", "fly home", "fly back"], subj: "destination", obj: "people", pp: { from: "origin", to: "destination", via: "via", through: "via" }, conf: 0.6 },
  { name: "send", type: "flow", lemmas: ["send", "dispatch", "deploy", "ferry", "transport", "funnel", "channel", "redirect", "divert", "move", "facilitate", "bring", "smuggle", "traffic"], subj: "group", obj: "people", pp: MOVE_PP, needPP: ["to", "into", "from", "through", "via", "toward", "towards", "across"], conf: 0.7 },
  // interdiction
  { name: "stop", type: "interdiction", lemmas: ["stop", "arrest", "detain", "capture", "intercept", "prevent", "apprehend", "block", "deport", "extradite", "halt", "bar", "nab", "round", "foil", "thwart", "imprison", "jail", "convict", "sentence", "break up", "dismantle", "disrupt", "bust", "expel", "prosecute", "catch", "indict", "hand over", "turn over", "round up", "ban", "prohibit", "forbid"], subj: "actor", obj: "people", pp: { to: "destination", "en route to": "destination", "on the way to": "destination", from: "origin", in: "origin", at: "origin" }, conf: 0.75 },
  // detention: "several hundred former fighters are being held at the Hajj camp" (passive, people)
  { name: "held", type: "interdiction", lemmas: ["hold", "keep", "confine", "intern"], obj: "people", pass: "people", pp: { at: "destination", in: "destination", by: "actor" }, conf: 0.55 },
  // strength: "together they field 1,500 fighters", "may have between 6,000 and 7,000 fighters", "count 500 Chechen fighters in its ranks"
  { name: "strength", type: "membership", lemmas: ["field", "have", "count", "number", "muster", "boast", "command", "include", "comprise", "maintain"], subj: "group", obj: "member", objHeads: ["fighter", "member", "militant", "man", "men", "recruit", "troop", "soldier", "combatant", "jihadist", "gunman", "follower", "loyalist", "volunteer"], pp: { in: "location", across: "location" }, conf: 0.55 },
  // recruitment
  { name: "recruit", type: "recruitment", lemmas: ["recruit", "hire", "enrol", "enroll", "sign up", "rally", "lure", "enlist", "radicalize", "radicalise", "indoctrinate", "mobilize", "mobilise", "entice", "draw", "attract", "conscript", "groom", "induct", "woo"], subj: "recruiter", obj: "recruits", pp: { from: "origin", in: "location", for: "group", into: "group", to: "group", on: "channel", through: "channel", via: "channel", over: "channel", online: "channel" }, conf: 0.75 },
  { name: "gain-fighters", type: "recruitment", lemmas: ["get", "gain", "win", "attract", "draw", "receive", "acquire", "add"], subj: "group", obj: "recruits", objHeads: ["fighter", "recruit", "soldier", "volunteer", "member", "follower", "militant", "jihadist", "jihadi", "combatant", "supporter", "adept"], pp: { from: "origin", in: "location" }, conf: 0.6 },
  // inducements: "They offer them a motorbike and a phone", "young men were offered cash by the insurgents"
  { name: "offer-inducement", type: "recruitment", lemmas: ["offer", "promise"], subj: "recruiter", obj: "channel", pass: "recruits", pp: { to: "recruits", by: "recruiter", in: "location" }, conf: 0.5 },
  // training
  { name: "train", type: "training", lemmas: ["train", "drill", "instruct", "prepare", "school", "teach"], subj: "group", obj: "trainees", pp: { in: "location", at: "location", near: "location", on: "location", by: "group" }, conf: 0.75 },
  // supply
  { name: "smuggle", type: "supply", lemmas: ["smuggle", "procure", "supply", "ship", "traffic", "deliver", "provide", "sell", "transfer", "funnel", "furnish", "send", "channel", "move", "loot", "plunder", "source", "pass", "route", "give", "donate", "carry", "transport", "import", "export"], subj: "supplier", obj: "item", pp: { to: "recipient", for: "recipient", from: "origin", "out of": "origin", into: "destination", through: "via", via: "via" }, objHeads: ["weapon", "arm", "ammunition", "explosive", "rifle", "missile", "rocket", "gun", "munition", "drone", "money", "fund", "cash", "equipment", "materiel", "supply", "vehicle", "truck", "component", "arsenal", "mortar", "grenade", "weaponry", "ied", "fertilizer"], conf: 0.75 },
  // the receiving side: "the group buys weapons on the black market", "received money from supporters in the Gulf"
  { name: "buy", type: "supply", lemmas: ["buy", "purchase", "acquire", "obtain", "receive", "procure", "get", "import"], subj: "recipient", obj: "item", pp: { from: "supplier", in: "origin", on: "origin", "out of": "origin" }, objHeads: ["weapon", "weaponry", "arm", "ammunition", "explosive", "rifle", "missile", "rocket", "gun", "munition", "drone", "money", "fund", "cash", "equipment", "materiel", "supply", "vehicle", "component", "mortar", "grenade", "ied", "financing", "donation"], conf: 0.7 },
  // money raised from people under a group's control: "collects zakat from herders", "levies fees on trucks", "raised $100 million"
  { name: "levy", type: "supply", lemmas: ["collect", "levy", "extort", "raise", "exact", "tax", "charge", "extract"], subj: "recipient", obj: "item", objHeads: ["zakat", "levy", "levies", "tax", "taxes", "fee", "fees", "toll", "tolls", "revenue", "revenues", "ransom", "ransoms", "million", "billion", "dollar", "dollars", "payment", "payments", "protection", "duty", "duties", "tribute"], pp: { from: "supplier", on: "supplier", in: "origin", at: "origin", along: "origin" }, conf: 0.6 },
  // the paying side: "businesses pay a monthly tax to the group"
  { name: "pay", type: "supply", lemmas: ["pay", "hand over", "remit"], subj: "supplier", obj: "item", objHeads: ["zakat", "levy", "levies", "tax", "taxes", "fee", "fees", "toll", "tolls", "ransom", "ransoms", "protection", "tribute", "money"], pp: { to: "recipient", in: "origin", at: "origin" }, conf: 0.6 },
  // weapons as the subject: "weapons continue to reach the group from Iran", "weapons come mostly from the army"
  { name: "reach", type: "supply", lemmas: ["reach", "flow", "arrive", "pour", "move", "travel", "go", "come"], subj: "item", subjHeads: ITEM_HEADS, obj: "recipient", pp: { from: "origin", to: "recipient", into: "destination", through: "via", via: "via", "out of": "origin", along: "via" }, conf: 0.6 },
  // seized or looted supplies: "rifles were taken from police posts", "the group captured weapons from an army depot"
  { name: "seize-items", type: "supply", lemmas: ["take", "seize", "capture", "loot", "steal", "plunder", "divert", "grab"], subj: "recipient", obj: "item", objHeads: ITEM_HEADS, pp: { from: "origin", "out of": "origin", in: "origin", at: "origin" }, conf: 0.55 },
  // "supplied fuel and motorcycles to the gangs": with a to-phrase the object is what is handed over, whatever it is
  { name: "give-to", type: "supply", lemmas: ["supply", "provide", "furnish", "sell", "donate", "resell", "hand over"], subj: "supplier", obj: "item", pp: { to: "recipient", from: "origin", "out of": "origin", into: "destination", through: "via", via: "via" }, needPP: ["to"], objNotHeads: ["training", "instruction", "advice", "protection", "shelter", "haven", "information", "detail", "details", "testimony", "evidence", "access", "update", "name", "names", "account", "statement", "interview", "comment", "assurance", "assurances"], conf: 0.65 },
  { name: "arm", type: "supply", lemmas: ["arm", "equip", "finance", "fund", "bankroll", "resupply", "supply", "sponsor", "support"], subj: "supplier", obj: "recipient", pp: { with: "item", from: "origin" }, conf: 0.7 },
  // membership (join a group)
  { name: "join", type: "membership", lemmas: ["join", "enter"], subj: "member", obj: "group", conf: 0.7 },
  // a unit under a command: "the front answers to the Eastern Bloc", "reports to the central command"
  { name: "answer-to", type: "membership", lemmas: ["answer", "subordinate"], subj: "member", pp: { to: "group" }, needPP: ["to"], conf: 0.5 },
  { name: "belong", type: "membership", lemmas: ["belong"], subj: "member", pp: { to: "group" }, needPP: ["to"], conf: 0.6 },
  { name: "defect", type: "allegiance", lemmas: ["defect", "switch", "shift", "side", "swing"], subj: "subject", pp: { to: "group", from: "previous" }, needPP: ["to"], conf: 0.6 },
  // leadership
  { name: "lead", type: "leadership", lemmas: ["lead", "head", "command", "run", "found", "co-found", "direct", "oversee", "spearhead", "control"], subj: "leader", obj: "group", conf: 0.6 },
  // allegiance (light verbs over "allegiance")
  { name: "pledge-allegiance", type: "allegiance", lemmas: ["pledge", "swear", "declare", "give", "offer", "switch", "transfer", "shift", "announce", "renew", "express"], subj: "subject", objHeads: ["allegiance", "loyalty", "bay'ah", "bayah", "bay’ah", "oath", "fealty"], pp: { to: "group", from: "previous" }, conf: 0.85 },
  { name: "accept-allegiance", type: "allegiance", lemmas: ["accept", "receive", "gain", "win", "secure", "obtain", "welcome", "acknowledge", "get"], subj: "group", objHeads: ["allegiance", "loyalty", "pledge", "bay'ah", "bayah", "oath", "fealty"], pp: { from: "subject", of: "subject" }, conf: 0.8 },
  // alliance
  { name: "ally", type: "alliance", lemmas: ["ally", "cooperate", "collaborate", "coordinate", "partner", "merge", "unite", "team", "align", "join forces", "side", "fight alongside", "federate", "band together"], subj: "parties", obj: "parties", pp: { with: "parties", in: "location", alongside: "parties", "together with": "parties", "along with": "parties" }, conf: 0.65 },
  // "forces backed by the coalition", "Rwanda backs the M23": a backer and its client are allies
  { name: "back", type: "alliance", lemmas: ["back"], subj: "parties", obj: "parties", conf: 0.55 },
  // conflict
  { name: "attack", type: "conflict", lemmas: ["attack", "target", "fight", "strike", "bomb", "shell", "clash", "oppose", "threaten", "ambush", "raid", "assault", "battle", "besiege", "storm", "overrun", "combat", "confront", "hit", "counter", "pound", "engage", "bombard", "crush", "squeeze", "expel", "oust", "rout", "repel", "defeat", "weaken", "encircle", "surround", "harass", "kidnap", "abduct", "invade", "retake", "recapture", "dislodge", "pressure", "push back", "push out", "drive out", "force out", "kick out", "chase out", "flush out", "root out", "wear down", "beat back", "fight off"], subj: "actor", obj: "target", pp: { against: "target", with: "target", on: "target", in: "location", near: "location", at: "location", from: "location", around: "location", inside: "location", "out of": "location", across: "location", throughout: "location" }, conf: 0.65 },
  // "fired missiles at Saudi Arabia": the weapon is the object, the target the at/on-phrase
  { name: "fire-at", type: "conflict", lemmas: ["fire", "launch", "lob", "shoot", "drop", "aim"], subj: "actor", pp: { at: "target", on: "target", into: "target", against: "target", toward: "target", towards: "target" }, needPP: ["at", "on", "into", "against", "toward", "towards"], conf: 0.6 },
  // "the fighting pits the ELN against the dissidents": the object is one side, the against-phrase the other
  { name: "pit-against", type: "conflict", lemmas: ["pit", "set"], obj: "actor", pp: { against: "target", in: "location" }, needPP: ["against"], conf: 0.55 },
  // presence
  { name: "based", type: "presence", lemmas: ["base", "station", "center", "centre", "headquarter", "entrench", "concentrate", "operate", "garrison", "deploy", "position", "establish", "locate", "hide", "shelter", "active", "present", "dig", "regroup", "roam", "patrol", "remain", "stay", "live", "settle", "embed"], subj: "group", pass: "group", pp: { in: "location", at: "location", near: "location", around: "location", throughout: "location", across: "location", on: "location", inside: "location" }, needPP: ["in", "at", "near", "around", "throughout", "across", "on", "inside"], conf: 0.6 },
  { name: "establish-presence", type: "presence", lemmas: ["establish", "set", "build", "open", "create", "maintain", "have", "keep", "expand", "run", "set up", "deploy", "station", "position", "post"], subj: "group", objHeads: ["base", "presence", "offshoot", "branch", "stronghold", "foothold", "cell", "camp", "headquarters", "province", "wilayat", "affiliate", "chapter", "outpost", "hideout", "safe haven", "haven", "network", "camps", "bases", "cells", "pocket", "pockets", "fighter", "fighters", "unit", "units", "troop", "troops", "position", "positions", "soldier", "soldiers", "battalion", "battalions", "contingent", "contingents", "force", "forces"], pp: { in: "location", at: "location", near: "location", inside: "location", across: "location", throughout: "location", to: "location", into: "location" }, conf: 0.65 },
  { name: "control-territory", type: "presence", lemmas: ["control", "hold", "occupy", "govern", "dominate", "run", "administer", "rule", "keep", "patrol"], subj: "group", obj: "location", conf: 0.5 },
  // "guard parts of the route around Palmyra", "secure the border strip": a group holding ground is there
  { name: "guard-ground", type: "presence", lemmas: ["guard", "secure", "man", "police"], subj: "group", obj: "location", pp: { around: "location", near: "location", in: "location", along: "location" }, conf: 0.5 },
  // "holds sway over parts of the camp", "tightened its grip on the district"
  { name: "hold-sway", type: "presence", lemmas: ["hold", "exercise", "exert", "wield", "retain", "maintain", "keep", "tighten", "extend", "consolidate"], subj: "group", objHeads: ["sway", "control", "grip", "influence", "dominance", "hold", "grasp"], pp: { over: "location", in: "location", on: "location", across: "location", of: "location" }, conf: 0.55 },
  // taking a place is fighting for it: "seized the border town of Bunagana", "took back dozens of towns from X"
  { name: "take-place", type: "conflict", lemmas: ["seize", "capture", "take", "reclaim", "take back", "win back", "liberate"], subj: "actor", obj: "location", pp: { from: "target", in: "location", near: "location" }, conf: 0.55 },
  // designation
  { name: "designate", type: "designation", lemmas: ["designate", "list", "sanction", "blacklist", "proscribe", "ban", "outlaw"], subj: "authority", obj: "target", pp: { as: "list", on: "list", under: "list", to: "list", by: "authority" }, conf: 0.8 },
  { name: "add-to-list", type: "designation", lemmas: ["add", "put", "place", "include"], subj: "authority", obj: "target", pp: { to: "list", on: "list", under: "list", by: "authority" }, needPP: ["to", "on", "under"], conf: 0.8 },
  { name: "impose-sanctions", type: "designation", lemmas: ["impose", "slap", "announce", "level", "issue", "adopt"], subj: "authority", objHeads: ["sanction", "sanctions", "embargo", "ban", "freeze", "penalty", "penalties", "measure", "measures"], pp: { on: "target", against: "target", to: "target" }, conf: 0.7 },
  { name: "freeze-assets", type: "designation", lemmas: ["freeze", "block", "seize"], subj: "authority", objHeads: ["asset", "assets", "account", "accounts", "property", "fund", "funds"], pp: { of: "target" }, conf: 0.65 },
  // casualties
  { name: "kill", type: "casualties", lemmas: ["kill", "execute", "behead", "wound", "injure", "murder", "assassinate", "massacre", "slaughter", "slay", "maim", "decapitate", "lynch", "shoot"], subj: "perpetrator", obj: "victims", pp: { in: "location", at: "location", near: "location", by: "perpetrator" }, conf: 0.75 },
  // "27 bodies were found in rural Tame": the dead found somewhere are casualties there
  { name: "bodies-found", type: "casualties", lemmas: ["find", "discover", "recover", "exhume", "dump", "retrieve"], obj: "victims", objHeads: ["body", "bodies", "corpse", "corpses", "remains"], pp: { in: "location", at: "location", near: "location", on: "location", along: "location", outside: "location" }, conf: 0.6 },
  { name: "die", type: "casualties", lemmas: ["die", "perish"], subj: "victims", pp: { in: "location", at: "location", near: "location" }, conf: 0.65 },
  { name: "lose", type: "casualties", lemmas: ["lose"], obj: "victims", objHeads: ["soldier", "fighter", "man", "troop", "member", "officer", "policeman", "civilian", "life", "people", "militant", "personnel", "lot", "number", "dozens", "hundreds"], pp: { in: "location" }, conf: 0.55 },
];

/** Verbs that urge, with a motion, joining or allegiance complement, make a recruitment claim. */
export const URGE_VERBS = new Set(["urge", "encourage", "call", "incite", "persuade", "convince", "push", "exhort", "invite", "ask", "implore", "pressure", "lure", "entice", "inspire", "motivate", "recruit", "rally", "help"]);
/** Governors whose infinitive complements are not asserted events. */
export const IRREALIS_GOVERNORS = new Set([
  "urge", "encourage", "call", "incite", "persuade", "convince", "exhort", "invite", "ask", "implore", "pressure",
  "want", "plan", "hope", "seek", "aim", "intend", "threaten", "need", "vow", "promise", "refuse", "fail", "have",
  "wish", "prepare", "plot", "attempt", "expect", "recruit", "rally", "lure", "entice", "offer", "say", "tell", "order",
  "risk", "avoid", "consider", "contemplate", "discuss", "propose", "threaten",
]);

export const NOUN_FRAMES: NounFrame[] = [
  { name: "flow-noun", type: "flow", heads: ["flow", "influx", "movement", "exodus", "stream", "journey", "travel", "migration", "transit", "wave", "return", "departure", "arrival", "trip", "passage"], of: "people", agent: "people", pp: { from: "origin", to: "destination", into: "destination", through: "via", via: "via", across: "via" }, conf: 0.65 },
  { name: "fighter-provider", type: "flow", heads: ["provider", "supplier", "source", "exporter", "contributor", "producer"], of: "people", agent: "origin", pp: { to: "destination", in: "destination", for: "destination" }, conf: 0.6 },
  { name: "recruitment-noun", type: "recruitment", heads: ["recruitment", "recruiting", "enlistment", "radicalization", "radicalisation", "mobilization", "mobilisation"], agent: "recruiter", of: "recruits", pp: { from: "origin", to: "destination", for: "group", in: "location", on: "channel", through: "channel", via: "channel", by: "recruiter" }, conf: 0.65 },
  { name: "recruiter-noun", type: "recruitment", heads: ["recruiter", "recruiters", "recruiting sergeant"], self: "recruiter", agent: "recruiter", pp: { for: "group", in: "location", from: "origin" }, needAgent: true, conf: 0.55 },
  { name: "training-camp", type: "training", heads: ["camp", "camps", "facility", "base", "center", "centre"], withModifier: ["training"], self: "facility", agent: "group", pp: { for: "group", in: "location", near: "location", at: "location" }, conf: 0.6 },
  { name: "training-noun", type: "training", heads: ["training", "instruction", "drill"], agent: "group", pp: { in: "location", at: "location", for: "trainees", with: "group", "together with": "group" }, needAgent: true, conf: 0.6 },
  { name: "trafficking-noun", type: "supply", heads: ["trafficking", "smuggling", "supply", "shipment", "shipments", "delivery", "deliveries", "procurement", "transfer", "transfers", "pipeline", "trade", "carrying", "sending", "transferring", "supplying", "providing", "moving", "buying", "procuring", "raising"], agent: "supplier", of: "item", pp: { to: "recipient", for: "recipient", from: "origin", into: "destination" }, needAgent: true, conf: 0.55 },
  { name: "leader-noun", type: "leadership", heads: ["leader", "chief", "commander", "emir", "amir", "caliph", "head", "founder", "co-founder", "boss", "chieftain", "warlord", "spokesman", "spokesperson", "deputy", "mufti", "governor", "wali"], agent: "leader", of: "group", pp: { in: "group" }, needAgent: true, conf: 0.7 },
  { name: "affiliate-noun", type: "membership", heads: ["affiliate", "branch", "offshoot", "wing", "faction", "franchise", "member", "members", "arm", "ally", "proxy", "splinter", "subsidiary", "cell", "unit", "province", "fighter", "militant", "operative", "fighters", "militants", "operatives", "front", "brigade", "battalion", "bloc", "division", "column", "office", "part", "contingent", "component", "chapter", "units", "factions", "cells", "branches", "wings"], agent: "member", of: "group", needAgent: true, conf: 0.6 },
  { name: "presence-noun", type: "presence", heads: ["presence", "stronghold", "base", "bases", "headquarters", "foothold", "hideout", "sanctuary", "safe haven", "convoy", "convoys", "positions", "position", "outpost", "checkpoint", "enclave", "fighters", "cell", "cells", "camp", "camps", "units", "unit", "troops", "hideouts", "strongholds", "pockets"], agent: "group", pp: { in: "location", near: "location", at: "location", around: "location", outside: "location" }, conf: 0.6 },
  // "denied any link with the ADF", "has ties to al-Shabaab": a tie to a group
  { name: "link-noun", type: "membership", heads: ["link", "links", "tie", "ties", "connection", "connections", "affiliation"], agent: "member", pp: { with: "group", to: "group" }, needAgent: true, conf: 0.5 },
  // "estimate its strength at 4,000 fighters": a group's strength
  { name: "strength-noun", type: "membership", heads: ["strength", "manpower", "size"], agent: "group", pp: { at: "member" }, needAgent: true, conf: 0.5 },
  { name: "allegiance-noun", type: "allegiance", heads: ["allegiance", "loyalty", "bay'ah", "bayah", "oath"], agent: "subject", pp: { to: "group", from: "previous", of: "subject" }, needAgent: true, conf: 0.6 },
  { name: "joint-operation", type: "alliance", heads: ["operation", "operations", "offensive", "attack", "attacks", "alliance", "coalition", "venture", "command", "force", "front", "room", "council", "centre", "center", "platform", "patrol", "patrols", "statement"], withModifier: ["joint", "combined"], agent: "parties", pp: { in: "location", with: "parties" }, conf: 0.65 },
  { name: "attack-noun", type: "conflict", heads: ["attack", "attacks", "airstrike", "airstrikes", "strike", "strikes", "offensive", "assault", "raid", "raids", "bombing", "bombardment", "ambush", "campaign", "war", "fight", "battle", "operation", "operations", "shelling", "rivalry", "feud", "fighting", "clash", "clashes", "hostilities", "pressure", "incursion", "incursions", "siege", "crackdown", "counteroffensive", "drone strike", "drone strikes", "bombings", "shellings"], agent: "actor", pp: { on: "target", against: "target", with: "target", between: "target", from: "actor", by: "actor", in: "location", near: "location", inside: "location", across: "location", around: "location", throughout: "location", outside: "location" }, needAgent: true, conf: 0.55 },
  { name: "killing-noun", type: "casualties", heads: ["killing", "killings", "execution", "executions", "beheading", "beheadings", "massacre", "assassination", "death", "deaths", "murder", "casualties", "death toll", "toll", "kidnapping", "abduction", "bombing", "attack", "strike", "airstrike"], agent: "perpetrator", of: "victims", pp: { in: "location", by: "perpetrator" }, needAgent: true, conf: 0.55 },
  { name: "designation-noun", type: "designation", heads: ["designation", "listing", "sanctions", "sanction", "blacklisting", "embargo", "asset freeze", "travel ban"], agent: "authority", of: "target", pp: { on: "target", against: "target", by: "authority" }, needAgent: true, conf: 0.5 },
];

/** Common nouns that make a noun phrase a group. */
export const GROUP_NOUNS = new Set([
  "group", "groups", "militia", "militias", "organization", "organisation", "movement", "network", "faction", "front", "brigade", "brigades",
  "battalion", "army", "force", "forces", "coalition", "insurgency", "insurgents", "rebels", "affiliate", "branch", "cell", "government",
  "regime", "police", "military", "authorities", "ministry", "council", "state", "caliphate", "jihadists", "militants", "alliance", "wing",
  "gang", "gangs", "cartel", "cartels",
]);

/** Nouns that stand for the people who move, fight or are recruited. */
export const PEOPLE_NOUNS = new Set([
  "fighter", "fighters", "recruit", "recruits", "volunteer", "volunteers", "jihadist", "jihadists", "jihadi", "jihadis", "militant", "militants",
  "combatant", "combatants", "soldier", "soldiers", "member", "members", "youth", "youths", "men", "women", "people", "national", "nationals",
  "citizen", "citizens", "manpower", "nephew", "son", "sons", "brother", "brothers", "boy", "boys", "girl", "girls", "student", "students",
  "teenager", "teenagers", "child", "children", "family", "families", "relative", "relatives", "man", "woman", "husband", "wife", "daughter",
  "resident", "residents", "convert", "converts", "refugee", "refugees", "migrant", "migrants", "others", "individual", "individuals", "person", "persons", "foreigner", "foreigners", "mercenary", "mercenaries", "trainee", "trainees", "adept", "adepts", "supporter", "supporters",
]);

/** Facilities that belong to a group rather than join it. */
export const FACILITY_NOUNS = new Set(["camp", "camps", "base", "bases", "facility", "compound", "safe house", "headquarters", "checkpoint", "outpost", "training camp", "depot", "warehouse", "prison"]);

/** Titles that, inside a name phrase, point at the group the person leads ("the ISIS caliph X"). */
export const LEADER_TITLES = new Set(["leader", "chief", "commander", "emir", "amir", "caliph", "head", "founder", "boss", "spokesman", "deputy", "mufti", "wali", "commandant"]);

/** Heads too generic to stand for a leader on their own ("the man in charge"): the clause's subject does. */
export const GENERIC_HEADS = new Set(["man", "woman", "person", "one", "figure", "individual", "official", "someone", "people"]);

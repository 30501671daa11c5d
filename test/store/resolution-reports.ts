// Short reports (written for these tests) naming the same actors in different spellings across
// documents: one leader transliterated two ways, an acronym and its expansion, and two men who
// share nothing but a common given name.
import { makeDocument } from "../../src/ingest/document.js";
import { extractionFor, type Report } from "./fixtures.js";

export const BAGHDADI = "person:abu-bakr-al-baghdadi";
export const BAGHDADY = "person:abu-bakr-al-baghdady";
export const AQIM = "group:aqim";
export const AQIM_LONG = "group:al-qaeda-in-the-islamic-maghreb";
export const ALI = "person:mohammed-ali";
export const HASSAN = "person:mohammed-hassan";

export function leaderReport(): Report {
  const s = "Abu Bakr al-Baghdadi, the leader of the Islamic State, urged followers to travel to Iraq.";
  const doc = makeDocument(`${s}\n`, "reports/leader.txt", "text", { title: "A call to travel", publisher: "Iraq Desk", published: "2016-05-02" });
  const b = extractionFor(doc);
  return b
    .entity({ id: BAGHDADI, type: "person", name: "Abu Bakr al-Baghdadi", aliases: [], country: "IQ" }, "Abu Bakr al-Baghdadi")
    .entity({ id: "group:islamic-state", type: "armed_group", name: "Islamic State", aliases: [] }, "Islamic State")
    .entity({ id: "country:IQ", type: "country", name: "Iraq", aliases: [], country: "IQ" }, "Iraq")
    .claim({ id: "c1", type: "leadership", args: { leader: b.arg("Abu Bakr al-Baghdadi", BAGHDADI), group: b.arg("Islamic State", "group:islamic-state") },
      attribution: null, modality: "asserted", sentence: s })
    .build();
}

export function woundedReport(text = "Abu Bakr al Baghdady was reportedly wounded in an airstrike on the Islamic State near Raqqa."): Report {
  const doc = makeDocument(`${text}\n`, "reports/wounded.txt", "text", { title: "Airstrike near Raqqa", publisher: "Levant Watch", published: "2017-07-11" });
  const b = extractionFor(doc);
  return b
    .entity({ id: BAGHDADY, type: "person", name: "Abu Bakr al Baghdady", aliases: [], country: "IQ" }, "Abu Bakr al Baghdady")
    .entity({ id: "group:islamic-state", type: "armed_group", name: "Islamic State", aliases: [] }, "Islamic State")
    .entity({ id: "place:raqqa", type: "place", name: "Raqqa", aliases: [], country: "SY" }, "Raqqa")
    .claim({ id: "c1", type: "casualties", args: { victims: b.arg("Abu Bakr al Baghdady", BAGHDADY), perpetrator: b.arg("Islamic State", "group:islamic-state"), location: b.arg("Raqqa", "place:raqqa") },
      attribution: null, modality: "reported", sentence: text })
    .build();
}

export function acronymReport(): Report {
  const s = "AQIM fighters crossed from Algeria into northern Mali.";
  const doc = makeDocument(`${s}\n`, "reports/aqim.txt", "text", { title: "Across the border", publisher: "Sahel Brief", published: "2018-02-01" });
  const b = extractionFor(doc);
  return b
    .entity({ id: AQIM, type: "armed_group", name: "AQIM", aliases: [] }, "AQIM")
    .entity({ id: "country:DZ", type: "country", name: "Algeria", aliases: [], country: "DZ" }, "Algeria")
    .entity({ id: "country:ML", type: "country", name: "Mali", aliases: [], country: "ML" }, "Mali")
    .claim({ id: "c1", type: "presence", args: { group: b.arg("AQIM", AQIM), location: b.arg("Mali", "country:ML") }, attribution: null, modality: "asserted", sentence: s })
    .build();
}

export function expansionReport(): Report {
  const s = "Al-Qaeda in the Islamic Maghreb claimed the attack on a base in Mali.";
  const doc = makeDocument(`${s}\n`, "reports/aqim-long.txt", "text", { title: "Claim of responsibility", publisher: "Sahel Brief", published: "2018-09-15" });
  const b = extractionFor(doc);
  return b
    .entity({ id: AQIM_LONG, type: "armed_group", name: "Al-Qaeda in the Islamic Maghreb", aliases: [] }, "Al-Qaeda in the Islamic Maghreb")
    .entity({ id: "country:ML", type: "country", name: "Mali", aliases: [], country: "ML" }, "Mali")
    .claim({ id: "c1", type: "conflict", args: { actor: b.arg("Al-Qaeda in the Islamic Maghreb", AQIM_LONG), location: b.arg("Mali", "country:ML") }, attribution: null, modality: "asserted", sentence: s })
    .build();
}

/** A smuggler in one report; another man sharing only his given name in another. */
export function smugglerReports(): Report[] {
  return [["Mohammed Ali", ALI, "2019-01-20"], ["Mohammed Hassan", HASSAN, "2019-03-04"]].map(([name, id, published]) => {
    const s = `${name}, a smuggler from Zawiya, was seen at the port.`;
    const doc = makeDocument(`${s}\n`, `reports/${id}.txt`, "text", { title: "The port", publisher: "Coast Notes", published });
    return extractionFor(doc)
      .entity({ id, type: "person", name, aliases: [], country: "LY" }, name)
      .entity({ id: "place:zawiya", type: "place", name: "Zawiya", aliases: [], country: "LY" }, "Zawiya")
      .build();
  });
}

export const resolutionReports = (): Report[] => [leaderReport(), woundedReport(), acronymReport(), expansionReport(), ...smugglerReports()];

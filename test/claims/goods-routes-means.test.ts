import { beforeAll, describe, expect, it } from "vitest";
import { extract, ofType, roleHas, roleTexts } from "./extract.js";

// Sixth round (issue 4, §2g): handing goods over, routes told in several clauses, means of
// recruiting, barred journeys and foreign contingents. Sentences written for these tests about
// conflicts no gold file covers (Mali, Libya, Cabo Delgado, South Sudan, Myanmar, Syria, Tigray).
describe("goods handed over to someone", () => {
  beforeAll(async () => { await extract("Warm up."); }, 60_000);

  it("selling rifles to gangs names the gangs as recipients", async () => {
    const doc = await extract("Soldiers at the Gao garrison have sold rifles and grenades to bandits, a local official said.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "supplier", "Soldiers")).toBe(true);
    expect(roleHas(s, "recipient", "bandits")).toBe(true);
    expect(roleHas(s, "item", "rifles")).toBe(true);
  });

  it("supplying any goods to a group makes the goods the item and the group the recipient", async () => {
    const doc = await extract("Police detained two traders who supplied diesel and motorbikes to the insurgents.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "recipient", "insurgents")).toBe(true);
    expect(roleHas(s, "item", "diesel")).toBe(true);
    expect(roleHas(s, "recipient", "diesel")).toBe(false);
  });

  it("supplying a group with goods still makes the group the recipient", async () => {
    const doc = await extract("Khartoum supplied the militia with mortars.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "recipient", "militia")).toBe(true);
    expect(roleHas(s, "item", "mortars")).toBe(true);
  });

  it("providing training to someone is not a supply", async () => {
    const doc = await extract("The contractor provided training to the coast guard.");
    expect(ofType(doc, "supply")).toHaveLength(0);
  });

  it("a supplier described between commas is still the supplier", async () => {
    const doc = await extract("The Azov Trading Company, now part of a larger holding, delivered drones to the junta in Naypyidaw.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "supplier", "Azov Trading Company")).toBe(true);
    expect(roleHas(s, "recipient", "junta")).toBe(true);
  });

  it("a hyphened modifier stays with the weapon it describes", async () => {
    const doc = await extract("The Quds Force organised the shipment of long-range guided rockets to the Houthis.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleTexts(s, "item").join(" ")).toContain("rockets");
  });

  it("who traces or stops a shipment is not its supplier", async () => {
    const doc = await extract("Customs officers in Port Sudan intercepted a shipment of rifles bound for the militia.");
    for (const s of ofType(doc, "supply")) expect(roleHas(s, "supplier", "Customs")).toBe(false);
  });

  it("a supply that monitors documented still happened, with no supplier named", async () => {
    const doc = await extract("Monitors documented the supply of mortars from Eritrea across the Red Sea.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "origin", "Eritrea")).toBe(true);
    expect(s.args.supplier).toBeUndefined();
  });

  it("a trader moving cash and arms to fighters supplies them and does not travel", async () => {
    const doc = await extract("A Misrata businessman used his shipping company to move cash and arms to the brigade's fighters.");
    expect(ofType(doc, "flow")).toHaveLength(0);
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "recipient", "fighters")).toBe(true);
  });
});

describe("routes told in several clauses", () => {
  it("people flown somewhere travel there", async () => {
    const doc = await extract("Most of the recruits were flown to Juba in 2019.");
    const f = ofType(doc, "flow")[0];
    expect(f).toBeDefined();
    expect(roleHas(f, "destination", "Juba")).toBe(true);
  });

  it("a sentence-opening 'Most' before its verb is who travelled", async () => {
    const doc = await extract("Most travelled by truck to the border town of Renk and crossed into Sudan at night.");
    const f = ofType(doc, "flow")[0];
    expect(f).toBeDefined();
    expect(roleHas(f, "people", "Most")).toBe(true);
    expect(roleHas(f, "destination", "Sudan")).toBe(true);
  });

  it("crossing 'before' a border is the next leg of the same journey", async () => {
    const doc = await extract("The volunteers were driven to Gondar and then to Metema before crossing into Sudan on foot.");
    const flows = ofType(doc, "flow");
    expect(flows).toHaveLength(1);
    expect(roleHas(flows[0], "destination", "Sudan")).toBe(true);
    expect(roleHas(flows[0], "via", "Gondar")).toBe(true);
  });

  it("a leg told in a where-clause on the last stop extends the route", async () => {
    const doc = await extract("Recruits travel by boat from Pemba to Mtwara and on to the river near Kilambo, where they are met by smugglers and walked into Mozambique's Cabo Delgado province.");
    const flows = ofType(doc, "flow");
    expect(flows).toHaveLength(1);
    expect(roleHas(flows[0], "origin", "Pemba")).toBe(true);
    expect(roleHas(flows[0], "destination", "Cabo Delgado")).toBe(true);
    expect(roleHas(flows[0], "via", "Kilambo")).toBe(true);
  });

  it("an aside counting part of the people does not hide who crossed", async () => {
    const doc = await extract("Eritrean fighters, many of them from units that guarded the border, have also crossed into Tigray to fight with the federal army.");
    const f = ofType(doc, "flow")[0];
    expect(f).toBeDefined();
    expect(roleHas(f, "people", "Eritrean fighters")).toBe(true);
    expect(roleHas(f, "destination", "Tigray")).toBe(true);
  });
});

describe("foreign contingents", () => {
  it("fighters of a group named by their nationality are a flow from that country", async () => {
    const doc = await extract("Iraqi fighters of the Abu Fadl al-Abbas Brigade were deployed near Damascus.");
    const f = ofType(doc, "flow").find((x) => roleHas(x, "group", "Abu Fadl al-Abbas"));
    expect(f).toBeDefined();
    expect(roleHas(f!, "people", "Iraqi fighters")).toBe(true);
  });

  it("fighters of a group without a nationality are members, not a flow", async () => {
    const doc = await extract("Fighters of the Abu Fadl al-Abbas Brigade were deployed near Damascus.");
    expect(ofType(doc, "flow").filter((x) => roleHas(x, "group", "Abu Fadl al-Abbas"))).toHaveLength(0);
  });

  it("'Former' opening a sentence does not hide the soldiers' nationality", async () => {
    const doc = await extract("Former Peruvian soldiers have been fighting alongside the Wagner Group in Libya since 2020.");
    const f = ofType(doc, "flow")[0];
    expect(f).toBeDefined();
    expect(roleHas(f, "destination", "Libya")).toBe(true);
    expect(f.args.origin).toBeDefined();
  });
});

describe("means of recruiting and barred journeys", () => {
  it("a means used to recruit is the channel, and the user the recruiter", async () => {
    const doc = await extract("The junta denies using fake contracts to recruit migrants.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "recruiter", "junta")).toBe(true);
    expect(roleHas(r, "channel", "contracts")).toBe(true);
  });

  it("people used to do something are the ones who do it", async () => {
    const doc = await extract("The militia used local boys to recruit their classmates.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "recruiter", "boys")).toBe(true);
  });

  it("a group that exploits something to recruit is the recruiter", async () => {
    const doc = await extract("The movement exploits land disputes to recruit young herders.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "recruiter", "movement")).toBe(true);
  });

  it("recruiting in a comma list of purposes is still recruiting", async () => {
    const doc = await extract("JNIM continues to use the unrest to tax herders, recruit boys and smuggle fuel.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "recruiter", "JNIM")).toBe(true);
    expect(roleHas(r, "recruits", "boys")).toBe(true);
  });

  it("barring citizens from travelling somewhere is an interdiction toward that place, not a journey", async () => {
    const doc = await extract("Dhaka has barred its nationals from travelling to Libya for work.");
    const i = ofType(doc, "interdiction")[0];
    expect(i).toBeDefined();
    expect(roleHas(i, "destination", "Libya")).toBe(true);
    expect(ofType(doc, "flow")).toHaveLength(0);
  });

  it("stopping with nobody stopped is no interdiction", async () => {
    const doc = await extract("The fighting did not stop at the river. He says he stopped in May.");
    expect(ofType(doc, "interdiction")).toHaveLength(0);
  });

  it("banning a party alone is no interdiction", async () => {
    const doc = await extract("The junta banned the party in 2023.");
    expect(ofType(doc, "interdiction")).toHaveLength(0);
  });
});

describe("forces raised and recruits placed", () => {
  it("arming local volunteers is raising a force of them, not a supply", async () => {
    const doc = await extract("The governor of Cabo Delgado has armed thousands of local volunteers under a self-defence scheme.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "recruiter", "governor")).toBe(true);
    expect(roleHas(r, "recruits", "volunteers")).toBe(true);
    expect(ofType(doc, "supply")).toHaveLength(0);
  });

  it("arming a named force of volunteers names the force as the group", async () => {
    const doc = await extract("The state has armed a new Village Defence Force of 3,000 local volunteers.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "group", "Village Defence Force")).toBe(true);
    expect(roleHas(r, "recruits", "volunteers")).toBe(true);
  });

  it("arming an armed group is still a supply", async () => {
    const doc = await extract("Eritrea has armed the Tigray Defence Forces with mortars, the report said.");
    expect(ofType(doc, "recruitment")).toHaveLength(0);
  });

  it("people hired through an agency somewhere were recruited there", async () => {
    const doc = await extract("An estimated 500 Nepalis were hired through a recruitment agency in Kathmandu.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "location", "Kathmandu")).toBe(true);
    expect(r.quantity?.value).toBe(500);
  });

  it("luring people described by where they live into a force names the force", async () => {
    const doc = await extract("A broker network lured Syrians living in Turkey into the Libyan army.");
    const r = ofType(doc, "recruitment")[0];
    expect(r).toBeDefined();
    expect(roleHas(r, "group", "Libyan army")).toBe(true);
  });

  it("goods shipped to a spot on a named coast go to that place", async () => {
    const doc = await extract("Rifles and ammunition are shipped by boat from the port of Assab to beaches on the coast of Tigray.");
    const s = ofType(doc, "supply")[0];
    expect(s).toBeDefined();
    expect(roleHas(s, "destination", "Tigray")).toBe(true);
    expect(s.args.recipient).toBeUndefined();
  });
});

describe("training received", () => {
  it("who receives training from a group is trained by that group", async () => {
    const doc = await extract("Local militiamen received training in the use of mortars from fighters of the ADF.");
    const t = ofType(doc, "training")[0];
    expect(t).toBeDefined();
    expect(roleHas(t, "trainees", "militiamen")).toBe(true);
    expect(roleHas(t, "group", "ADF")).toBe(true);
    expect(roleHas(t, "group", "militiamen")).toBe(false);
  });

  it("who receives training with no trainer named is still the trainee, not the trainer", async () => {
    const doc = await extract("The boys got weapons training in the forest camp.");
    for (const t of ofType(doc, "training")) expect(roleHas(t, "group", "boys")).toBe(false);
  });
});

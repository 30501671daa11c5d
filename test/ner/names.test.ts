import { beforeAll, describe, expect, it } from "vitest";
import { createPipeline } from "../../src/extract/pipeline.js";
import type { Doc } from "../../src/extract/doc.js";

const pipeline = createPipeline(["segment", "gazetteer", "names"]);
const mentionOf = (doc: Doc, text: string) => doc.mentions.find((m) => m.text === text || m.text.endsWith(" " + text));

// the first run loads the reference data and the model
beforeAll(async () => { await pipeline.run("Warm-up."); }, 60_000);

describe("names no list holds", () => {
  it("names a general without his rank, and keeps the ranked form as an alias", async () => {
    const doc = await pipeline.run(
      "Lt. Gen. Karim Haddad, commander of the Sahel Rapid Response Brigade, said on Monday that the crossings near Ghat had been closed.",
    );
    const person = [...doc.entities.values()].find((e) => e.type === "person");
    expect(person?.name).toBe("Karim Haddad");
    expect(person?.aliases.some((a) => a.includes("Gen.") && a.includes("Karim Haddad"))).toBe(true);
    expect(doc.mentions.some((m) => m.type === "armed_group" && m.text.includes("Sahel Rapid Response Brigade"))).toBe(true);
  });

  it("finds an analyst and the institute named in the apposition after her name", async () => {
    const doc = await pipeline.run(
      "Recruiters are now active in the border towns, said Nadia Belhaj, a senior fellow at the Carthage Policy Institute in Tunis.",
    );
    expect(mentionOf(doc, "Nadia Belhaj")?.type).toBe("person");
    const institute = doc.mentions.find((m) => m.text.includes("Carthage Policy Institute"));
    expect(institute?.type).toBe("organization");
    expect(doc.mentions.some((m) => m.text === "Recruiters")).toBe(false);
  });

  it("links an acronym defined in parentheses, and its later bare uses, to the group it stands for", async () => {
    const doc = await pipeline.run(
      "Fighters from the Movement for Unity and Jihad in the Sahel (MUJAS) attacked a convoy near Kidal on Tuesday. " +
        "Two days later MUJAS claimed the attack in a statement posted online.",
    );
    const group = [...doc.entities.values()].find((e) => e.aliases.includes("MUJAS"));
    expect(group?.type).toBe("armed_group");
    const uses = doc.mentions.filter((m) => m.text === "MUJAS");
    expect(uses).toHaveLength(2);
    expect(uses.every((m) => m.entityId === group?.id)).toBe(true);
  });

  it("treats a group named with Ansar or Brigade as an armed group, a ministry as an organisation", async () => {
    const doc = await pipeline.run(
      "Interior Ministry officials said the Okba Ibn Nafaa Brigade had moved weapons into the Chaambi mountains.",
    );
    expect(doc.mentions.find((m) => m.text.includes("Okba Ibn Nafaa Brigade"))?.type).toBe("armed_group");
    const ministry = doc.mentions.find((m) => m.text.includes("Ministry"));
    if (ministry) expect(ministry.type).toBe("organization");
  });

  it("lets a confident longer name swallow a place inside it that an earlier stage found", async () => {
    const base = createPipeline(["segment"]);
    const names = createPipeline(["names"]);
    const text = "Officials said the Syrian Democratic Forces had retaken the dam on Sunday.";
    const doc = await base.run(text);
    const at = text.indexOf("Syrian");
    doc.mentions.push({ start: at, end: at + 6, text: "Syrian", type: "population", entityId: "population:SY", source: "gazetteer" });
    doc.entities.set("population:SY", { id: "population:SY", type: "population", name: "Syrians", aliases: [] });
    for (const stage of names.stages) await stage.run(doc);
    expect(doc.mentions.some((m) => m.text === "Syrian")).toBe(false);
    expect(doc.mentions.some((m) => m.text.includes("Syrian Democratic Forces") && m.source === "ner")).toBe(true);
  });

  it("leaves a place that an earlier stage found alone when the recogniser only agrees with it", async () => {
    const base = createPipeline(["segment"]);
    const names = createPipeline(["names"]);
    const text = "Fighters crossed from Libya into Tunisia last spring.";
    const doc = await base.run(text);
    const at = text.indexOf("Tunisia");
    doc.mentions.push({ start: at, end: at + 7, text: "Tunisia", type: "country", entityId: "country:TN", source: "gazetteer" });
    doc.entities.set("country:TN", { id: "country:TN", type: "country", name: "Tunisia", aliases: [] });
    for (const stage of names.stages) await stage.run(doc);
    const overTunisia = doc.mentions.filter((m) => m.start < at + 7 && at < m.end);
    expect(overTunisia).toHaveLength(1);
    expect(overTunisia[0].entityId).toBe("country:TN");
  });

  it("reads a country that condemns or pledges as its government, and a country crossed into as the place", async () => {
    const doc = await pipeline.run(
      "The UK condemns the attack on the aid convoy near Aleppo. Fighters crossed from Libya into Tunisia last spring.",
    );
    const uk = doc.mentions.find((m) => m.text === "The UK" || m.text === "UK");
    if (uk?.type === "organization") expect(doc.entities.get(uk.entityId)?.country).toBe("GB");
    expect(doc.mentions.find((m) => m.text === "Libya")?.type).toBe("country");
    expect(doc.mentions.find((m) => m.text === "Tunisia")?.type).toBe("country");
  });

  it("carries an institute's name past its head word", async () => {
    const doc = await pipeline.run(
      "Smuggling has grown along the coast, said Leila Mansour, an analyst at the Tripoli Institute for Maritime Security Studies.",
    );
    const institute = doc.mentions.find((m) => m.text.includes("Institute"));
    expect(institute?.text).toContain("Institute for Maritime Security Studies");
    expect(institute?.type).toBe("organization");
  });

  it("links an acronym given after its name with 'or' to the group", async () => {
    const doc = await pipeline.run(
      "Supporters backed what came to be called the “Sahel Liberation Front,” or SLF, in the south. SLF fighters later took Ghat.",
    );
    const group = [...doc.entities.values()].find((e) => e.aliases.includes("SLF"));
    expect(group?.name).toBe("Sahel Liberation Front");
    expect(doc.mentions.filter((m) => m.text === "SLF").every((m) => m.entityId === group?.id)).toBe(true);
  });

  it("names the man whose regime a report speaks of", async () => {
    const doc = await pipeline.run("Arms depots were looted when Idris Kamal’s regime collapsed in 2011.");
    expect(doc.mentions.find((m) => m.text === "Idris Kamal")?.type).toBe("person");
  });

  it("reads the countries listed as members of a coalition that strikes as their governments", async () => {
    const doc = await pipeline.run(
      "Coalition nations which have conducted strikes in Syria include Canada, Denmark, Jordan and the Netherlands. The strikes hit positions near Raqqah.",
    );
    const canada = doc.mentions.find((m) => m.text === "Canada");
    expect(canada?.type).toBe("organization");
    expect(doc.entities.get(canada!.entityId)?.country).toBe("CA");
    // the state's mention takes its article, as an organisation's does
    expect(doc.mentions.find((m) => m.text === "the Netherlands")?.type).toBe("organization");
    // the country struck in stays the place
    expect(doc.mentions.find((m) => m.text === "Syria")?.type).toBe("country");
  });

  it("names a council whose sanctions list a report cites as an organisation, not a person", async () => {
    const doc = await pipeline.run("The recruiter is on the UN Security Council’s al Qaeda sanctions list.");
    const council = doc.mentions.find((m) => /^(the )?UN Security Council$/.test(m.text));
    expect(council?.type).toBe("organization");
  });

  it("types a forum by its head word, an agency after a country's possessive, a leader named after his role", async () => {
    const doc = await pipeline.run(
      "Speaking at the Caspian Security Forum in Baku, an analyst said Azerbaijan's State Border Directorate had detained two couriers. " +
      "The fighters swore allegiance to the movement's leader Nurullah Badakhzai and to the Taliban.",
    );
    expect(doc.mentions.find((m) => m.text.includes("Caspian Security Forum"))?.type).toBe("organization");
    const agency = doc.mentions.find((m) => m.text.includes("State Border Directorate"));
    expect(agency?.type).toBe("organization");
    // the possessor stays the country, outside the agency's span
    expect(agency?.text.startsWith("Azerbaijan")).toBe(false);
    expect(mentionOf(doc, "Nurullah Badakhzai")?.type).toBe("person");
  });

  it("does not take a description of people such as service members for an organisation", async () => {
    const doc = await pipeline.run("Two U.S. service members and several Kenyan police officials were wounded when the convoy was hit near Lamu.");
    expect(doc.mentions.some((m) => /members|officials/.test(m.text) && m.type !== "population")).toBe(false);
  });
});

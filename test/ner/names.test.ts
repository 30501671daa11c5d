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

describe("where a person's name begins and ends", () => {
  it("reads two officials joined by 'and' as two people, each named by the report's words", async () => {
    const doc = await pipeline.run("The Prime Minister and President Hollande discussed border security in Amiens on Thursday.");
    const people = doc.mentions.filter((m) => m.type === "person").map((m) => m.text);
    expect(people).toContain("President Hollande");
    expect(people.some((t) => t.includes(" and "))).toBe(false);
  });

  it("keeps a preposition, a verb or a label before a title out of the person's name", async () => {
    const doc = await pipeline.run(
      "As Deputy Secretary of State Antony Blinken announced today, the fund will grow. QUESTION: Secretary Kerry, did you discuss Aleppo?",
    );
    const blinken = doc.mentions.find((m) => m.text.includes("Blinken"));
    expect(blinken?.text).toBe("Deputy Secretary of State Antony Blinken");
    expect(doc.entities.get(blinken!.entityId)?.name).toBe("Antony Blinken");
    const kerry = doc.mentions.find((m) => m.text.includes("Kerry"));
    expect(kerry?.text.startsWith("QUESTION")).toBe(false);
  });

  it("reads 'ADF fighters' as the ADF itself, not as a group of its own", async () => {
    const doc = await pipeline.run(
      "The Allied Democratic Forces (ADF) remain active in Beni territory. " +
        "ADF fighters attacked the village of Mamove on Sunday, killing nine civilians, local officials said.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Allied Democratic Forces"));
    const later = doc.mentions.find((m) => m.start === doc.text.indexOf("ADF fighters"));
    expect(group?.type).toBe("armed_group");
    expect(later?.entityId).toBe(group?.entityId);
    expect([...doc.entities.values()].some((e) => /fighters/.test(e.name))).toBe(false);
  });
});

describe("what is not a place or a person", () => {
  it("takes no month, language or monitor's newsletter for a place", async () => {
    const doc = await pipeline.run(
      "In March, survivors in Beni said the attackers spoke Kiswahili and Luganda, according to the Horn Security Digest.",
    );
    const places = doc.mentions.filter((m) => m.type === "place" || m.type === "country").map((m) => m.text);
    expect(places).not.toContain("March");
    expect(places).not.toContain("Kiswahili");
    expect(places).not.toContain("Luganda");
    expect(doc.mentions.find((m) => m.text.includes("Horn Security Digest"))?.type).toBe("organization");
  });

  it("reads 'the Tunisian desert' as a place, not an organisation", async () => {
    const doc = await pipeline.run("For years, the Tunisian desert has been home to training camps for jihadist groups.");
    expect(doc.mentions.find((m) => m.text.includes("desert"))?.type).toBe("place");
  });

  it("reads a UN panel of experts as an organisation, not an armed group", async () => {
    const doc = await pipeline.run("The UN Group of Experts reported in June that the militia had received weapons from across the border.");
    expect(doc.mentions.find((m) => m.text.includes("Group of Experts"))?.type).toBe("organization");
  });
});


describe("peoples, ships and the bodies that lead", () => {
  it("reads counted or qualified peoples as the people, not as a person or an organisation", async () => {
    const doc = await pipeline.run(
      "Hundreds of Chechens crossed into Syria through Turkey in 2013, the report said. " +
        "Some Kenyans returned from Somalia the following year, and several Belgian men were later tried in Antwerp.",
    );
    const chechens = doc.mentions.find((m) => m.text === "Chechens");
    expect(chechens?.type).toBe("population");
    expect(doc.entities.get(chechens!.entityId)?.country).toBe("RU");
    expect(doc.mentions.find((m) => m.text === "Kenyans")?.entityId).toBe("population:KE");
    expect(doc.mentions.find((m) => m.text === "Belgian")?.entityId).toBe("population:BE");
    expect(doc.mentions.some((m) => (m.type === "person" || m.type === "organization") && /Chechens|Kenyans|Belgian men/.test(m.text))).toBe(false);
  });

  it("keeps a stateless people a people even after 'the'", async () => {
    const doc = await pipeline.run("Local officials said the Uyghurs in the camp had arrived from Idlib in small groups.");
    expect(doc.mentions.find((m) => m.text.endsWith("Uyghurs"))?.type).toBe("population");
  });

  it("takes no ship for a person, even when its name comes back without the prefix", async () => {
    const doc = await pipeline.run(
      "The frigate FS Montcalm joined USS Carney in the Red Sea on Tuesday. Montcalm will escort merchant ships through the strait.",
    );
    expect(doc.mentions.some((m) => m.type === "person" && /Montcalm|Carney/.test(m.text))).toBe(false);
  });

  it("reads a name that is led by someone as a body, not a place", async () => {
    const doc = await pipeline.run(
      "The gangs of the capital now fight together as Viv Ansanm, led by a former police officer, Jimmy Chérizier.",
    );
    const coalition = doc.mentions.find((m) => m.text.includes("Viv Ansanm"));
    expect(["organization", "armed_group"]).toContain(coalition?.type);
  });

  it("names a country's government by its people's adjective as that state's government", async () => {
    const doc = await pipeline.run("The Iraqi government said on Sunday that 400 fighters had been detained near Sinjar.");
    const government = doc.mentions.find((m) => m.text.includes("Iraqi government"));
    expect(government?.entityId).toBe("org:government-of-iraq");
    expect(doc.entities.get("org:government-of-iraq")?.country).toBe("IQ");
  });

  it("finds the Abu Sayyaf Group written without 'Group', not a person whose alias begins the same", async () => {
    const doc = await pipeline.run("The army said Abu Sayyaf gunmen seized five fishermen off Jolo on Friday.");
    const group = doc.mentions.find((m) => m.text.startsWith("Abu Sayyaf"));
    expect(group?.type).toBe("armed_group");
    expect(doc.entities.get(group!.entityId)?.refs?.un).toBe("QDe.001");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { createPipeline } from "../../src/extract/pipeline.js";

const pipeline = createPipeline(["segment", "gazetteer", "names", "coref"]);

// the first run loads the reference data and the model
beforeAll(async () => { await pipeline.run("Warm-up."); }, 60_000);

describe("who a later mention refers to", () => {
  it("links a surname used later to the person first named in full", async () => {
    const doc = await pipeline.run(
      "Lt. Gen. Karim Haddad, commander of the Sahel Rapid Response Brigade, said the crossings had been closed. " +
        "Haddad added that the army would reopen them within a week.",
    );
    const full = doc.mentions.find((m) => m.text.includes("Karim Haddad"));
    const later = doc.mentions.find((m) => m.text === "Haddad");
    expect(full).toBeDefined();
    expect(later?.entityId).toBe(full?.entityId);
    expect(later?.source).toBe("coref");
    expect(doc.mentions[later!.antecedent!]).toBe(full);
  });

  it("gives 'he said' after a quotation to the officer named before it", async () => {
    const doc = await pipeline.run(
      "Colonel Samir Trabelsi described the raid in detail. \"We found weapons and forged passports in the house,\" he said.",
    );
    const he = doc.mentions.find((m) => m.text === "he");
    const colonel = doc.mentions.find((m) => m.text.includes("Samir Trabelsi"));
    expect(he?.source).toBe("coref");
    expect(he?.entityId).toBe(colonel?.entityId);
  });

  it("does not give 'he' to a person named inside someone else's quotation", async () => {
    const doc = await pipeline.run(
      "Colonel Samir Trabelsi spoke to reporters in Kasserine. \"Youssef Ben Amor recruited dozens of young men here,\" he said.",
    );
    const he = doc.mentions.find((m) => m.text === "he");
    const colonel = doc.mentions.find((m) => m.text.includes("Samir Trabelsi"));
    expect(he?.entityId).toBe(colonel?.entityId);
  });

  it("reads 'the group' as the armed group named just before", async () => {
    const doc = await pipeline.run(
      "The Okba Ibn Nafaa Brigade has operated in the Chaambi mountains since 2012. The group is blamed for a string of ambushes on soldiers.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Okba Ibn Nafaa Brigade"));
    const theGroup = doc.mentions.find((m) => m.text === "The group");
    expect(group?.type).toBe("armed_group");
    expect(theGroup?.entityId).toBe(group?.entityId);
    expect(theGroup?.source).toBe("coref");
  });

  it("leaves 'the group' alone when no armed group has been named", async () => {
    const doc = await pipeline.run("Officials met in Tunis on Monday. The group discussed the budget for schools.");
    expect(doc.mentions.some((m) => m.text === "The group")).toBe(false);
  });

  it("gives 'we' in a ministry's statement to the ministry, and 'I' to the minister who speaks", async () => {
    const doc = await pipeline.run(
      "The Interior Ministry said on Monday that border crossings would stay closed. We will reopen them when the threat has passed. " +
        "Minister Hichem Ferjani said: I have asked the army to reinforce the border posts.",
    );
    const we = doc.mentions.find((m) => m.text === "We");
    const ministry = doc.mentions.find((m) => m.text.includes("Interior Ministry"));
    expect(we?.source).toBe("coref");
    expect(we?.entityId).toBe(ministry?.entityId);
    const i = doc.mentions.find((m) => m.text === "I");
    expect(i?.entityId).toBe(doc.mentions.find((m) => m.text.includes("Hichem Ferjani"))?.entityId);
  });

  it("does not give a witness's 'we' to a regime named before the quotation", async () => {
    const doc = await pipeline.run(
      "Weapons flooded the region after Idris Kamal’s regime collapsed.\n\n“We lost many friends there,” said Omar Said, a farmer from Ghat.",
    );
    expect(doc.mentions.some((m) => m.text === "We")).toBe(false);
  });

  it("gives 'he said' after a long quotation to the person named before it", async () => {
    const doc = await pipeline.run(
      "Recruiters work openly in the border towns, Samir Trabelsi said. “They come after prayers. They promise money. " +
        "They promise paradise. Many young men listen to them,” he said.",
    );
    const he = doc.mentions.find((m) => m.text === "he");
    expect(he?.entityId).toBe(doc.mentions.find((m) => m.text.includes("Samir Trabelsi"))?.entityId);
  });

  it("reads a group's short name used later as that group, not a person", async () => {
    const doc = await pipeline.run(
      "Witnesses said fighters of the Wagner Group took part in the raid on the market in Moura. " +
        "The transitional government has denied that Wagner is present in the country.",
    );
    const full = doc.mentions.find((m) => m.text.includes("Wagner Group"));
    const short = doc.mentions.find((m) => m.text === "Wagner");
    expect(full?.type).toBe("armed_group");
    expect(short?.entityId).toBe(full?.entityId);
    expect(short?.type).toBe("armed_group");
  });

  it("gives 'his' to the person a bare surname named in the sentence before", async () => {
    const doc = await pipeline.run(
      "Police named the recruiter as Colonel Mokhtar Ould Brahim of Nouadhibou. Officials in Bamako said Brahim had crossed into Mali in June with two guides. " +
        "His network moved fighters north to Kidal.",
    );
    const full = doc.mentions.find((m) => m.text.endsWith("Mokhtar Ould Brahim"));
    expect(doc.mentions.find((m) => m.text === "His")?.entityId).toBe(full?.entityId);
  });
});

describe("the name an analyst sees for a listed person or group", () => {
  it("shows a listed leader by the name the report uses, keeping the list's name as an alias", async () => {
    const doc = await pipeline.run(
      "The self-proclaimed caliph Abu Bakr al-Baghdadi urged supporters in Libya to travel to Sirte. Baghdadi has not been seen in public since.",
    );
    const m = doc.mentions.find((x) => x.text === "Abu Bakr al-Baghdadi");
    const e = doc.entities.get(m!.entityId)!;
    expect(e.designations?.length).toBeGreaterThan(0);
    expect(e.name).toBe("Abu Bakr al-Baghdadi");
    expect(e.aliases.some((a) => /al-Badri/.test(a))).toBe(true);
  });

  it("reads 'it' and 'its' after a group as the group, but not the 'it' of 'it is unclear'", async () => {
    const doc = await pipeline.run(
      "The Macina Liberation Front said it had downed a drone near Djenne. Its spokesman denied that civilians were hurt. " +
        "It is unclear how many fighters remain in the forest.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Macina Liberation Front"));
    const it = doc.mentions.find((m) => m.text === "it");
    const its = doc.mentions.find((m) => m.text === "Its");
    expect(it?.entityId).toBe(group?.entityId);
    expect(its?.entityId).toBe(group?.entityId);
    expect(doc.mentions.some((m) => m.text === "It")).toBe(false);
  });

  it("gives 'their' to the armed group, not to the official quoted after it", async () => {
    const doc = await pipeline.run(
      "Katiba Serma fighters attacked an army post near Boulkessi on Sunday. Their ranks had grown after the rainy season, a regional intelligence official said.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Katiba Serma"));
    const their = doc.mentions.find((m) => m.text === "Their");
    expect(group?.type).toBe("armed_group");
    expect(their?.entityId).toBe(group?.entityId);
  });

  it("leaves 'they' unresolved rather than give it to the think-tank whose analyst is cited", async () => {
    const doc = await pipeline.run(
      "Jamal Nasser, an analyst at the Sahel Policy Centre, said the two factions had been talking for months. By March they had merged into a single command.",
    );
    const centre = doc.mentions.find((m) => m.text.includes("Sahel Policy Centre"));
    const they = doc.mentions.find((m) => m.text === "they");
    expect(centre).toBeDefined();
    expect(they?.entityId === centre?.entityId).toBe(false);
  });
});

describe("what 'it' and 'they' stand for", () => {
  it("gives 'it was able to' to the group named just before, not taking it for an empty 'it'", async () => {
    const doc = await pipeline.run(
      "The Macina Liberation Front attacked the garrison at Dioura on Friday. It was able to hold the town for two days.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Macina Liberation Front"));
    const it = doc.mentions.find((m) => m.text === "It");
    expect(group?.type).toBe("armed_group");
    expect(it?.entityId).toBe(group?.entityId);
  });

  it("gives 'it is led by' to the group, but leaves the 'it' of 'it is likely that' and 'it was reported that'", async () => {
    const doc = await pipeline.run(
      "Katiba Serma was formed in 2012 in the Hombori hills. It is led by a former army officer. " +
        "Katiba Serma fighters crossed the border in May, and it is likely that more will follow. It was reported that the army withdrew.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Katiba Serma"));
    const its = doc.mentions.filter((m) => /^it$/i.test(m.text));
    expect(its.map((m) => doc.text.slice(m.start, m.start + 12))).toEqual(["It is led by"]);
    expect(its[0].entityId).toBe(group?.entityId);
  });

  it("leaves 'it' to the government that reports, not to the group named the sentence before", async () => {
    const doc = await pipeline.run(
      "At least one of those camps now belongs to the Macina Liberation Front. " +
        "Earlier this month, the government reported that it was able to stop 900 would-be fighters en route to that camp.",
    );
    const group = doc.mentions.find((m) => m.text.includes("Macina Liberation Front"));
    const it = doc.mentions.find((m) => m.text === "it");
    expect(group).toBeDefined();
    expect(it?.entityId === group?.entityId).toBe(false);
  });

  it("does not give 'it' to a group when 'it' is the fight or event the sentence names", async () => {
    const doc = await pipeline.run(
      "Defeating the Macina Liberation Front will take time, but it is a fight the army must win.",
    );
    expect(doc.mentions.some((m) => m.text === "it")).toBe(false);
  });

  it("reads 'they' after a group's fighters as the group, and leaves it after fighters nobody owns", async () => {
    const owned = await pipeline.run("ADF fighters attacked the village of Mamove on Sunday. They burned eleven houses.");
    const adf = owned.mentions.find((m) => m.text.startsWith("ADF"));
    const they = owned.mentions.find((m) => m.text === "They");
    expect(adf).toBeDefined();
    expect(they?.entityId).toBe(adf?.entityId);

    const unowned = await pipeline.run(
      "The Macina Liberation Front controls the road to Dioura. The fighters at the checkpoint were young, and they asked for money.",
    );
    expect(unowned.mentions.some((m) => m.text === "they")).toBe(false);
  });
});

describe("nominal mentions of a group or a government", () => {
  it("gives 'the government' to the government of the country the report is about", async () => {
    const doc = await pipeline.run(
      "Tunisia has sent more fighters abroad than any other country. Tunisians have travelled to Libya and Syria in their thousands. " +
        "Earlier this month, the government reported that it had stopped 9,000 would-be fighters at the border.",
    );
    const government = doc.mentions.find((m) => m.text === "the government");
    expect(government?.entityId).toBe("org:government-of-tunisia");
    expect(government?.source).toBe("coref");
    // "it" in what the government reported is the government
    expect(doc.mentions.find((m) => m.text === "it")?.entityId).toBe("org:government-of-tunisia");
  });

  it("joins 'the government' and 'the Iraqi government' in one entity", async () => {
    const doc = await pipeline.run(
      "The Iraqi government closed the crossing at Al-Qaim on Monday. Two days later the government reopened it to trucks.",
    );
    const ids = doc.mentions.filter((m) => /government/i.test(m.text)).map((m) => m.entityId);
    expect(ids).toEqual(["org:government-of-iraq", "org:government-of-iraq"]);
  });

  it("reads 'the militants' as the armed group just named, and leaves it alone when none is", async () => {
    const doc = await pipeline.run(
      "Al-Shabaab attacked a police post near Mandera on Sunday. The militants withdrew toward the border before dawn.",
    );
    const group = doc.mentions.find((m) => m.type === "armed_group" && m.source !== "coref");
    expect(doc.mentions.find((m) => m.text === "The militants")?.entityId).toBe(group?.entityId);
    const alone = await pipeline.run("The militants withdrew toward the border before dawn.");
    expect(alone.mentions.some((m) => m.text === "The militants")).toBe(false);
  });
});

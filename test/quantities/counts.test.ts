// How many: the counts an analyst copies into a flow or casualty row, with their hedges.
import { describe, expect, it } from "vitest";
import { quantityNamed, readQuantities } from "./read-quantities.js";

describe("numbers as reports write them", () => {
  it("reads digits with thousands separators", () => {
    const q = quantityNamed("Border guards turned back 12,400 young men at the Ras Jedir crossing.", "12,400");
    expect(q).toMatchObject({ value: 12400, approx: false, bound: "exact", unit: "people" });
  });

  it("reads scale words and abbreviated millions", () => {
    expect(quantityNamed("The war has displaced 1.5 million Yemenis.", "1.5 million").value).toBe(1500000);
    expect(quantityNamed("Aid agencies say 2.3m Syrians are still in camps.", "2.3m").value).toBe(2300000);
  });

  it("reads numbers written in words", () => {
    expect(quantityNamed("Police detained two hundred protesters in Kasserine.", "two hundred").value).toBe(200);
    expect(quantityNamed("Officials counted one thousand returnees from Iraq.", "one thousand").value).toBe(1000);
    expect(quantityNamed("A thousand volunteers crossed into Aleppo province.", "A thousand").value).toBe(1000);
  });

  it("keeps the span pointing at the words in the report", () => {
    const text = "Militia leaders claim nearly 800 recruits joined in the spring.";
    const q = quantityNamed(text, "nearly 800");
    expect(text.slice(q.start, q.end)).toBe("nearly 800");
  });
});

describe("hedges on a number", () => {
  it("an estimate keeps its approximation", () => {
    const q = quantityNamed("An estimated 4,500 Moroccans have joined armed groups abroad.", "An estimated 4,500");
    expect(q).toMatchObject({ value: 4500, approx: true, bound: "about" });
  });

  it("around, about, some and roughly all mark a number as approximate", () => {
    for (const hedge of ["around", "about", "some", "roughly", "approximately"]) {
      const q = quantityNamed(`Commanders said ${hedge} 600 fighters held the airport.`, `${hedge} 600`);
      expect(q, hedge).toMatchObject({ value: 600, approx: true, bound: "about" });
    }
  });

  it("at least and more than are floors", () => {
    expect(quantityNamed("At least 45 soldiers died in the ambush near Kidal.", "At least 45").bound).toBe("at_least");
    expect(quantityNamed("More than 300 civilians fled Ramadi overnight.", "More than 300").bound).toBe("at_least");
    expect(quantityNamed("The group fielded over 2,000 gunmen in Sirte.", "over 2,000").bound).toBe("at_least");
  });

  it("up to, fewer than and no more than are ceilings", () => {
    expect(quantityNamed("Up to 90 detainees were moved to the prison in Mitiga.", "Up to 90").bound).toBe("at_most");
    expect(quantityNamed("Fewer than 40 Europeans returned home that year.", "Fewer than 40").bound).toBe("at_most");
    expect(quantityNamed("The cell had no more than 12 members.", "no more than 12").bound).toBe("at_most");
  });

  it("nearly and almost are approximate ceilings", () => {
    const q = quantityNamed("Almost 700 Chechens travelled through Georgia.", "Almost 700");
    expect(q).toMatchObject({ approx: true, bound: "at_most", value: 700 });
  });

  it("a number followed by 'or more' is a floor", () => {
    expect(quantityNamed("Observers put the convoy at 150 or more trucks.", "150 or more").bound).toBe("at_least");
  });

  it("a verb's 'over' is not a bound on the number after it", () => {
    const q = quantityNamed("Rebels took over three towns along the coast road.", "three");
    expect(q).toMatchObject({ value: 3, bound: "exact", unit: "towns" });
  });

  it("a repeated rough figure with 'another' stays rough", () => {
    const qs = readQuantities("Roughly a thousand Somalis are in Kismayo. Another thousand may have crossed into Kenya.");
    expect(qs.map((q) => [q.text, q.value, q.approx, q.unit])).toEqual([
      ["Roughly a thousand", 1000, true, "people"],
      ["Another thousand", 1000, true, "people"],
    ]);
  });

  it("'an additional' number is not made rough by an earlier different estimate", () => {
    const q = readQuantities("About 250 fighters held the town; an additional 500 troops arrived later.")[1];
    expect(q).toMatchObject({ value: 500, approx: false, bound: "exact" });
  });
});

describe("ranges and vague amounts", () => {
  it("reads a range written with 'to', 'between … and' or a dash", () => {
    for (const [text, phrase] of [
      ["Officials estimate 3,000 to 5,000 Tunisians are in Syria.", "3,000 to 5,000"],
      ["Officials estimate between 3,000 and 5,000 Tunisians are in Syria.", "between 3,000 and 5,000"],
      ["Officials estimate 3,000-5,000 Tunisians are in Syria.", "3,000-5,000"],
    ]) {
      expect(quantityNamed(text, phrase), phrase).toMatchObject({ value: 3000, low: 3000, high: 5000, approx: true, unit: "people" });
    }
  });

  it("shares the scale word across a range", () => {
    expect(quantityNamed("The conflict has cost 2 to 3 million dollars a day.", "2 to 3 million"))
      .toMatchObject({ low: 2e6, high: 3e6, unit: "USD" });
    expect(quantityNamed("Two or three thousand Afghans fight for the brigade.", "Two or three thousand"))
      .toMatchObject({ low: 2000, high: 3000 });
  });

  it("hundreds means 200 to 999, reported at its low end", () => {
    const q = quantityNamed("Hundreds of Libyans were evacuated from Benghazi.", "Hundreds");
    expect(q).toMatchObject({ value: 200, low: 200, high: 999, approx: true, bound: "about", unit: "people" });
  });

  it("dozens, thousands and tens of thousands each have their range", () => {
    expect(quantityNamed("Dozens of militants surrendered.", "Dozens")).toMatchObject({ low: 24, high: 99 });
    expect(quantityNamed("Thousands of refugees reached Lampedusa.", "Thousands")).toMatchObject({ low: 2000, high: 9999 });
    expect(quantityNamed("Tens of thousands of Iraqis fled Mosul.", "Tens of thousands")).toMatchObject({ low: 20000, high: 99999 });
  });

  it("a few hundred and several thousand scale their multiplier", () => {
    expect(quantityNamed("A few hundred Uzbeks fight in Idlib.", "A few hundred")).toMatchObject({ low: 200, high: 400 });
    expect(quantityNamed("Several thousand Pakistanis were deported.", "Several thousand")).toMatchObject({ low: 3000, high: 9000 });
  });

  it("a handful is a small approximate count", () => {
    const q = quantityNamed("Only a handful of commanders escaped the siege.", "a handful");
    expect(q).toMatchObject({ approx: true, unit: "people" });
    expect(q.high!).toBeLessThan(10);
  });

  it("a vague phrase without a magnitude is not a quantity", () => {
    expect(readQuantities("A large number of soldiers and a lot of weapons were lost.")).toEqual([]);
  });
});

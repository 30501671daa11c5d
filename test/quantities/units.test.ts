// What a number counts: people (whatever the noun), things by their noun, money by currency.
import { describe, expect, it } from "vitest";
import { quantityNamed, readQuantities } from "./read-quantities.js";

describe("what a count counts", () => {
  it("counts of fighters, soldiers and recruits are counts of people", () => {
    for (const noun of ["fighters", "soldiers", "recruits", "militants", "civilians", "members", "children"]) {
      expect(quantityNamed(`The brigade lost 120 ${noun} in a week.`, "120").unit, noun).toBe("people");
    }
  });

  it("a demonym after a number counts people", () => {
    expect(quantityNamed("Officials say 700 Algerians crossed at Tebessa.", "700").unit).toBe("people");
  });

  it("adjectives between the number and the noun do not hide the noun", () => {
    expect(quantityNamed("Turkey deported 950 young foreign fighters last spring.", "950").unit).toBe("people");
    expect(quantityNamed("Police caught 60 would-be recruits at the airport.", "60").unit).toBe("people");
  });

  it("things keep their own noun", () => {
    expect(quantityNamed("Customs seized 400 rifles in Misrata.", "400").unit).toBe("rifles");
    expect(quantityNamed("The ship carried 35 tonnes of ammunition.", "35").unit).toBe("tonnes");
    expect(quantityNamed("Investigators traced 2,600 weapons to army depots.", "2,600").unit).toBe("weapons");
  });

  it("money is recorded as a currency code", () => {
    expect(quantityNamed("The group raised $5 million from ransoms.", "$5 million")).toMatchObject({ value: 5e6, unit: "USD" });
    expect(quantityNamed("Donors pledged 40 million dollars to the militia.", "40 million")).toMatchObject({ value: 4e7, unit: "USD" });
    expect(quantityNamed("Smugglers charged €1,200 per crossing.", "€1,200")).toMatchObject({ value: 1200, unit: "EUR" });
  });

  it("percentages are quantities in percent", () => {
    expect(quantityNamed("Women made up 15% of the recruits.", "15%")).toMatchObject({ value: 15, unit: "percent" });
    expect(quantityNamed("Turnout fell by 30 percent in the south.", "30 percent")).toMatchObject({ value: 30, unit: "percent" });
  });

  it("a count whose noun was left out takes the noun of the count before it", () => {
    const qs = readQuantities("Security forces intercepted 1,800 recruits bound for Libya, but 260 had already crossed.");
    expect(qs.map((q) => [q.value, q.unit])).toEqual([[1800, "people"], [260, "people"]]);
  });

  it("a crew or a cell 'of five' counts people, not the weapons counted before", () => {
    const qs = readQuantities("The navy seized 30 rifles off Bosaso and detained the crew of five.");
    expect(qs.map((q) => [q.value, q.unit])).toEqual([[30, "rifles"], [5, "people"]]);
  });

  it("a force 2,000 strong counts its members", () => {
    expect(quantityNamed("A 2,000-strong force was sent to Sirte.", "2,000-strong")).toMatchObject({ value: 2000, unit: "people" });
  });

  it("a vague amount standing alone counts people", () => {
    expect(quantityNamed("Thousands fled toward the Turkish border.", "Thousands").unit).toBe("people");
  });

  it("the dead and the killed are counted as people", () => {
    expect(quantityNamed("The blast left 27 dead and dozens wounded.", "27").unit).toBe("people");
  });
});

describe("numbers that count nothing", () => {
  it("a year is not a people count", () => {
    expect(readQuantities("The militia was founded in 2012 and disbanded after the 2014 elections.")).toEqual([]);
  });

  it("a four-digit count without a separator is still a count when people follow it", () => {
    expect(quantityNamed("Some 2000 fighters joined the offensive.", "Some 2000")).toMatchObject({ value: 2000, unit: "people" });
  });

  it("dates and times of day are not counts", () => {
    expect(readQuantities("The attack began on 14 July 2015 at 5 pm and ended on March 3.")).toEqual([]);
  });

  it("ages are not counts", () => {
    expect(readQuantities("The 22-year-old recruiter, aged 22 at his arrest, was 23 years old at trial.")).toEqual([]);
  });

  it("ordinals, 'number one' and 'one of' are not counts", () => {
    expect(readQuantities("It was the first time Mali was the number one source; one of the camps closed.")).toEqual([]);
  });

  it("durations are not counts", () => {
    expect(readQuantities("Five years into the insurgency, the army held the town for three weeks.")).toEqual([]);
  });

  it("weapon designations and resolutions are names, not counts", () => {
    expect(readQuantities("Rebels fired AK-47 rounds at an F-16 as the Council debated Resolution 2249.")).toEqual([]);
  });

  it("ratios, age limits and numbered committees are not counts", () => {
    expect(readQuantities("By 2016, 1 in 4 asylum seekers was Afghan.")).toEqual([]);
    expect(readQuantities("Aid reached 90,000 children under 5 in Hodeidah.").map((q) => q.value)).toEqual([90000]);
    expect(readQuantities("The Council's 1267 committee met in New York.")).toEqual([]);
  });

  it("a year range's short tail is not a count", () => {
    expect(readQuantities("Recruitment dipped in 2020-21 across the Sahel.")).toEqual([]);
  });

  it("list numbers are not counts", () => {
    expect(readQuantities("1. Recruitment networks\n2. Financing")).toEqual([]);
  });
});

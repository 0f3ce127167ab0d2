import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign, kb, sided } from "../helpers/realReadings.js";

// Words of other languages that runners mix into English (code-switching): the sites,
// feelings and sides of Spanish, French, German, Portuguese, Italian and Dutch, as a word list
// (graph-data/vocabulary.yaml), and side words said after their site (vocabulary
// `trailingSides`). Sentences written for these tests, not taken from any held-out set.

describe("sites and feelings said in another language", () => {
  it("reads a heel warning sign said in Spanish, German or French as URGENT", () => {
    expectUrgentSign("heel-redness-warmth-swelling", [
      "mi talón izquierdo está rojo y caliente",
      "the talon is hinchado since Sunday",
    ]);
    expectUrgentSign("heel-numbness-tingling", [
      "meine linke Ferse kribbelt nach dem Lauf",
      "talon engourdi after the 10k",
    ]);
  });

  it("reads a limp or not walking said in German, Dutch, Spanish or French as URGENT (stop 41)", () => {
    for (const [text, id] of [
      ["ich hinke seit dem Halbmarathon, Ferse", "+limping"],
      ["loop mank na de training, my heel aches", "+limping"],
      ["no puedo andar desde ayer, heel", "+cannot-bear-weight"],
      ["je ne peux plus marcher, mon talon", "+cannot-bear-weight"],
    ] as const) {
      expect(matchedIds(kb, text), text).toContain(id);
      expect(triageLevel(kb, text), text).toBe("URGENT");
    }
  });

  it("reads pain, swelling and stiffness at the ankle, knee and hip", () => {
    expect(matchedIds(kb, "mein Knie tut weh nach dem Laufen")).toContain("+knee-pain-after-run");
    expect(matchedIds(kb, "ma cheville est gonflée depuis hier")).toContain("+ankle-swelling");
    expect(matchedIds(kb, "hanche raide, every run")).toContain("+hip-tension");
  });

  it("reads nothing of a word that is no site in English ('talons' of a bird)", () => {
    expect(matchedIds(kb, "the talons of the eagle")).toEqual([]);
    expect(triageLevel(kb, "the talons of the eagle")).toBe("UNKNOWN");
  });
});

describe("side words said after their site", () => {
  it("reads the side of 'talón derecho', 'cheville gauche', 'caviglia destra'", () => {
    expect(sided("mi talón derecho duele after runs")).toContainEqual([
      "heel-pain-after-running",
      true,
      "RUNNER",
      "RIGHT",
    ]);
    expect(sided("cheville gauche gonflée")).toContainEqual([
      "ankle-swelling",
      true,
      "RUNNER",
      "LEFT",
    ]);
    expect(sided("caviglia destra gonfia")).toContainEqual([
      "ankle-swelling",
      true,
      "RUNNER",
      "RIGHT",
    ]);
  });

  it("reads no side from an English side word after the site ('my heel right after the run')", () => {
    const sides = sided("my heel right after the long run hurts").map(([, , , side]) => side);
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.every((side) => side === undefined || side === null)).toBe(true);
  });
});

describe("limps, denials and orders said in another language", () => {
  it("reads a limp owed to the heel, and a sign denied with 'kein' or 'sin'", () => {
    expect(triageLevel(kb, "estou mancando por causa do calcanhar")).toBe("URGENT");
    expect(matchedIds(kb, "kein Kribbeln in der Ferse")).toEqual(["-heel-numbness-tingling"]);
    expect(matchedIds(kb, "sin hinchazón en el tobillo")).toEqual(["-ankle-swelling"]);
  });

  it("reads the order of pains from 'primero', 'luego' and 'ahora'", () => {
    expect(matchedIds(kb, "primero la cadera, luego el tobillo")).toContain(
      "+hip-pain-before-ankle-pain",
    );
  });
});

describe("more sites and feelings of other languages (stop 40's third wave)", () => {
  it("reads a numb heel in Portuguese, a sore sole in Dutch or Spanish, a swollen ankle in Dutch", () => {
    expectUrgentSign("heel-numbness-tingling", ["calcanhar direito dormente"]);
    expect(matchedIds(kb, "mijn voetzool doet pijn na het lopen")).toContain("+sore-sole");
    expect(matchedIds(kb, "me duele la planta del pie")).toContain("+sore-sole");
    expect(matchedIds(kb, "mijn enkel is dik")).toContain("+ankle-swelling");
  });

  it("still reads 'planter fasciitis' as the condition misspelt", () => {
    expect(matchedIds(kb, "planter fasciitis in my left foot")).toContain("+plantar-fasciitis");
  });
});

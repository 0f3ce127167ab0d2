import { describe, expect, it } from "vitest";
import { matchedIds, triageLevel } from "../helpers/readings.js";
import { expectUrgentSign, kb } from "../helpers/realReadings.js";

// Numbness and tingling (the heel article's warning sign) said in lay words and similes, and
// words that only look like them. Sentences written for these tests (reader round 12b), not
// taken from any held-out set.

const sign = (text: string) => matchedIds(kb, text).includes("+heel-numbness-tingling");

describe("tingling said in lay words and similes", () => {
  it("reads crawling, static and fizz at the heel as the warning sign", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "there's a creepy crawly feeling in my heel",
      "heel feels like ants are crawling in it",
      "my heel feels like there's static in it",
      "heel is fizzing like champagne",
      "heel feels like it's vibrating",
      "like an electric current through my heel",
      "heel gets little electric shocks",
      "heel feels tingley after runs",
      "heel is tingeling",
    ]);
  });
});

describe("numbness said in lay words and similes", () => {
  it("reads a heel like cardboard or novocaine, or with its feeling gone, as the sign", () => {
    expectUrgentSign("heel-numbness-tingling", [
      "my heel feels like cardboard",
      "heel feels like novocaine at the dentist",
      "heel feels like I'm wearing a thick sock",
      "my heel is numb, the feeling's completely gone",
      "my heel is numb and the feeling has gone",
      "heel numbniss since the marathon",
    ]);
  });

  it("keeps words that only look like them out", () => {
    for (const text of [
      "static stretches help, heel sore",
      "used electrical stimulation on my heel",
      "heel had a tight feeling, that feeling's gone now",
      "put numbing cream on my heel blister",
      "heel sore, my mileage has been static",
      "got a static shock off the treadmill, heel sore",
      "heel sore and I've lost my fizz lately",
      "heel is sore, feeling sparky otherwise",
      "heel sore, totally zapped after the race",
      "had surgery on my heel years ago, there are pins in it",
      "heel sore, I'm wearing a thick sock today",
    ]) {
      expect(sign(text), text).toBe(false);
      expect(triageLevel(kb, text), text).not.toBe("URGENT");
    }
  });

  // Similes that ordinary sentences say of other things (reviewer A, session 33): the words
  // are out of the lists, so the pain beside them stays self-care.
  it("keeps everyday ants, pricks, sparks, bubbles, currents and tired legs out", () => {
    for (const text of [
      "heel sore, my legs feel wooden after the long run",
      "legs feel like rubber after the marathon, heel sore",
      "heel sore, the ants crawling over my picnic blanket",
      "heel sore, there were ants inside my tent",
      "heel sore, I feel like ants are in my pants before a race",
      "heel a bit sore, pin pricks from the blood test",
      "heel sore, pinpricks of light in the sky",
      "heel sore, I felt like sparks were flying on the track",
      "heel sore, felt like champagne bubbles",
      "heel sore, humming feeling good",
      "heel sore, current running through my mind is the race",
      "heel sore, like shocks my shoes wore out fast",
      "heel sore, bugs crawling all over the tent",
    ]) {
      expect(sign(text), text).toBe(false);
      expect(triageLevel(kb, text), text).toBe("SELF_CARE");
    }
  });
});

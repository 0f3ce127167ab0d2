/** Searches runners type, for latency measurements on the bundled graph. */
export const REAL_QUERIES: string[] = [
  "plantar fascitis",
  "heel pain in the morning",
  "tight hips",
  "how often should I replace my shoes",
  "achilles tendonitis",
  "ankle sprain swelling",
  "stress fracture heel",
  "knee pain after running",
  "calf raises",
  "ice",
  "hip flexor release",
  "overpronation flat feet",
  "when should I see a doctor",
  "runners foot",
  "kt tape",
  "ibuprofen",
  "bursitis",
  "mileage increase",
  "stretching calves",
  "night splint",
];

/** Runners' reports, for trace latency on the bundled graph. */
export const REAL_TRACES: string[][] = [
  ["stabbing pain under my heel, worse in the morning"],
  ["stiff achilles when I start running", "it burns when I stretch my calf"],
  ["swelling behind the heel", "my shoes are too tight"],
  ["heel hurts more the longer I run", "I run on concrete"],
  ["my ankle hurts when I run"],
  ["pain on the inside of my knee"],
  ["I doubled my mileage", "sore heel after running"],
  ["sudden sharp heel pain", "numb heel"],
  ["the bottom of my foot is sore", "flat feet"],
  ["sore throat"],
];

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

/**
 * Complaints in runners' words, for the complaint reader's latency: each call reads one
 * made new by a number no other call uses (the reader keeps no memo, so none is cached).
 */
export const REAL_COMPLAINTS: string[] = [
  "stabbing pain under my left heel, worse in the morning",
  "no numbness or tingling, but the back of my heel is puffy and warm to the touch",
  "I jumped from 20 to 35 miles a week and now my achilles is stiff when I start running",
  "my shoes have over 600 miles on them and I run on concrete every day",
  "I increased my mileage by only 5% and my ankle aches after long runs",
  "can't walk normally and keep favoring my right foot",
  "pain on the outside of my ankle that isn't getting better after several weeks",
  "my knees cave in and my feet ache, tight hip flexors I think",
  "sharp pain at the back of my heel when I push off, it eases with rest",
  "my elbow hurts and my car won't start",
];

/** Variables of the hot rows' contract operations: real answers from the bundled graph. */
export const HOT_VARIABLES: Record<string, Record<string, unknown>> = {
  Search: { query: "heel pain", limit: 5 },
  Trace: { symptoms: ["stabbing pain under my heel", "sore throat"], limit: 5 },
  Entity: { id: "plantar-fasciitis" },
};

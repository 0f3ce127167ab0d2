/**
 * Where each body structure sits on the drawn leg: a right leg seen from the side, front
 * to the right, lower back at the top and toes at the bottom right, in the leg drawing's
 * units (see legDiagram.ts). Presentation only: which structures exist comes from the
 * graph; one it does not place here is put at its region's spot.
 */
export const LEG_POSITIONS: Readonly<Record<string, readonly [x: number, y: number]>> = {
  diaphragm: [98, 14],
  "lower-spine": [58, 44],
  psoas: [104, 52],
  ilium: [74, 64],
  pelvis: [92, 76],
  iliacus: [116, 70],
  "hip-flexors": [130, 92],
  piriformis: [62, 100],
  "hip-joint": [96, 106],
  "thigh-bone": [98, 176],
  "thigh-adductors": [116, 196],
  knee: [104, 258],
  mcl: [118, 268],
  meniscus: [102, 274],
  gastrocnemius: [72, 304],
  "calf-muscles": [70, 326],
  fibula: [92, 334],
  tibia: [112, 344],
  "anterior-tibialis": [124, 320],
  soleus: [78, 362],
  peroneals: [90, 380],
  "posterior-tibialis": [100, 398],
  "achilles-tendon": [76, 430],
  ankle: [102, 440],
  "ankle-ligaments-and-tendons": [118, 446],
  "ankle-joint": [104, 454],
  talus: [112, 464],
  "subtalar-joint": [98, 472],
  "heel-bursae": [64, 470],
  "heel-bone": [72, 488],
  foot: [150, 486],
  arch: [126, 500],
  "plantar-fascia": [104, 506],
};

/** Where a structure of each region goes when {@link LEG_POSITIONS} does not place it. */
export const REGION_POSITIONS: Readonly<Record<string, readonly [x: number, y: number]>> = {
  TRUNK: [80, 30],
  HIP: [96, 90],
  THIGH: [100, 180],
  KNEE: [104, 262],
  LOWER_LEG: [96, 350],
  ANKLE: [104, 450],
  FOOT: [120, 492],
};

/**
 * The outline of the leg (lower trunk, hip, thigh, knee, calf, ankle, foot), one closed
 * path in the same units.
 */
export const LEG_OUTLINE =
  "M60 4 C84 0 120 2 140 8 L146 60 C152 84 150 104 142 124 C136 170 130 214 126 246 " +
  "C130 262 132 282 128 298 C136 330 128 376 120 420 C122 440 128 458 148 470 " +
  "C170 478 192 486 196 500 C198 512 186 518 160 518 L70 518 C54 518 50 504 54 488 " +
  "C58 470 60 452 62 428 C50 392 44 344 50 310 C56 290 60 276 72 256 " +
  "C66 220 60 170 56 130 C48 110 40 80 44 50 C46 30 50 12 60 4 Z";

/** Shown with every trace. */
export const DISCLAIMER =
  "kinetic-graph offers general information drawn from four articles on running pain; it is " +
  "not a diagnosis or medical advice. See a doctor or physical therapist about any pain " +
  "that is severe, sudden or not easing.";

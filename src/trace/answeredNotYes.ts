/** The conditions only asked about that the runner did not then answer yes to. */
export function answeredNotYes(
  asked: ReadonlySet<string>,
  answers: ReadonlyMap<string, boolean>,
): ReadonlySet<string> {
  return new Set([...asked].filter((id) => answers.get(id) !== true));
}

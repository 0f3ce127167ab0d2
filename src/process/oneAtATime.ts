/**
 * Wraps `task` so that calls never overlap: a call while it runs asks for one more run
 * after it, however many calls arrive meanwhile (a burst of SIGHUPs reloads twice at most:
 * the files may have changed since the running reload read them). Errors are the task's
 * to handle; a rejected run still lets the next one start.
 */
export function oneAtATime(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    task()
      .catch(() => {})
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

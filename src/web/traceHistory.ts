// The trace view's entries in the browser's history, and the Trace tab that returns to them.

/** What this page put in the browser's history: an interview, and whether an answer made it. */
export interface Entry {
  readonly interview: true;
  readonly answered: boolean;
}
/** Whether the history entry (`history.state`) is one an answer made. */
export const isAnswerEntry = (state: unknown): boolean =>
  typeof state === "object" && state !== null && (state as Partial<Entry>).answered === true;
/** Whether this page, in this tab, made the history entry (`history.state`). */
export const isEntry = (state: unknown): boolean =>
  typeof state === "object" && state !== null && (state as Partial<Entry>).interview === true;

/**
 * Points the header's Trace tab at the interview (`hash`), so a runner reading a condition's
 * page returns to it by the tab as by Back. A new complaint traced starts a new interview.
 */
export function pointTraceTab(hash: string): void {
  const tab = document.querySelector<HTMLAnchorElement>('nav.tabs a[href^="#/trace"]');
  if (!tab) return;
  tab.setAttribute("href", hash);
  // Followed as a plain link it would be an entry this page did not make, read as a link
  // from elsewhere: its warning-sign "no" answers would be asked again.
  tab.onclick = (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (location.hash === hash) return;
    const entry: Entry = { interview: true, answered: false };
    history.pushState(entry, "", hash);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  };
}

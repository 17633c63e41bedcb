import { TABS, type Tab } from "../state/urlState.ts";

/**
 * The tab strip: buttons with role="tab" for the panels `#panel-<tab>`; one tab in the focus order at a time,
 * arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern).
 */
export const setUpTabs = (root: Document, onChange: (tab: Tab) => void): ((tab: Tab) => void) => {
  const buttons = TABS.map((tab) => root.getElementById(`tab-${tab}`) as HTMLButtonElement);
  const show = (tab: Tab): void => {
    TABS.forEach((name, i) => {
      const selected = name === tab;
      buttons[i]!.setAttribute("aria-selected", String(selected));
      buttons[i]!.tabIndex = selected ? 0 : -1;
      (root.getElementById(`panel-${name}`) as HTMLElement).hidden = !selected;
    });
  };
  buttons.forEach((button, i) => {
    button.addEventListener("click", () => {
      show(TABS[i]!);
      onChange(TABS[i]!);
    });
    button.addEventListener("keydown", (event) => {
      const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = (to + TABS.length) % TABS.length;
      buttons[next]!.focus();
      show(TABS[next]!);
      onChange(TABS[next]!);
    });
  });
  return show;
};

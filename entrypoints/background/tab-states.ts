// What the background knows about each tab, frame by frame: the verdict of the
// last whole-page analysis and the number of marks shown. The badge shows the
// sum over the tab's frames.

import type { AnalyzeRequest, TabStatus } from '../../lib/messages';
import type { Analysis } from '../../lib/types';

export interface FrameState {
  url: string;
  war: boolean;
  language: Analysis['language'] | null;
  coverage: Analysis['coverage'] | null;
  marks: number;
}

export function tabStates() {
  const tabs = new Map<number, Map<number, FrameState>>();

  function frames(tabId: number): Map<number, FrameState> {
    let map = tabs.get(tabId);
    if (!map) tabs.set(tabId, (map = new Map()));
    return map;
  }

  return {
    frame: (tabId: number, frameId: number): FrameState | undefined => tabs.get(tabId)?.get(frameId),

    /** Records an analysis; a whole-page one in the top frame starts the tab afresh (a new page). */
    analyzed(tabId: number, frameId: number, request: AnalyzeRequest, analysis: Analysis, war: boolean): void {
      if (request.part === 'page' && frameId === 0) tabs.delete(tabId);
      const map = frames(tabId);
      const known = map.get(frameId);
      const wholePage = request.part === 'page' || !known;
      map.set(frameId, {
        url: request.url,
        war,
        language: wholePage ? analysis.language : (known?.language ?? analysis.language),
        coverage: wholePage || (war && !known?.war) ? analysis.coverage : (known?.coverage ?? null),
        marks: known?.marks ?? 0,
      });
    },

    marked(tabId: number, frameId: number, count: number): void {
      const known = frames(tabId).get(frameId);
      if (known) known.marks = count;
      else if (count > 0) frames(tabId).set(frameId, { url: '', war: true, language: null, coverage: null, marks: count });
    },

    /** The tab as the popup sees it: the top frame's verdict, the marks of all frames. */
    status(tabId: number): TabStatus | null {
      const map = tabs.get(tabId);
      if (!map || map.size === 0) return null;
      const top = map.get(0) ?? [...map.values()][0]!;
      let marks = 0;
      let war = false;
      for (const frame of map.values()) {
        marks += frame.marks;
        war ||= frame.war;
      }
      return { url: top.url, war, language: top.language, coverage: top.coverage, marks };
    },

    drop: (tabId: number): void => void tabs.delete(tabId),
  };
}

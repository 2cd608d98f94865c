// What the background knows about each tab, frame by frame: the verdict of the
// last whole-page analysis and what the frame reports it shows (marks, marks
// per type, the distinct entities). The badge and the popup see the sum over
// the tab's frames.

import type { AnalyzeRequest, MarkedReport, PageEntity, TabStatus } from '../../lib/messages';
import type { Analysis, EntityType } from '../../lib/types';

export interface FrameState {
  url: string;
  war: boolean;
  language: Analysis['language'] | null;
  coverage: Analysis['coverage'] | null;
  marks: number;
  marksByType: Partial<Record<EntityType, number>>;
  entities: PageEntity[];
}

const entityKey = (e: PageEntity) => (e.id !== null ? `id:${e.id}` : `text:${e.text}`);

/** The entities of several frames as one list: counts added up, most mentioned first. */
export function mergeEntities(lists: Iterable<readonly PageEntity[]>): PageEntity[] {
  const byKey = new Map<string, PageEntity>();
  for (const list of lists) {
    for (const entity of list) {
      const known = byKey.get(entityKey(entity));
      if (known) known.count += entity.count;
      else byKey.set(entityKey(entity), { ...entity });
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
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
        marksByType: known?.marksByType ?? {},
        entities: known?.entities ?? [],
      });
    },

    /**
     * The frame's own account of what it shows now; it replaces the previous
     * one. A fresh page in the top frame forgets the whole tab, in a subframe
     * that frame: its verdict was about an article that is gone.
     */
    marked(tabId: number, frameId: number, report: MarkedReport): void {
      if (report.fresh) {
        if (frameId === 0) tabs.delete(tabId);
        else tabs.get(tabId)?.delete(frameId);
      }
      const shown = { marks: report.count, marksByType: report.marksByType ?? {}, entities: report.entities ?? [] };
      const known = frames(tabId).get(frameId);
      if (known) Object.assign(known, shown);
      else if (report.count > 0) frames(tabId).set(frameId, { url: '', war: true, language: null, coverage: null, ...shown });
    },

    /** The tab as the popup sees it: the top frame's verdict, the marks of all frames. */
    status(tabId: number): TabStatus | null {
      const map = tabs.get(tabId);
      if (!map || map.size === 0) return null;
      const top = map.get(0) ?? [...map.values()][0]!;
      let marks = 0;
      let war = false;
      const marksByType: Partial<Record<EntityType, number>> = {};
      for (const frame of map.values()) {
        marks += frame.marks;
        war ||= frame.war;
        for (const [type, n] of Object.entries(frame.marksByType) as [EntityType, number][]) marksByType[type] = (marksByType[type] ?? 0) + n;
      }
      const entities = mergeEntities([...map.values()].map((f) => f.entities));
      return { url: top.url, war, language: top.language, coverage: top.coverage, marks, marksByType, entities };
    },

    /** The tab closed, or its top frame started loading a new page. */
    drop: (tabId: number): void => void tabs.delete(tabId),
  };
}

/**
 * Drag to reorder, on @atlaskit/pragmatic-drag-and-drop: headless (it draws
 * nothing and moves no node, so the list stays the page's to render), on the
 * platform's own drag and drop, which phones run by touch (a long press,
 * then drag). Loaded after the page: the ballot works by its buttons first.
 */
import {
  draggable,
  dropTargetForElements,
  monitorForElements,
} from '@atlaskit/pragmatic-drag-and-drop/adapter/element-adapter';
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { dropIndex } from './order.js';

type Edge = 'top' | 'bottom';

/**
 * Makes each `[data-index]` item of `list` draggable by its `[data-drag-handle]`
 * and a drop target; on a drop, `onMove(from, to)`. Marks the item being
 * dragged (`data-dragging`) and where it would land (`data-drop-edge`).
 * Returns the cleanup; attach again when the items change.
 */
export function attachDrag(
  list: HTMLElement,
  onMove: (from: number, to: number) => void,
): () => void {
  const indexOf = (element: Element) => Number((element as HTMLElement).dataset.index);
  const edgeOf = (element: Element, clientY: number): Edge => {
    const box = element.getBoundingClientRect();
    return clientY < box.top + box.height / 2 ? 'top' : 'bottom';
  };
  const clearEdges = () =>
    list.querySelectorAll('[data-drop-edge]').forEach((el) => el.removeAttribute('data-drop-edge'));
  const ours = (data: Record<string | symbol, unknown>) => data.list === list;

  const cleanups = Array.from(list.querySelectorAll<HTMLElement>('[data-index]')).map((item) => {
    const handle = item.querySelector('[data-drag-handle]') ?? item;
    return combine(
      draggable({
        element: item,
        dragHandle: handle,
        getInitialData: () => ({ list, index: indexOf(item) }),
        onDragStart: () => item.setAttribute('data-dragging', ''),
        onDrop: () => item.removeAttribute('data-dragging'),
      }),
      dropTargetForElements({
        element: item,
        canDrop: ({ source }) => ours(source.data),
        getData: ({ input }) => ({ index: indexOf(item), edge: edgeOf(item, input.clientY) }),
        onDrag: ({ self, source }) => {
          const edge = self.data.edge as Edge;
          // Dropping an item on itself changes nothing: no line to show.
          if (indexOf(item) === source.data.index) item.removeAttribute('data-drop-edge');
          else if (item.getAttribute('data-drop-edge') !== edge)
            item.setAttribute('data-drop-edge', edge);
        },
        onDragLeave: () => item.removeAttribute('data-drop-edge'),
        onDrop: () => item.removeAttribute('data-drop-edge'),
      }),
    );
  });

  const monitor = monitorForElements({
    canMonitor: ({ source }) => ours(source.data),
    onDrop: ({ source, location }) => {
      clearEdges();
      const target = location.current.dropTargets[0];
      if (!target) return;
      const from = source.data.index as number;
      const to = dropIndex(from, target.data.index as number, target.data.edge as Edge);
      if (to !== from) onMove(from, to);
    },
  });

  return combine(...cleanups, monitor);
}

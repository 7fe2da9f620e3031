import { trimSpan, type TextSpan } from '../../core/anchoring/describe';

interface BlockSpan extends TextSpan {
  element: Element;
}

/**
 * The one place that converts between DOM positions and text offsets (UTF-16) within the
 * article root. Built once per rendering of the article: it records each text node with the
 * offset at which it starts, so both directions are a binary search, not a walk of the tree.
 */
export class DomTextMap {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly indexOfNode = new Map<Text, number>();
  readonly text: string;

  constructor(readonly root: Element) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      this.indexOfNode.set(text, this.nodes.length);
      this.nodes.push(text);
      this.starts.push(offset);
      parts.push(text.data);
      offset += text.data.length;
    }
    this.text = parts.join('');
  }

  /** A live Range over the span, or null when it lies outside the text. */
  toRange(span: TextSpan): Range | null {
    if (span.start < 0 || span.end > this.text.length || span.start > span.end) return null;
    const start = this.locate(span.start, false);
    const end = this.locate(span.end, true);
    if (!start || !end) return null;
    const range = this.root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  /** The span a DOM range covers, clipped to the article; null when it does not touch the article. */
  fromRange(range: Range): TextSpan | null {
    const rootRange = this.root.ownerDocument.createRange();
    rootRange.selectNodeContents(this.root);
    if (range.compareBoundaryPoints(Range.END_TO_START, rootRange) >= 0) return null;
    if (range.compareBoundaryPoints(Range.START_TO_END, rootRange) <= 0) return null;
    const start = range.compareBoundaryPoints(Range.START_TO_START, rootRange) <= 0 ? 0 : this.offsetOf(range.startContainer, range.startOffset);
    const end = range.compareBoundaryPoints(Range.END_TO_END, rootRange) >= 0 ? this.text.length : this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || start >= end) return null;
    return { start, end };
  }

  /**
   * The span of text inside `element` (a block of the article), from its first text node to the
   * end of its last; null when it holds no text or lies outside the root. O(text nodes inside).
   */
  spanOf(element: Element): TextSpan | null {
    if (!this.root.contains(element)) return null;
    const walker = this.root.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let first: number | undefined;
    let last: number | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = this.indexOfNode.get(node as Text);
      if (i === undefined) continue;
      first ??= i;
      last = i;
    }
    if (first === undefined || last === undefined) return null;
    return { start: this.starts[first] as number, end: (this.starts[last] as number) + (this.nodes[last] as Text).data.length };
  }

  /**
   * The viewport tops (px) of the text at each of `offsets`, estimated from the box of the block holding
   * it (the root's child element), in proportion to where the offset lies in the block's text.
   * Unlike measuring a Range, this lays out nothing inside blocks skipped by
   * `content-visibility: auto` and leaves no live Range behind (each live Range slows every later
   * DOM change until it is collected): right for overviews such as the margin map, which place
   * thousands of passages. Null when the offset is in no block. Each block is measured once per
   * call, however many offsets lie in it.
   */
  topsOf(offsets: readonly number[]): (number | null)[] {
    const blocks = this.blockSpans();
    const boxes = new Map<Element, DOMRect>();
    return offsets.map((offset) => {
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((blocks[mid] as BlockSpan).start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const block = blocks[lo];
      if (!block || offset < block.start || offset > block.end) return null;
      let box = boxes.get(block.element);
      if (!box) boxes.set(block.element, (box = block.element.getBoundingClientRect()));
      return box.top + (box.height * (offset - block.start)) / Math.max(1, block.end - block.start);
    });
  }

  private blocks: BlockSpan[] | null = null;

  /** The root's child elements that hold text, with their spans, in text order; built on first use. */
  private blockSpans(): BlockSpan[] {
    this.blocks ??= Array.from(this.root.children).flatMap((element) => {
      const span = this.spanOf(element);
      return span ? [{ ...span, element }] : [];
    });
    return this.blocks;
  }

  /** Text offset of a DOM boundary point inside the root, or null when it is outside. */
  offsetOf(container: Node, offset: number): number | null {
    if (!this.root.contains(container)) return null;
    if (container.nodeType === Node.TEXT_NODE) {
      const i = this.indexOfNode.get(container as Text);
      return i === undefined ? null : (this.starts[i] as number) + offset;
    }
    // An element boundary: the offset of the first text node at or after the child at `offset`.
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(container, offset);
    probe.collapse(true);
    for (let i = 0; i < this.nodes.length; i++) {
      const nodeRange = this.root.ownerDocument.createRange();
      nodeRange.selectNode(this.nodes[i] as Text);
      if (probe.compareBoundaryPoints(Range.START_TO_START, nodeRange) <= 0) return this.starts[i] as number;
    }
    return this.text.length;
  }

  private locate(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    if (this.nodes.length === 0) return null;
    // Last node starting at or before the offset; at a node boundary, an end prefers the earlier node.
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      const s = this.starts[mid] as number;
      if (s < offset || (s === offset && !preferEnd)) lo = mid;
      else hi = mid - 1;
    }
    const node = this.nodes[lo] as Text;
    return { node, offset: Math.min(offset - (this.starts[lo] as number), node.data.length) };
  }
}

/** The text offset under a viewport point, using whichever caret API the browser has. */
export function caretOffsetAt(map: DomTextMap, x: number, y: number): number | null {
  const doc = map.root.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? map.offsetOf(pos.offsetNode, pos.offset) : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? map.offsetOf(range.startContainer, range.startOffset) : null;
  }
  return null;
}

/**
 * The reader's live selection within the article, as a span without surrounding white space,
 * with the range it came from; null when nothing of the article (or only white space) is selected.
 */
export function selectedSpan(map: DomTextMap, selection: Selection | null = document.getSelection()): { span: TextSpan; range: Range } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const raw = map.fromRange(range);
  const span = raw && trimSpan(map.text, raw);
  return span ? { span, range } : null;
}

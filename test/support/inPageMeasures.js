// Measures of what a page draws, run in the page (loaded by test/support/pageMeasures.ts, and named apart from it
// so that an import of pageMeasures finds the TypeScript): plain browser JavaScript, so nothing a TypeScript loader
// adds to functions reaches the page.
'use strict';

window.pageMeasures = {
  /**
   * The contrast of every visible run of text inside the elements `selector` selects: the text's computed colour
   * over the first opaque background behind it (translucent layers blended in, white underneath), by WCAG 2's
   * relative luminance.
   */
  contrasts: function (selector) {
    const parse = (css) => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a === undefined ? 1 : a];
    };
    const over = (top, bottom) => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const channel = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    const luminance = (c) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    const backgroundOf = (element) => {
      const layers = [];
      for (let e = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const css = (c) => 'rgb(' + c.slice(0, 3).map(Math.round).join(', ') + ')';
    const found = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent || '').trim();
        const element = node.parentElement;
        if (text === '' || !element) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || element.getClientRects().length === 0 || Number(style.opacity) === 0) continue;
        const background = backgroundOf(element);
        const color = over(parse(style.color), background);
        const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a);
        found.push({ text: text.slice(0, 80), color: css(color), background: css(background), ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 });
      }
    }
    return found;
  },

  /** What inside `element` (itself included) is wider than its box and cut off or scrolled: a text that does not wrap. */
  clipped: function (element) {
    return [element].concat(Array.from(element.querySelectorAll('*'))).filter(function (e) {
      return e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible';
    }).length;
  },

  /** The element that scrolls the conversation around `element`: its nearest scrolling ancestor, else the page. */
  scroller: function (element) {
    for (let e = element.parentElement; e; e = e.parentElement) {
      const overflow = getComputedStyle(e).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight + 1) {
        return { scrollHeight: e.scrollHeight, clientHeight: e.clientHeight, scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, top: e.getBoundingClientRect().top };
      }
    }
    const page = document.documentElement;
    return { scrollHeight: page.scrollHeight, clientHeight: window.innerHeight, scrollWidth: page.scrollWidth, clientWidth: window.innerWidth, top: 0 };
  },
};

import { UI_CSS } from '../ui/styles';

/** Tag names of everything Recruit Radar puts into a page; the mutation observer ignores them. */
export const BADGE_TAG = 'recruit-radar-badge';
export const PANEL_TAG = 'recruit-radar-panel';
export const isOwnNode = (n: Node): boolean => n.nodeType === 1 && (n as Element).localName.startsWith('recruit-radar-');

let sheet: CSSStyleSheet | undefined | null;
function sharedSheet(): CSSStyleSheet | undefined {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
    } catch {
      sheet = null;
    }
  }
  return sheet ?? undefined;
}

/**
 * A host element with a CLOSED shadow root: page scripts cannot reach inside (host.shadowRoot is
 * null for them), and page CSS does not apply inside. The host carries data-risk-level for
 * automated checks; `all: initial !important` inline undoes most page styling of the host itself.
 */
export function createHost(tag: string, display: 'block' | 'inline-block' = 'block'): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement(tag);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', display, 'important');
  // delegatesFocus: focusing the host (e.g. when the panel closes) focuses the badge button inside.
  const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const s = sharedSheet();
  let styled = false;
  if (s) {
    try {
      // Constructed sheets are not subject to the page's CSP style-src, unlike a <style> element.
      root.adoptedStyleSheets = [s];
      styled = true;
    } catch {
      /* Firefox content scripts may refuse cross-compartment arrays; fall back below. */
    }
  }
  if (!styled) {
    const style = document.createElement('style');
    style.textContent = UI_CSS;
    root.append(style);
  }
  const mount = document.createElement('div');
  mount.className = 'rr-root';
  root.append(mount);
  return { host, root, mount };
}

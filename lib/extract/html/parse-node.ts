import { Window } from 'happy-dom';

/**
 * Node only (CLI, tests): parse an HTML string into a Document with happy-dom, with everything
 * that could run or fetch switched off. Saved pages are untrusted: their scripts must never run
 * and their stylesheets, scripts, frames and images must never be requested. The content script
 * never imports this file; it reads the live `document`.
 */
export function parseHtmlInNode(html: string, url?: string): Document {
  const win = new Window({
    url: validUrl(url) ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      enableImageFileLoading: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  // DOMParser documents never run scripts (HTML standard), on top of the settings above.
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

/** happy-dom throws on an unparsable address; a CLI user may pass anything. */
function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

import { h, render } from 'preact';
import type { Evidence } from '../../engine/document';
import type { Verdict } from '../../engine/index';
import type { Resource } from '../resources';
import { VerdictPanel } from '../ui/VerdictPanel';
import { UI_DIR, UI_LANG } from '../ui/strings';
import { PANEL_TAG, createHost } from './host-element';

export interface PanelContent {
  key: string;
  verdict: Verdict;
  title?: string;
  origin: 'page' | 'selection';
  resources: Resource[];
  locale: string;
  onShowEvidence?: (e: Evidence) => boolean;
}

/**
 * The floating explanation panel (one at a time), in its own closed shadow root at the end of
 * the document. A non-modal dialog: focus moves to its heading when it opens and back to the
 * badge when it closes; Escape closes it.
 */
export class FloatingPanel {
  private host?: ReturnType<typeof createHost>;
  private current?: PanelContent;
  private returnTo?: HTMLElement;

  constructor(private onClosed: () => void) {}

  get openKey(): string | undefined {
    return this.host?.host.isConnected ? this.current?.key : undefined;
  }

  open(content: PanelContent, returnTo?: HTMLElement): void {
    this.current = content;
    this.returnTo = returnTo;
    if (!this.host?.host.isConnected) {
      this.host = createHost(PANEL_TAG);
      document.documentElement.append(this.host.host);
    }
    this.host.host.setAttribute('data-risk-level', content.verdict.level);
    render(
      h(
        'div',
        {
          class: 'rr-float',
          role: 'dialog',
          'aria-modal': 'false',
          'aria-labelledby': 'rr-float-h',
          lang: UI_LANG,
          dir: UI_DIR,
          onKeyDown: (e: KeyboardEvent) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              this.close();
            }
          },
        },
        h(VerdictPanel, {
          verdict: content.verdict,
          title: content.title,
          origin: content.origin,
          resources: content.resources,
          headingId: 'rr-float-h',
          onClose: () => this.close(),
          onShowEvidence: content.onShowEvidence,
        }),
      ),
      this.host.mount,
    );
    (this.host.root.getElementById('rr-float-h') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.host) return;
    render(null, this.host.mount);
    this.host.host.remove();
    this.host = undefined;
    this.current = undefined;
    // Badge hosts delegate focus, so focusing the host focuses the badge button inside it.
    this.returnTo?.focus?.();
    this.returnTo = undefined;
    this.onClosed();
  }
}

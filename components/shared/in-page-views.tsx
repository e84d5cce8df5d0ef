import { render } from 'preact';
import { AssistantStatus } from '../assistant/AssistantStatus';
import { mountScopeAssistant } from '../assistant/mount-assistant';
import { STATUS_CSS } from '../assistant/status-css';
import { RealmBanner } from '../banner/RealmBanner';
import { BANNER_CSS } from '../banner/banner-css';
import { realmBannerProps } from '../banner/realm-banner-input';
import { CaptureControl } from '../capture/CaptureControl';
import { CAPTURE_CSS } from '../capture/capture-css';
import { SecretLost } from '../capture/SecretLost';
import type { InPageUiModule, InPageView, InPageViews } from './in-page-ui';

// What in-page-ui.js registers: for each ocg-* host's view its stylesheet, how it draws and the
// data-* it alone can tell; and the scope assistant.

type Draw<K extends keyof InPageViews> = (props: InPageViews[K], root: HTMLElement) => Record<string, string>;

const VIEWS: { [K in keyof InPageViews]: { css: string; draw: Draw<K> } } = {
  'realm-banner': {
    css: BANNER_CSS,
    draw(input, root) {
      const props = realmBannerProps(input);
      render(<RealmBanner {...props} />, root);
      return { availability: props.availability };
    },
  },
  capture: {
    css: CAPTURE_CSS,
    draw(props, root) {
      render(<CaptureControl {...props} />, root);
      return {};
    },
  },
  'secret-lost': {
    css: CAPTURE_CSS,
    draw(props, root) {
      render(<SecretLost {...props} />, root);
      return {};
    },
  },
  'assistant-status': {
    css: STATUS_CSS,
    draw(props, root) {
      render(<AssistantStatus {...props} />, root);
      return {};
    },
  },
};

export const inPageUi: InPageUiModule = Object.freeze({
  cssOf: (kind: InPageView['kind']) => VIEWS[kind].css,
  render: (view: InPageView, root: HTMLElement) => (VIEWS[view.kind].draw as Draw<typeof view.kind>)(view.props, root),
  clear: (root: HTMLElement) => render(null, root),
  mountScopeAssistant,
});

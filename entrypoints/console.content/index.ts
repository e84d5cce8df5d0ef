import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://cloud.oracle.com/*'],
  allFrames: true,
  main() {},
});

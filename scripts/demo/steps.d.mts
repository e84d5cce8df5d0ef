/** One step of the demo's walk (scripts/demo/steps.mjs); `run` is typed loosely: only the demo calls it. */
export interface DemoStep {
  name: string;
  caption: string;
  /** Also an image of the documentation (docs/images/demo-<name>.png). */
  docs?: boolean;
  run(demo: unknown): Promise<unknown>;
}

export declare const DEMO_STEPS: readonly DemoStep[];

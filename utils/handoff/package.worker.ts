import { runPackageJob, type PackageJob } from './package-job';

// The Web Worker that seals and opens handoff packages, so that scrypt (seconds at age's default
// work factor) never blocks a page. One worker per job: the page terminates it to cancel.
// Started by package-job-client.ts; browser Worker API only.

interface WorkerScope {
  onmessage: ((event: MessageEvent<PackageJob>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void runPackageJob(event.data).then((reply) => scope.postMessage(reply));
};

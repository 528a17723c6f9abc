/**
 * Worker thread entry for --jobs N: runs the tasks the main thread sends (a few per
 * message, pool.ts) one at a time, and sends results back together: after the last task
 * of a message, or as soon as RESULTS_MS have passed since the last send, so that a slow
 * file does not hold back the results of the files before it, nor their outputs (with
 * output to stdout) pile up here.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type Task, type TaskConfig, type TaskResult } from "./task.js";

const RESULTS_MS = 20;

const config = workerData as TaskConfig;
parentPort!.on("message", (tasks: Task[]) => {
  let results: TaskResult[] = [];
  let sent = performance.now();
  for (const task of tasks) {
    results.push(runTask(task, config));
    if (performance.now() - sent >= RESULTS_MS) {
      parentPort!.postMessage(results);
      results = [];
      sent = performance.now();
    }
  }
  if (results.length) parentPort!.postMessage(results);
});

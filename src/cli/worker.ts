/** Worker thread entry for --jobs N: runs tasks sent by the main thread, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type Task, type TaskConfig } from "./task.js";

const config = workerData as TaskConfig;
parentPort!.on("message", (task: Task) => {
  parentPort!.postMessage(runTask(task, config));
});

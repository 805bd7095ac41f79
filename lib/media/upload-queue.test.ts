import { describe, expect, it } from "vitest";
import { BoundedQueue } from "./upload-queue";

/** A task that runs until `finish` is called, recording when it started. */
function controlledTask(started: string[], name: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = () => resolve(name);
    fail = reject;
  });
  return {
    run: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(),
    fail: (error: Error) => fail(error),
  };
}

/** Lets every promise callback that is ready run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("BoundedQueue", () => {
  it("gives running + waiting places and refuses the next one, until a place is left", () => {
    const queue = new BoundedQueue({ running: 2, waiting: 4 });
    const places = Array.from({ length: 6 }, () => queue.tryEnter());
    expect(places.every((place) => place !== null)).toBe(true);
    expect(queue.tryEnter()).toBeNull();
    expect(queue.size).toBe(6);
    places[0]!.leave();
    places[0]!.leave();
    expect(queue.size).toBe(5);
    expect(queue.tryEnter()).not.toBeNull();
    expect(queue.tryEnter()).toBeNull();
  });

  it("runs at most `running` tasks at once, the others in the order they asked", async () => {
    const queue = new BoundedQueue({ running: 2, waiting: 4 });
    const started: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((name) => controlledTask(started, name));
    const outcomes = Promise.allSettled(
      tasks.map((task) => {
        const place = queue.tryEnter()!;
        return place.run(task.run).finally(() => place.leave());
      }),
    );
    await settle();
    expect(started).toEqual(["a", "b"]);
    tasks[1]!.finish();
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    tasks[0]!.fail(new Error("decode failed"));
    await settle();
    expect(started).toEqual(["a", "b", "c", "d"]);
    tasks[2]!.finish();
    tasks[3]!.finish();
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(["rejected", "fulfilled", "fulfilled", "fulfilled"]);
    expect(queue.size).toBe(0);
  });

  it("a place that left cannot run a task", async () => {
    const queue = new BoundedQueue({ running: 1, waiting: 0 });
    const place = queue.tryEnter()!;
    place.leave();
    await expect(place.run(async () => "x")).rejects.toThrow();
    expect(queue.tryEnter()).not.toBeNull();
  });
});

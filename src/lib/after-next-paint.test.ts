import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

let frames: FrameRequestCallback[] = [];
const drawFrame = () => frames.splice(0).forEach((frame) => frame(performance.now()));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => {
    frames[id - 1] = () => undefined;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('afterNextPaint', () => {
  it('runs the task in a task of its own after the next frame, not before', () => {
    const task = vi.fn();
    afterNextPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled(); // no frame yet
    drawFrame();
    expect(task).not.toHaveBeenCalled(); // not inside the frame's own callbacks
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before the frame and between the frame and the task', () => {
    const early = vi.fn();
    afterNextPaint(early)();
    drawFrame();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterNextPaint(late);
    drawFrame();
    cancel();
    vi.runAllTimers();
    expect(late).not.toHaveBeenCalled();
  });
});

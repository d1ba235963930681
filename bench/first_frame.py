#!/usr/bin/env python3
"""What a program costs until its first frame in an 80x24 pseudo-terminal: page faults and peak memory
read from /proc while it waits after drawing, or (--callgrind) the instructions counted by valgrind from
exec to the first frame (the program is then ended with SIGTERM; what it does to end is counted too).

    bench/first_frame.py [--callgrind] [--runs N] PROGRAM ARG...

Instruction counts are stable from run to run on a busy machine, unlike times, so they are what to
compare when a change is small.
"""
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Terminal, callgrind_first_frame, proc_costs  # noqa: E402


def first_frame_costs(argv):
    """(seconds to the first frame, minor faults, major faults, peak KiB) of one run."""
    terminal = Terminal(argv)
    elapsed = terminal.settle(terminal.started)
    minor, major, peak = proc_costs(terminal.pid)
    terminal.close()
    return elapsed, minor, major, peak


def main():
    args = sys.argv[1:]
    grind = "--callgrind" in args
    args = [a for a in args if a != "--callgrind"]
    runs = 9
    if args[:1] == ["--runs"]:
        runs, args = int(args[1]), args[2:]
    if grind:
        print(f"instructions to first frame: {callgrind_first_frame(args) / 1e6:.2f} M")
        return
    results = [first_frame_costs(args) for _ in range(runs)]
    print(f"first frame {statistics.median(r[0] for r in results) * 1000:.2f} ms, "
          f"minor faults {statistics.median(r[1] for r in results):.0f}, "
          f"major faults {statistics.median(r[2] for r in results):.0f}, "
          f"peak RSS {statistics.median(r[3] for r in results) / 1024:.1f} MiB (median of {runs})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""What a program costs until its first frame in an 80x24 pseudo-terminal: page faults and peak memory
read from /proc while it waits after drawing, or (--callgrind) the instructions counted by valgrind from
exec to the first frame (the program is then ended with SIGTERM; its tear-down is a few thousand
instructions).

    bench/first_frame.py [--callgrind] [--runs N] PROGRAM ARG...

Instruction counts are stable from run to run on a busy machine, unlike times, so they are what to
compare when a change is small.
"""
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Terminal  # noqa: E402


def proc_costs(pid):
    """Minor and major page faults so far and peak resident memory (KiB) of a running process."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    minor, major = int(fields[7]), int(fields[9])
    peak = 0
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    return minor, major, peak


def first_frame_costs(argv):
    """(seconds to the first frame, minor faults, major faults, peak KiB) of one run."""
    terminal = Terminal(argv)
    elapsed = terminal.settle(terminal.started)
    minor, major, peak = proc_costs(terminal.pid)
    terminal.close()
    return elapsed, minor, major, peak


def callgrind_instructions(argv):
    """Instructions from exec to the first frame, counted by callgrind (slow: one run is enough)."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        terminal = Terminal(["/usr/bin/valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                             "--log-file=/dev/null"] + argv, quiet=3.0)
        terminal.settle(terminal.started)
        terminal.close()
        with open(out) as data:
            for line in data:
                if line.startswith("summary:") or line.startswith("totals:"):
                    return int(line.split()[1])
    return None


def main():
    args = sys.argv[1:]
    grind = "--callgrind" in args
    args = [a for a in args if a != "--callgrind"]
    runs = 9
    if args[:1] == ["--runs"]:
        runs, args = int(args[1]), args[2:]
    if grind:
        print(f"instructions to first frame: {callgrind_instructions(args) / 1e6:.2f} M")
        return
    results = [first_frame_costs(args) for _ in range(runs)]
    print(f"first frame {statistics.median(r[0] for r in results) * 1000:.2f} ms, "
          f"minor faults {statistics.median(r[1] for r in results):.0f}, "
          f"major faults {statistics.median(r[2] for r in results):.0f}, "
          f"peak RSS {statistics.median(r[3] for r in results) / 1024:.1f} MiB (median of {runs})")


if __name__ == "__main__":
    main()

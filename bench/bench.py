#!/usr/bin/env python3
"""simguide benchmarks (`make bench`): start-up against dialog, keypress redraw, lint and path
enumeration as flows grow, and `simguide plan` end to end. Every figure is a median over several runs.

A frame is done when the program has written its screen and then stayed quiet for QUIET seconds; the
quiet wait itself is not counted.
"""
import os
import pty
import resource
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import fcntl
import termios

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("BENCH_BINARY", os.path.join(ROOT, ".build", "release", "simguide"))
QUIET = 0.05
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
STATE = tempfile.mkdtemp(prefix="simguide-bench-")
ENV = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_STATE_HOME=STATE)


class Terminal:
    """A program in an 80x24 pseudo-terminal."""

    def __init__(self, argv, quiet=QUIET):
        self.quiet = quiet
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(argv[0], argv, ENV)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.started = time.perf_counter()

    def settle(self, since):
        """Reads until QUIET seconds pass with no output; returns the time of the last byte after `since`."""
        last = None
        while True:
            ready, _, _ = select.select([self.fd], [], [], self.quiet)
            if not ready:
                if last is not None or time.perf_counter() - since > max(5, 100 * self.quiet):
                    return (last or time.perf_counter()) - since
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return (last or time.perf_counter()) - since
            if not data:
                return (last or time.perf_counter()) - since
            last = time.perf_counter()

    def key(self, data):
        sent = time.perf_counter()
        os.write(self.fd, data)
        return self.settle(sent)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            while True:
                os.read(self.fd, 65536)
        except OSError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


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


def first_frame(argv):
    """Seconds to the first frame, and the page faults (minor + major) and peak memory (KiB) by then."""
    terminal = Terminal(argv)
    elapsed = terminal.settle(terminal.started)
    minor, major, peak = proc_costs(terminal.pid)
    terminal.close()
    return elapsed, minor + major, peak


CALLGRIND_OUT = os.path.join(ROOT, ".build", "bench", "callgrind.out")
START_ORDER = os.path.join(ROOT, "bench", "start-order.txt")


def callgrind_first_frame(argv):
    """Instructions from exec to the first frame counted by valgrind's callgrind, stable on a busy machine
    where times are not; None without valgrind. Valgrind cannot read the Swift debug information, so it
    runs a copy without it, kept inside the checkout so that the bundled flow is found the same way. The
    counts stay in CALLGRIND_OUT, with symbol names as the linker sees them (not demangled)."""
    if not os.path.exists("/usr/bin/valgrind"):
        return None
    folder = os.path.dirname(CALLGRIND_OUT)
    os.makedirs(folder, exist_ok=True)
    copy = os.path.join(folder, os.path.basename(argv[0]))
    subprocess.run(["objcopy", "--strip-debug", argv[0], copy], check=True)
    terminal = Terminal(["/usr/bin/valgrind", "--tool=callgrind", "--demangle=no", f"--callgrind-out-file={CALLGRIND_OUT}",
                         "--log-file=/dev/null", copy] + argv[1:], quiet=3.0)
    terminal.settle(terminal.started)
    terminal.close()
    with open(CALLGRIND_OUT) as data:
        totals = [int(line.split()[1]) for line in data if line.startswith(("summary:", "totals:"))]
    return totals[0] if totals else None


def functions_run(callgrind_out=CALLGRIND_OUT):
    """The symbols of the functions a callgrind run counted, sorted; addresses without a name are left out,
    and valgrind's recursion marks ('2) removed."""
    names = set()
    with open(callgrind_out) as data:
        for line in data:
            if line.startswith(("fn=(", "cfn=(")) and ") " in line:
                name = line.split(") ", 1)[1].strip()
                if "'" in name:
                    name = name.rsplit("'", 1)[0]
                if not name.startswith("0x"):
                    names.add(name)
    return sorted(names)


def conformance_lookups(callgrind_out=CALLGRIND_OUT):
    """Calls into the Swift runtime's protocol-conformance look-up that a callgrind run counted. Before the
    first frame there should be none: the first look-up of a type scans every conformance record in the
    binary (docs/performance.md, fourth part)."""
    names, total, callee = {}, 0, None
    with open(callgrind_out) as data:
        for line in data:
            if line.startswith(("fn=(", "cfn=(")):
                ident, _, name = line.split("(", 1)[1].partition(")")
                if name.strip():
                    names[ident] = name.strip()
                callee = names.get(ident, "") if line.startswith("cfn=") else None
            elif line.startswith("calls=") and callee is not None:
                if callee.startswith("swift_conformsToProtocol"):
                    total += int(line[len("calls="):].split()[0])
                callee = None
    return total


def start_order_coverage():
    """(listed, run): how many of the functions the last callgrind run counted bench/start-order.txt lists."""
    with open(START_ORDER) as listed:
        ordered = {line.strip() for line in listed if line.strip() and not line.startswith("#")}
    run = functions_run()
    return sum(1 for name in run if name in ordered), len(run)


def stripped_size(path):
    """Bytes of `path` once stripped of symbols and debug information (as `make install` installs it)."""
    with tempfile.TemporaryDirectory() as folder:
        stripped = os.path.join(folder, "stripped")
        subprocess.run(["strip", "-o", stripped, path], check=True)
        return os.path.getsize(stripped)


def ms(seconds):
    return f"{seconds * 1000:.2f} ms"


def timed(argv):
    """Wall time and peak memory (KiB) of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = status
    return elapsed, usage.ru_maxrss


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"bench: build the release binary first (make build): {BINARY} is missing")
    rows = []
    dialog = "/usr/bin/dialog" if os.path.exists("/usr/bin/dialog") else None
    simguide_argv = [BINARY, "--no-save", "--lang", "en"]
    dialog_argv = [dialog, "--menu", "Which carrier is it?", "20", "70", "10", "1", "Orange", "2", "SFR",
                   "3", "Bouygues Telecom", "4", "Free Mobile", "5", "Lebara", "6", "Lycamobile", "7", "Other"] if dialog else None
    ours, theirs = [], []
    for _ in range(RUNS):  # alternate, so both see the same machine state
        ours.append(first_frame(simguide_argv))
        if dialog_argv:
            theirs.append(first_frame(dialog_argv))
    ours_median = statistics.median(t for t, _, _ in ours)
    rows.append(("first frame, simguide (80x24)", ms(ours_median)))
    if theirs:
        theirs_median = statistics.median(t for t, _, _ in theirs)
        rows.append(("first frame, dialog --menu (80x24)", ms(theirs_median)))
        rows.append(("ratio simguide / dialog (target <= 1.0)", f"{ours_median / theirs_median:.2f}"))
    for name, runs in [("simguide", ours), ("dialog --menu", theirs)]:
        if runs:
            faults = statistics.median(f for _, f, _ in runs)
            peak = statistics.median(p for _, _, p in runs) / 1024
            rows.append((f"page faults and peak memory at the first frame, {name}" + (" (target <= 10 MiB)" if runs is ours else ""),
                         f"{faults:.0f} faults, {peak:.1f} MiB"))
    instructions = callgrind_first_frame(simguide_argv)
    if instructions:
        rows.append(("instructions from exec to the first frame, simguide (callgrind)", f"{instructions / 1e6:.1f} M"))
        rows.append(("run-time conformance look-ups before the first frame (target 0)", f"{conformance_lookups()}"))
        if os.path.exists(START_ORDER):
            listed, run = start_order_coverage()
            rows.append(("functions run to the first frame listed in bench/start-order.txt (make start-order)",
                         f"{listed} of {run}"))
    rows.append(("release binary, stripped (target <= 20 MB)", f"{stripped_size(BINARY) / 1e6:.1f} MB"))
    if dialog:
        rows.append(("dialog, stripped as installed", f"{os.path.getsize(dialog) / 1e6:.2f} MB"))

    terminal = Terminal(simguide_argv)
    terminal.settle(terminal.started)
    question = [terminal.key(b"\x1b[B" if i % 2 == 0 else b"\x1b[A") for i in range(RUNS * 2)]
    for key in [b"\r", b"1", b"\r", b"\r", b"\r", b"1"]:  # cancel, France, Orange, keep, abroad: the plan
        terminal.key(key)
    plan = [terminal.key(b"\x1b[B" if i % 2 == 0 else b"\x1b[A") for i in range(RUNS * 2)]
    terminal.close()
    rows.append(("keypress redraw, question screen (target < 2 ms)", ms(statistics.median(question))))
    rows.append(("keypress redraw, plan screen (target < 2 ms)", ms(statistics.median(plan))))

    lint = [timed([BINARY, "lint"]) for _ in range(RUNS)]
    rows.append(("lint + all paths, bundled flow (target < 100 ms)", ms(statistics.median(t for t, _ in lint))))
    paths = [timed([BINARY, "paths", "--count"]) for _ in range(RUNS)]
    rows.append(("path enumeration, bundled flow", ms(statistics.median(t for t, _ in paths))))
    answers = ["--answer", "action=cancel", "--answer", "region=fr", "--answer", "carrier=free",
               "--answer", "card_type=keep", "--answer", "abroad=yes"]
    plan_runs = [timed([BINARY, "plan"] + answers) for _ in range(RUNS)]
    rows.append(("simguide plan, one path end to end", ms(statistics.median(t for t, _ in plan_runs))))

    folder = tempfile.mkdtemp(prefix="simguide-bench-flows-")
    for size in [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",")]:
        path = os.path.join(folder, f"flow-{size}.yaml")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_flow.py"), str(size), path], check=True)
        runs = [timed([BINARY, "lint", path]) for _ in range(3)]
        elapsed = statistics.median(t for t, _ in runs)
        memory = max(m for _, m in runs) / 1024
        rows.append((f"lint + all paths, {size} questions and rules (10k target < 1 s, < 200 MB)",
                     f"{ms(elapsed)}, {memory:.0f} MB"))

    width = max(len(name) for name, _ in rows)
    print(f"simguide benchmarks, {RUNS} runs each (median), {time.strftime('%Y-%m-%d')}")
    for name, value in rows:
        print(f"  {name.ljust(width)}  {value}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes simguide's man page, simguide.1.

The body is generated from the command definitions by swift-argument-parser's generate-manual tool (the
tool behind its GenerateManual plugin); this script then turns the exit codes listed in the root
command's help into an EXIT STATUS section, and adds the hand-written sections of
dist/simguide.1.sections (environment, files, the answers file, the flow format).

Usage: scripts/manpage.py GENERATE_MANUAL SIMGUIDE DATE PREFIX OUTPUT
(PREFIX is where the page says the flow and the documentation are installed, such as /usr.)
"""
import pathlib
import re
import subprocess
import sys


def exit_status(lines):
    """The EXIT STATUS section from the 'Exit codes:' lines: `  N  text` items, continued by deeper lines."""
    items = []
    for line in lines:
        match = re.match(r"^  (\S+)\s+(.*)$", line)
        if match:
            items.append([match.group(1), match.group(2)])
        elif items and line.strip():
            items[-1][1] += " " + line.strip()
    out = [".Sh EXIT STATUS", ".Bl -tag -width 128+N"]
    for code, text in items:
        out += [f".It {code}", text]
    return out + [".El"]


def main():
    generator, binary, date, prefix, output = sys.argv[1:6]
    page = subprocess.run([generator, binary, "--date", date, "--section", "1", "-o", "-"],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    start = page.index("Exit codes:")
    end = next(i for i in range(start + 1, len(page)) if page[i].startswith("."))
    codes = page[start + 1:end]
    # The generic '.Ex -std' ("exits 0 on success, >0 on error") gives way to the real list.
    tail = page.index('.Sh "EXIT STATUS"')
    here = pathlib.Path(__file__).resolve().parent.parent
    sections = (here / "dist" / "simguide.1.sections").read_text().splitlines()
    see_also = [".Sh SEE ALSO", "The README and CONTRIBUTING.md in", ".Pa PREFIX/share/doc/simguide/ ;",
                ".Xr ncurses 3X"]
    while page[start - 1] == "":
        start -= 1
    body = page[:start] + page[end:tail] + exit_status(codes) + sections + see_also
    # mdoc wants a paragraph macro, not an empty line, between paragraphs of a discussion.
    body = [".Pp" if line == "" else line.replace("PREFIX/", prefix.rstrip("/") + "/") for line in body]
    pathlib.Path(output).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(output).write_text("\n".join(body) + "\n")


if __name__ == "__main__":
    main()

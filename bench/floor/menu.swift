// The floor for a Swift program's first frame: an ncurses menu of seven items in a box, like the
// `dialog --menu` that `make bench` compares with, and nothing else (no Foundation unless FOUNDATION is
// defined, no flow, no arguments). Built by bench/floor/build.sh; see docs/performance.md.
#if FOUNDATION
import Foundation
#endif
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

setlocale(LC_ALL, "")
initscr()
cbreak()
noecho()
keypad(stdscr, true)
curs_set(0)
let reverse: Int32 = 1 << 18  // A_REVERSE, a macro Swift cannot import
let items = ["Orange", "SFR", "Bouygues Telecom", "Free Mobile", "Lebara", "Lycamobile", "Other"]
let window = newwin(20, 70, 2, 5)
box(window, 0, 0)
mvwaddstr(window, 1, 2, "Which carrier is it?")
for (index, item) in items.enumerated() {
    if index == 0 { wattron(window, reverse) }
    mvwaddstr(window, Int32(3 + index), 4, "\(index + 1)  \(item)")
    if index == 0 { wattroff(window, reverse) }
}
#if FOUNDATION
mvwaddstr(window, 18, 2, ProcessInfo.processInfo.environment["TERM"] ?? "")
#endif
refresh()
wrefresh(window)
_ = getch()
endwin()

// The ncursesw API as Swift sees it. The wide-character API is switched on here, before curses.h
// (what `pkg-config ncursesw` would pass as -D flags, which SwiftPM refuses). Macros that Swift cannot
// import are wrapped in small inline functions.
#ifndef SIMGUIDE_CNCURSESW_SHIM_H
#define SIMGUIDE_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

static inline int simguide_lines(void) { return LINES; }
static inline int simguide_cols(void) { return COLS; }
static inline int simguide_color_pair(int n) { return COLOR_PAIR(n); }
static inline int simguide_key_resize(void) { return KEY_RESIZE; }
static inline int simguide_key_mouse(void) { return KEY_MOUSE; }
static inline int simguide_key_code_yes(void) { return KEY_CODE_YES; }
static inline int simguide_key_backspace(void) { return KEY_BACKSPACE; }
static inline int simguide_key_up(void) { return KEY_UP; }
static inline int simguide_key_down(void) { return KEY_DOWN; }
static inline int simguide_key_left(void) { return KEY_LEFT; }
static inline int simguide_key_right(void) { return KEY_RIGHT; }
static inline int simguide_key_enter(void) { return KEY_ENTER; }
static inline int simguide_key_ppage(void) { return KEY_PPAGE; }
static inline int simguide_key_npage(void) { return KEY_NPAGE; }
static inline int simguide_key_home(void) { return KEY_HOME; }
static inline int simguide_key_end(void) { return KEY_END; }
static inline mmask_t simguide_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline unsigned int simguide_a_bold(void) { return A_BOLD; }
static inline unsigned int simguide_a_reverse(void) { return A_REVERSE; }
static inline unsigned int simguide_a_dim(void) { return A_DIM; }
static inline unsigned int simguide_a_underline(void) { return A_UNDERLINE; }

#include <langinfo.h>
#include <string.h>

/// Starts curses on standard input and output; NULL when the terminal type is unknown (unlike initscr,
/// which would exit the process).
static inline SCREEN *simguide_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int simguide_keypad_on(void) { return keypad(stdscr, TRUE); }

/// Whether the character type locale is UTF-8.
static inline int simguide_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Draws a UTF-32 string at (y, x) with attributes; wide characters take two cells.
static inline int simguide_put(int y, int x, const wchar_t *text, int length, unsigned int attributes) {
    attr_t saved_attrs; short saved_pair;
    attr_get(&saved_attrs, &saved_pair, NULL);
    attrset(attributes);
    int result = mvaddnwstr(y, x, text, length);
    attr_set(saved_attrs, saved_pair, NULL);
    return result;
}

/// Reads one key: a character in *ch (return OK) or a key code in *ch (return KEY_CODE_YES), ERR if none.
static inline int simguide_get_key(wint_t *ch) { return get_wch(ch); }

/// The row and column of the last mouse event, and what it was: 1 button 1 pressed, 2 wheel up, 3 wheel
/// down, 0 anything else. A release is 0, so one click is one action (mouseinterval(0) reports press and
/// release apart instead of a click).
static inline int simguide_mouse(int *y, int *x) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *y = event.y; *x = event.x;
    if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
    if (event.bstate & BUTTON1_PRESSED) return 1;
    return 0;
}

#endif

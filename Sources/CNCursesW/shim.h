/*
 * C shim for the system ncursesw library.
 *
 * - Enables the wide-character API (cchar_t, setcchar, wadd_wch, wget_wch) by
 *   defining _XOPEN_SOURCE_EXTENDED before including curses.h. SwiftPM drops
 *   pkg-config's -D flags, so they must live here.
 * - Exposes through accessor functions what Swift 6 rejects (mutable globals
 *   such as stdscr, LINES, COLS) or cannot import (function-like macros such as
 *   COLOR_PAIR and the A_* attribute bits).
 * - Holds the async-signal-safe terminal restore machinery. Its state lives in
 *   function-local statics of static inline functions; every function that
 *   touches that state must be called from ONE Swift source file
 *   (TerminalUI/TerminalRestorer.swift), because each Swift object file that
 *   uses a static inline function gets its own copy of it.
 */
#ifndef COSTSCOPE_CNCURSESW_SHIM_H
#define COSTSCOPE_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <ncursesw/curses.h>

/* MARK: - Globals Swift 6 rejects */

static inline WINDOW *cs_stdscr(void) { return stdscr; }
static inline WINDOW *cs_curscr(void) { return curscr; }
static inline int cs_lines(void) { return LINES; }
static inline int cs_cols(void) { return COLS; }
static inline int cs_colors(void) { return COLORS; }
static inline int cs_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cs_stdout(void) { return stdout; }
static inline FILE *cs_stdin(void) { return stdin; }

/* MARK: - Macros Swift cannot import */

static inline attr_t cs_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t cs_attr_normal(void) { return (attr_t)A_NORMAL; }
static inline attr_t cs_attr_bold(void) { return (attr_t)A_BOLD; }
static inline attr_t cs_attr_reverse(void) { return (attr_t)A_REVERSE; }
static inline attr_t cs_attr_underline(void) { return (attr_t)A_UNDERLINE; }
static inline int cs_key_f(int n) { return KEY_F(n); }
static inline int cs_err(void) { return ERR; }
static inline int cs_ok(void) { return OK; }

/* MARK: - Mouse (button masks are macros Swift cannot import) */

static inline mmask_t cs_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cs_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cs_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cs_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t cs_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/* The codeset of the current LC_CTYPE locale, e.g. "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *cs_codeset(void) { return nl_langinfo(CODESET); }

/*
 * Whether a terminfo string capability is present (not NULL and not the
 * (char *)-1 "not a string capability" marker).
 */
static inline const char *cs_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

/* Fills a cchar_t with up to `count` wide characters plus attributes and an
 * extended colour pair number. Returns OK or ERR. */
static inline int cs_setcchar(cchar_t *cell, const wchar_t *chars, int count, attr_t attrs, int pair) {
    wchar_t buffer[CCHARW_MAX + 1];
    if (count < 1) return ERR;
    if (count > CCHARW_MAX) count = CCHARW_MAX;
    memcpy(buffer, chars, (size_t)count * sizeof(wchar_t));
    buffer[count] = L'\0';
    short small_pair = (short)(pair < 0x7fff ? pair : 0x7fff);
    int extended_pair = pair;
    return setcchar(cell, buffer, attrs, small_pair, &extended_pair);
}

/* MARK: - Terminal restore on signals (async-signal-safe) */

#define CS_RESTORE_SIGNAL_MAX 32
#define CS_RESTORE_SEQUENCE_MAX 256

struct cs_restore_state {
    volatile sig_atomic_t armed;
    int installed;
    int output_fd;
    int termios_fd;
    int have_termios;
    struct termios termios;
    char sequence[CS_RESTORE_SEQUENCE_MAX];
    size_t sequence_length;
    int signal_count;
    int signals[CS_RESTORE_SIGNAL_MAX];
    int handled[CS_RESTORE_SIGNAL_MAX];
    struct sigaction previous[CS_RESTORE_SIGNAL_MAX];
    int atexit_registered;
};

static inline struct cs_restore_state *cs_restore_state(void) {
    static struct cs_restore_state state;
    return &state;
}

/* Writes the reset sequence and restores the saved termios, once. Only
 * async-signal-safe calls (write, tcsetattr). */
static inline void cs_restore_now(void) {
    struct cs_restore_state *state = cs_restore_state();
    if (!state->armed) return;
    state->armed = 0;
    size_t written = 0;
    while (written < state->sequence_length) {
        ssize_t result = write(state->output_fd, state->sequence + written, state->sequence_length - written);
        if (result > 0) {
            written += (size_t)result;
        } else if (result < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    if (state->have_termios) {
        (void)tcsetattr(state->termios_fd, TCSANOW, &state->termios);
    }
}

static inline void cs_restore_signal_handler(int signal_number) {
    int saved_errno = errno;
    struct cs_restore_state *state = cs_restore_state();
    cs_restore_now();
    /* Hand the signal to whoever had it before us (usually SIG_DFL, or the
     * Swift runtime's crash reporter) and deliver it again. The signal is
     * blocked while this handler runs, so it arrives right after we return;
     * a hardware fault simply re-faults into the previous handler. */
    for (int i = 0; i < state->signal_count; i++) {
        if (state->signals[i] == signal_number && state->handled[i]) {
            (void)sigaction(signal_number, &state->previous[i], NULL);
            state->handled[i] = 0;
        }
    }
    (void)raise(signal_number);
    errno = saved_errno;
}

static inline void cs_restore_at_exit(void) { cs_restore_now(); }

/*
 * Saves the termios of `termios_fd` (call before the terminal is put into raw
 * mode), arms the restore with `sequence` written to `output_fd`, and installs
 * handlers for termination and crash signals that are not ignored.
 * Returns 0 on success, -1 if the termios could not be read.
 */
static inline int cs_restore_install(int output_fd, int termios_fd, const char *sequence, size_t length) {
    struct cs_restore_state *state = cs_restore_state();
    /* Every signal whose default action ends the process: those a user or the system sends
     * to stop it (INT, TERM, HUP, QUIT, USR1, USR2, ALRM, VTALRM, PROF, XCPU, XFSZ, PIPE,
     * IO, PWR, SYS) and the crash signals (Swift traps raise SIGILL or SIGTRAP). */
    const int signals[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
        SIGPIPE, SIGSYS,
#ifdef SIGIO
        SIGIO,
#endif
#ifdef SIGPWR
        SIGPWR,
#endif
        SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP,
    };
    _Static_assert(sizeof signals / sizeof signals[0] <= CS_RESTORE_SIGNAL_MAX, "too many signals");
    const int count = (int)(sizeof signals / sizeof signals[0]);
    if (state->installed) return 0;
    state->output_fd = output_fd;
    state->termios_fd = termios_fd;
    state->have_termios = tcgetattr(termios_fd, &state->termios) == 0;
    if (length > CS_RESTORE_SEQUENCE_MAX) length = CS_RESTORE_SEQUENCE_MAX;
    memcpy(state->sequence, sequence, length);
    state->sequence_length = length;
    state->armed = 1;

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cs_restore_signal_handler;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < count; i++) sigaddset(&action.sa_mask, signals[i]);
    action.sa_flags = 0;

    state->signal_count = count;
    for (int i = 0; i < count; i++) {
        state->signals[i] = signals[i];
        state->handled[i] = 0;
        if (sigaction(signals[i], NULL, &state->previous[i]) != 0) continue;
        /* Respect signals the parent asked us to ignore (nohup, etc.). */
        if (!(state->previous[i].sa_flags & SA_SIGINFO) && state->previous[i].sa_handler == SIG_IGN) continue;
        if (sigaction(signals[i], &action, NULL) == 0) state->handled[i] = 1;
    }
    if (!state->atexit_registered) {
        state->atexit_registered = atexit(cs_restore_at_exit) == 0;
    }
    state->installed = 1;
    return state->have_termios ? 0 : -1;
}

/* Replaces the reset sequence (e.g. with the terminal's own terminfo strings
 * once they are known). Signals are blocked while the buffer changes. */
static inline void cs_restore_set_sequence(const char *sequence, size_t length) {
    struct cs_restore_state *state = cs_restore_state();
    sigset_t all, old;
    sigfillset(&all);
    (void)pthread_sigmask(SIG_BLOCK, &all, &old);
    if (length > CS_RESTORE_SEQUENCE_MAX) length = CS_RESTORE_SEQUENCE_MAX;
    memcpy(state->sequence, sequence, length);
    state->sequence_length = length;
    (void)pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Disarms the restore and puts back the previous signal handlers. */
static inline void cs_restore_uninstall(void) {
    struct cs_restore_state *state = cs_restore_state();
    if (!state->installed) return;
    state->armed = 0;
    for (int i = 0; i < state->signal_count; i++) {
        if (state->handled[i]) {
            (void)sigaction(state->signals[i], &state->previous[i], NULL);
            state->handled[i] = 0;
        }
    }
    state->installed = 0;
}

/* Restores the termios saved by cs_restore_install (outside signal context). */
static inline int cs_restore_termios(void) {
    struct cs_restore_state *state = cs_restore_state();
    if (!state->have_termios) return -1;
    return tcsetattr(state->termios_fd, TCSANOW, &state->termios);
}

#endif /* COSTSCOPE_CNCURSESW_SHIM_H */

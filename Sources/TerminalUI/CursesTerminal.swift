import CNCursesW
import Foundation
import TerminalKit

/// A full-screen ncurses session: the only place costscope touches the terminal.
///
/// Use it from one thread (it is deliberately not `Sendable`):
///
/// ```swift
/// let terminal = try CursesTerminal(options: TerminalOptions(theme: .dark))
/// defer { terminal.shutdown() }
/// while running {
///     terminal.draw(view(state, terminal.size, theme))
///     if let event = terminal.nextEvent(timeoutMilliseconds: 100) { handle(event) }
/// }
/// ```
///
/// ``draw(_:)`` sends only the cells that changed since the previous frame.
/// The terminal is restored by ``shutdown()``, on deinit, and — through signal
/// handlers and `atexit` — on every signal whose default action ends the
/// process (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGALRM, ...) and crashes.
public final class CursesTerminal {
    /// Whether the locale lets the app draw Unicode (box drawing, blocks,
    /// Cyrillic, CJK). When `false`, draw ASCII only; stray non-ASCII text is
    /// shown as `?`. Forced by ``TerminalOptions/ascii`` when that is not `nil`.
    public let unicodeOK: Bool
    /// The colour depth in use, after ``TerminalOptions/colorMode``, `NO_COLOR`
    /// and the terminal's capabilities.
    public let colorDepth: ColorDepth
    /// The terminfo name of the terminal, e.g. `xterm-256color`.
    public let terminalType: String
    /// Whether mouse reporting is on (``TerminalOptions/mouse``); it is switched off again by
    /// ``shutdown()`` and by the signal-safe restore.
    public let mouseReporting: Bool

    private let device: TerminalDevice
    private var screen: OpaquePointer?
    private(set) var outputFile: UnsafeMutablePointer<FILE>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var renderer: FrameRenderer
    private var screenSize: TerminalSize
    private var inputTimeout: Int32 = -1
    private var scalars = [wchar_t](repeating: 0, count: 8)
    /// Written after `endwin()` on terminals without an alternate screen (see ``clearOnExitSequence()``).
    private let clearOnExit: [UInt8]?

    /// Starts a session on the process's standard input and output.
    ///
    /// - Throws: ``TerminalError`` when stdin or stdout is not a terminal,
    ///   `TERM` is unset or unknown, or another session is active.
    public convenience init(options: TerminalOptions) throws {
        try self.init(options: options, device: .standardStreams)
    }

    /// Starts a session on `device`.
    ///
    /// - Throws: ``TerminalError``.
    public init(options: TerminalOptions, device: TerminalDevice) throws {
        guard SessionGuard.acquire() else { throw TerminalError.sessionAlreadyActive }
        var releaseOnFailure = true
        defer { if releaseOnFailure { SessionGuard.release() } }

        let type: String
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        switch device {
        case .standardStreams:
            guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.inputNotATerminal }
            guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.outputNotATerminal }
            guard let value = getenv("TERM").map({ String(cString: $0) }), !value.isEmpty else {
                throw TerminalError.terminalTypeUnset
            }
            guard let standardOutput = cs_stdout(), let standardInput = cs_stdin() else {
                throw TerminalError.outputNotATerminal
            }
            type = value
            output = standardOutput
            input = standardInput
        case .files(let outputPath, let inputPath, let terminalType):
            guard let opened = fopen(outputPath, "w") else {
                throw TerminalError.cannotOpenFile(path: outputPath, reason: String(cString: strerror(errno)))
            }
            guard let openedInput = fopen(inputPath, "r") else {
                let reason = String(cString: strerror(errno))
                fclose(opened)
                throw TerminalError.cannotOpenFile(path: inputPath, reason: reason)
            }
            type = terminalType
            output = opened
            input = openedInput
        }
        let ownsFiles = device != .standardStreams
        func closeFiles() {
            if ownsFiles {
                fclose(output)
                fclose(input)
            }
        }

        let localeIsUTF8 = TerminalLocale.configure()
        if device == .standardStreams {
            fflush(output)
            TerminalRestorer.install(outputDescriptor: fileno(output), termiosDescriptor: fileno(input))
        }
        guard let newScreen = newterm(type, output, input) else {
            if device == .standardStreams { TerminalRestorer.uninstall() }
            closeFiles()
            throw TerminalError.unknownTerminalType(type)
        }
        guard cs_tigetstr("cup") != nil else {
            endwin()
            delscreen(newScreen)
            if device == .standardStreams {
                TerminalRestorer.restoreTermios()
                TerminalRestorer.uninstall()
            }
            closeFiles()
            throw TerminalError.unsupportedTerminalType(type)
        }

        let window = cs_stdscr()
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        Self.defineCommonKeySequences()
        leaveok(window, true)
        wtimeout(window, -1)
        set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        curs_set(0)
        if options.mouse {
            mouseinterval(0)
            mousemask(MouseDecoder.reportedEvents, nil)
        }

        // ncurses 6.4 flushes after every cursor jump until the first endwin().
        // One empty update plus an endwin/refresh cycle, before anything is
        // drawn, makes every frame (the first one included) a single write().
        wnoutrefresh(window)
        doupdate()
        endwin()
        wrefresh(window)
        curs_set(0)

        let depth = Self.startColors(mode: options.colorMode)
        let defaultColors = depth != .none && use_default_colors() == cs_ok()

        let clearOnExit = Self.clearOnExitSequence()
        if device == .standardStreams {
            TerminalRestorer.setSequence(Self.resetSequence(mouse: options.mouse) + (clearOnExit ?? []))
        }

        self.device = device
        self.clearOnExit = clearOnExit
        self.screen = newScreen
        self.outputFile = ownsFiles ? output : nil
        self.inputFile = ownsFiles ? input : nil
        self.terminalType = type
        self.mouseReporting = options.mouse
        self.colorDepth = depth
        self.unicodeOK = options.ascii.map { !$0 } ?? localeIsUTF8
        self.screenSize = TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        self.renderer = FrameRenderer(
            theme: options.theme, depth: depth, pairCapacity: depth == .none ? 1 : Int(cs_color_pairs()),
            defaultColors: defaultColors, asciiOnly: !self.unicodeOK
        )
        releaseOnFailure = false
    }

    deinit {
        shutdown()
    }

    /// Whether the session is running (not shut down).
    public var isActive: Bool { screen != nil }

    /// The current terminal size in cells.
    public var size: TerminalSize {
        guard isActive else { return screenSize }
        let window = cs_stdscr()
        return TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// The theme frames are drawn with. Setting it repaints the whole screen on
    /// the next ``draw(_:)``.
    public var theme: Theme {
        get { renderer.theme }
        set { renderer.theme = newValue }
    }

    /// The file descriptor keys are read from, for callers that want to
    /// `poll` it. ncurses buffers input, so after it becomes readable, drain
    /// events with `nextEvent(timeoutMilliseconds: 0)` until it returns `nil`.
    public var inputFileDescriptor: Int32 {
        switch device {
        case .standardStreams: return STDIN_FILENO
        case .files: return inputFile.map { fileno($0) } ?? -1
        }
    }

    /// Draws `frame`, writing only the cells that differ from the previous
    /// frame. A frame larger than the screen is clipped; a size change (resize)
    /// repaints everything.
    public func draw(_ frame: Frame) {
        guard isActive else { return }
        let window = cs_stdscr()
        let current = size
        if current != screenSize {
            screenSize = current
            renderer.invalidate()
        }
        let plan = renderer.render(frame)
        for pair in plan.newPairs {
            if init_extended_pair(Int32(pair.number), Int32(pair.foreground), Int32(pair.background)) != cs_ok(),
                pair.number <= Int(Int16.max), pair.foreground <= Int(Int16.max), pair.background <= Int(Int16.max)
            {
                init_pair(Int16(pair.number), Int16(pair.foreground), Int16(pair.background))
            }
        }
        if plan.clearScreen {
            werase(window)
            clearok(cs_curscr(), true)
        }
        for write in plan.writes {
            put(write, in: window, size: current)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Clears the terminal and repaints everything on the next ``draw(_:)``
    /// (Ctrl-L, or after something else wrote to the terminal).
    public func forceFullRepaint() {
        renderer.invalidate()
    }

    /// Ends the session and restores the terminal exactly as it was: normal
    /// screen, visible cursor, default attributes, original termios, previous
    /// signal handlers. Safe to call more than once.
    public func shutdown() {
        guard let screen else { return }
        curs_set(1)
        if mouseReporting { mousemask(0, nil) }
        endwin()
        if let clearOnExit, let file = outputFile ?? (device == .standardStreams ? cs_stdout() : nil) {
            _ = clearOnExit.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
            fflush(file)
        }
        delscreen(screen)
        self.screen = nil
        if device == .standardStreams {
            TerminalRestorer.restoreTermios()
            TerminalRestorer.uninstall()
            fflush(cs_stdout())
        }
        if let outputFile { fclose(outputFile) }
        if let inputFile { fclose(inputFile) }
        outputFile = nil
        inputFile = nil
        SessionGuard.release()
    }

    /// Sets the `get_wch` timeout, calling ncurses only when it changes.
    func setInputTimeout(_ milliseconds: Int32, window: UnsafeMutablePointer<WINDOW>?) {
        guard milliseconds != inputTimeout else { return }
        inputTimeout = milliseconds
        wtimeout(window, milliseconds)
    }

    private func put(_ write: CellWrite, in window: UnsafeMutablePointer<WINDOW>?, size: TerminalSize) {
        guard write.y < size.height, write.x < size.width else { return }
        var text = write.text
        if write.isWide && write.x + 1 >= size.width { text = " " }
        var attributes = cs_attr_normal()
        if write.attributes.bold { attributes |= cs_attr_bold() }
        if write.attributes.reverse { attributes |= cs_attr_reverse() }
        if write.attributes.underline { attributes |= cs_attr_underline() }
        var count = 0
        for scalar in text.unicodeScalars {
            if count == scalars.count { break }
            scalars[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        var cell = cchar_t()
        let pair = Int32(write.attributes.pair)
        let status = scalars.withUnsafeBufferPointer { buffer -> Int32 in
            var result = cs_setcchar(&cell, buffer.baseAddress, Int32(count), attributes, pair)
            if result != cs_ok() && count > 1 {
                result = cs_setcchar(&cell, buffer.baseAddress, 1, attributes, pair)
            }
            return result
        }
        if status != cs_ok() {
            var fallback: wchar_t = wchar_t(UInt8(ascii: "?"))
            _ = cs_setcchar(&cell, &fallback, 1, attributes, pair)
        }
        _ = mvwadd_wch(window, Int32(write.y), Int32(write.x), &cell)
    }

    private static func startColors(mode: ColorMode) -> ColorDepth {
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard mode != .never, !(mode == .auto && noColor), has_colors() else { return .none }
        guard start_color() == cs_ok() else { return .none }
        return ColorDepth.resolve(
            mode: mode, noColor: noColor, hasColors: true, colors: Int(cs_colors()),
            directColor: tigetflag("RGB") > 0
        )
    }

    /// Switches off xterm mouse reporting: normal, button-event and any-event
    /// tracking, and the SGR and UTF-8 coordinate encodings.
    static let mouseReportingOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1005l"

    /// The terminal's own reset strings: attributes off, cursor visible,
    /// keypad transmit off, leave the alternate screen; with `mouse`, mouse
    /// reporting off first (every xterm mode ncurses may have switched on).
    private static func resetSequence(mouse: Bool) -> [UInt8] {
        var bytes: [UInt8] = mouse ? Array(mouseReportingOff.utf8) : []
        for (name, fallback) in [
            ("sgr0", "\u{1B}[0m"), ("cnorm", "\u{1B}[?25h"), ("rmkx", ""), ("rmcup", ""),
        ] {
            if let value = cs_tigetstr(name).map({ String(cString: $0) }), !value.contains("$<") {
                bytes += Array(value.utf8)
            } else {
                bytes += Array(fallback.utf8)
            }
        }
        return bytes
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SimguideCore
import SimguideExports
import SimguideStore

/// The export dialog of the plan screen: pick a format (or the printer), edit the file path, save.
///
/// The path starts as a sensible name in the current folder and follows the chosen format until the
/// user edits it; after that its extension still follows the format when it is a plan format's one.
/// Writing is atomic; an existing file is replaced only after a second Enter; any error (no permission,
/// a folder, a full disk) is shown in the dialog and nothing on disk is damaged.
struct ExportDialog {
    /// One line of the format list.
    enum Choice: Equatable {
        case file(PlanFormat)
        case printer
    }

    let choices: [Choice]
    var selected = 0
    var path: String
    /// Whether the user typed in the path; until then it follows the chosen format's extension.
    var pathEdited = false
    /// Keys go to the path field instead of the list.
    var editingPath = false
    /// Set after the first Enter on a path that exists: the next Enter replaces it.
    var confirmingReplace = false
    /// The outcome of the last attempt, shown in the dialog.
    var result: (text: String, failed: Bool)?

    init(canPrint: Bool, folder: String, home: String, today: String, rememberedPath: String?) {
        choices = PlanFormat.allCases.map(Choice.file) + (canPrint ? [.printer] : [])
        if let rememberedPath, !rememberedPath.isEmpty {
            path = rememberedPath
            pathEdited = true
            if let index = choices.firstIndex(where: { choice in
                if case .file(let format) = choice { return rememberedPath.hasSuffix("." + format.fileExtension) }
                return false
            }) { selected = index }
        } else {
            let full = FilePaths.join(folder, PlanFormat.text.defaultFileName(today: today))
            path = full.hasPrefix(home + "/") ? "~" + full.dropFirst(home.count) : full
        }
        self.today = today
    }

    private let today: String

    var format: PlanFormat? {
        if case .file(let format) = choices[selected] { return format }
        return nil
    }

    /// What a key asks the dialog to do.
    enum Action: Equatable {
        case none, close, save, print
    }

    mutating func handle(_ key: KeyEvent) -> Action {
        switch key {
        case .escape: return .close
        case .tab:
            editingPath.toggle()
            return .none
        case .enter:
            if format == nil { return .print }
            return .save
        default: break
        }
        if editingPath {
            switch key {
            case .backspace:
                if !path.isEmpty { path.removeLast() }
                pathEdited = true
                confirmingReplace = false
            case .character("\u{15}"):  // Ctrl-U clears the field, as in a shell
                path = ""
                pathEdited = true
                confirmingReplace = false
            case .character(let character) where !character.isNewline && !(character.asciiValue.map { $0 < 32 } ?? false):
                path.append(character)
                pathEdited = true
                confirmingReplace = false
            case .up, .down:
                editingPath = false
                return handle(key)
            default: break
            }
            return .none
        }
        switch key {
        case .up, .character("k"): select(max(0, selected - 1))
        case .down, .character("j"): select(min(choices.count - 1, selected + 1))
        case .character(let c) where c.isNumber:
            if let number = c.wholeNumberValue, (1...choices.count).contains(number) { select(number - 1) }
        case .character(let character) where !character.isNewline:
            editingPath = true
            return handle(key)
        default: break
        }
        return .none
    }

    private mutating func select(_ index: Int) {
        selected = index
        confirmingReplace = false
        result = nil
        guard let format else { return }
        if pathEdited {
            path = PlanActions.path(path, for: format)
        } else {
            let folder = FilePaths.folder(of: path)
            path = FilePaths.join(folder, format.defaultFileName(today: today))
        }
    }

    /// The path with `~` expanded, made absolute against `folder`.
    func resolvedPath(home: String, folder: String) -> String {
        var expanded = path.trimmingSpaces()
        if expanded == "~" { expanded = home } else if expanded.hasPrefix("~/") { expanded = home + expanded.dropFirst() }
        if !expanded.hasPrefix("/") { expanded = FilePaths.join(folder, expanded) }
        return FilePaths.standardized(expanded)
    }
}

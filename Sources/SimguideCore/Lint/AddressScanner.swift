/// Finds web addresses, e-mail addresses, `@handles` and bare domain names (`mobile.free.fr`) in a text,
/// by hand rather than with regular expressions: Swift's `Regex` took 2.5 billion instructions over the
/// bundled flow's texts, these loops a few million. Each finder says in its comment the pattern it
/// matches; `LinkCheckOracleTests` checks them against those patterns over every bundled text.
struct AddressScanner {
    /// The text, one element per Unicode scalar, with what was already found blanked out (a found e-mail
    /// address is not read again as a bare domain).
    private(set) var scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// `(?i)\bhttps?://[^\s)）」』，。、"]+`, each replaced by a space once found.
    mutating func takeWebAddresses() -> [String] {
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "h" || scalars[index] == "H", index == 0 || !Self.isWord(scalars[index - 1]),
                  let afterScheme = schemeEnd(at: index) else {
                index += 1
                continue
            }
            var end = afterScheme
            while end < scalars.count, !Self.endsWebAddress(scalars[end]) { end += 1 }
            guard end > afterScheme else {
                index += 1
                continue
            }
            found.append(text(index..<end))
            blank(index..<end)
            index += 1
        }
        return found
    }

    /// `(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`: the domain of each, lower-cased; the address is
    /// replaced by a space.
    mutating func takeEmailDomains() -> [String] {
        var found: [String] = []
        var at = 0
        while at < scalars.count {
            defer { at += 1 }
            guard scalars[at] == "@" else { continue }
            var start = at
            while start > 0, Self.isLocalPart(scalars[start - 1]) { start -= 1 }
            guard start < at, let end = domainEnd(from: at + 1, labelsAtLeast: 2) else { continue }
            found.append(text((at + 1)..<end).lowercased())
            blank(start..<end)
            at = start
        }
        return found
    }

    /// `(?<![\w.])@[A-Za-z0-9_]{2,}`.
    func handles() -> [String] {
        scalars.indices.compactMap { at in
            guard scalars[at] == "@", at == 0 || !(Self.isWord(scalars[at - 1]) || scalars[at - 1] == ".") else { return nil }
            var end = at + 1
            while end < scalars.count, scalars[end].isASCII, Self.isWord(scalars[end]) { end += 1 }
            return end - at > 2 ? text(at..<end) : nil
        }
    }

    /// `(?i)(?<![\w.@/-])(?:[a-z0-9-]+\.)+(?:fr|com|…)(?![\w-])`, lower-cased: names of two labels or more
    /// ending with one of `topLevel`, the longest that fits.
    func bareDomains(topLevel: Set<String>) -> [String] {
        var found: [String] = []
        var start = 0
        while start < scalars.count {
            guard Self.isNameCharacter(scalars[start]), start == 0 || !Self.mayPrecedeName(scalars[start - 1]) else {
                start += 1
                continue
            }
            var runEnd = start
            while runEnd < scalars.count, Self.isNameCharacter(scalars[runEnd]) { runEnd += 1 }
            if let name = longestName(in: start..<runEnd, topLevel: topLevel) { found.append(name) }
            start = runEnd
        }
        return found
    }

    /// The blanked text, for the patterns still to run.
    var rest: String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    // MARK: Pieces

    private func schemeEnd(at index: Int) -> Int? {
        for scheme in ["http://", "https://"] where index + scheme.unicodeScalars.count <= scalars.count {
            let matches = zip(scheme.unicodeScalars, scalars[index...]).allSatisfy { Self.lower($1) == $0 }
            if matches { return index + scheme.unicodeScalars.count }
        }
        return nil
    }

    /// Where `label(.label)+` starting at `start` ends, taking as many labels as there are; nil with
    /// fewer than `labelsAtLeast`.
    private func domainEnd(from start: Int, labelsAtLeast: Int) -> Int? {
        var end = start, labels = 0
        while true {
            var labelEnd = end
            while labelEnd < scalars.count, Self.isLabel(scalars[labelEnd]) { labelEnd += 1 }
            guard labelEnd > end else { break }
            labels += 1
            end = labelEnd
            guard end + 1 < scalars.count, scalars[end] == ".", Self.isLabel(scalars[end + 1]) else { break }
            end += 1
        }
        return labels >= labelsAtLeast ? end : nil
    }

    /// In a run of letters, digits, dots and hyphens: the longest start of it made of labels ending with
    /// a top-level label, not followed by a word character or a hyphen.
    private func longestName(in run: Range<Int>, topLevel: Set<String>) -> String? {
        var labelEnds: [Int] = []
        var labelStart = run.lowerBound
        var complete = true
        for index in run where scalars[index] == "." {
            guard index > labelStart else {  // an empty label ends the name
                complete = false
                break
            }
            labelEnds.append(index)
            labelStart = index + 1
        }
        if complete, labelStart < run.upperBound { labelEnds.append(run.upperBound) }
        for (position, end) in labelEnds.enumerated().reversed() where position >= 1 {
            let lastStart = labelEnds[position - 1] + 1
            let last = text(lastStart..<end).lowercased()
            let next = end < scalars.count ? scalars[end] : nil
            if topLevel.contains(last), next.map({ !Self.isWord($0) && $0 != "-" }) ?? true {
                return text(run.lowerBound..<end).lowercased()
            }
        }
        return nil
    }

    private func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range])
        return String(out)
    }

    private mutating func blank(_ range: Range<Int>) {
        scalars.replaceSubrange(range, with: [" "])
    }

    // MARK: Characters

    /// `\w` as ICU and Swift read it: letters, marks, decimal digits, connector punctuation, joiners.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return scalar.properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}"
        }
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(lower(scalar)) || ("0"..."9").contains(scalar)
    }

    private static func endsWebAddress(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ")）」』，。、\"".unicodeScalars.contains(scalar)
    }

    private static func isLocalPart(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || "._%+-".unicodeScalars.contains(scalar)
    }

    private static func isLabel(_ scalar: Unicode.Scalar) -> Bool {
        isAlphanumeric(scalar) || scalar == "-"
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLabel(scalar) || scalar == "."
    }

    /// A character a bare name may not follow: a word character, `.`, `@`, `/` or `-`.
    private static func mayPrecedeName(_ scalar: Unicode.Scalar) -> Bool {
        isWord(scalar) || ".@/-".unicodeScalars.contains(scalar)
    }
}

/// Swift source text for values: string literals whose UTF-8 is exactly the value's, and optionals.
enum SwiftLiteral {
    /// `"..."`: quotes, backslashes and every invisible or unusual character escaped as `\u{...}`, so the
    /// generated file stays readable and the compiler cannot read a character differently.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case " "..."~": out.unicodeScalars.append(scalar)
            default:
                if scalar.isASCII || isInvisible(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `nil`, or the value written by `write`.
    static func optional<T>(_ value: T?, _ write: (T) throws -> String) rethrows -> String {
        try value.map(write) ?? "nil"
    }

    /// Characters that are not visible glyphs: controls, format characters (bidirectional marks, the byte
    /// order mark), separators other than the space, private use and unassigned code points.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .privateUse, .surrogate,
             .unassigned:
            return true
        default:
            return false
        }
    }
}

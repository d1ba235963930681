#!/usr/bin/env python3
"""Drafts Traditional Chinese (Hong Kong usage) from Simplified Chinese: OpenCC's s2hk conversion, then
the terms Hong Kong operators and users write. A draft only: every text it makes is read before it is
committed (docs/zh-hant.md lists the terms and why).

  scripts/hant.py 'text'            print the draft of one text
  scripts/hant.py --swift FILE...   add a zh-Hant argument to every pick("简体", "English") call and
                                    turn `zh ? "简体" : "English"` into pick calls, in place
"""
import re
import subprocess
import sys

# Hong Kong usage after OpenCC's s2hk, longest first. Each is a word, not a character.
TERMS = [
    ("攜號轉網", "攜號轉台"), ("攜號轉臺", "攜號轉台"),
    ("賬户", "帳戶"), ("帳户", "帳戶"), ("賬號", "帳號"), ("賬單", "帳單"), ("賬", "帳"),
    ("短信", "短訊"),
    ("充值", "增值"),
    ("運營商", "電訊商"),
    ("信息", "資訊"), ("默認", "預設"), ("文件", "檔案"), ("打印機", "打印機"), ("導出", "匯出"),
    ("保存", "儲存"), ("菜單", "選單"), ("鼠標", "滑鼠"), ("屏幕", "螢幕"), ("設置", "設定"),
    ("支持", "支援"), ("視頻", "影片"), ("激活", "啟用"), ("登錄", "登入"), ("網站", "網站"),
]


def draft(text: str) -> str:
    converted = subprocess.run(["opencc", "-c", "s2hk.json"], input=text, capture_output=True, text=True,
                               check=True).stdout
    if text.endswith("\n") is False and converted.endswith("\n"):
        converted = converted[:-1]
    for simplified, hongkong in TERMS:
        converted = converted.replace(simplified, hongkong)
    return converted


def swift_literal(source: str, start: int) -> int:
    """The index just past the Swift string literal that opens at `start` (a '"'), interpolations included."""
    assert source[start] == '"'
    i = start + 1
    while i < len(source):
        c = source[i]
        if c == "\\":
            if source[i + 1] == "(":
                depth, i = 1, i + 2
                while depth:
                    if source[i] == '"':
                        i = swift_literal(source, i)
                        continue
                    depth += {"(": 1, ")": -1}.get(source[i], 0)
                    i += 1
                continue
            i += 2
            continue
        if c == '"':
            return i + 1
        i += 1
    raise ValueError("unterminated literal")


CJK = re.compile(r'[\u3000-\u9fff\uff00-\uffef]')


def convert_swift(source: str) -> str:
    """pick("简体", "English") gains its zh-Hant argument; `zh ? "简体" : "English"` and
    `language == .zh ? ...` become pick calls; a pair ("简体", "English") in an argument list becomes a
    triple."""
    out, i = [], 0
    pattern = re.compile(r'pick\(\s*"|\bzh\s*\?\s*"|\.zh \? "|\(\s*"')
    while True:
        m = pattern.search(source, i)
        if not m:
            out.append(source[i:])
            return "".join(out)
        first = m.end() - 1
        end1 = swift_literal(source, first)
        sep = re.match(r'\s*(,|:)\s*', source[end1:])
        if not sep or source[end1 + sep.end()] != '"':
            out.append(source[i:m.end()])
            i = m.end()
            continue
        second = end1 + sep.end()
        end2 = swift_literal(source, second)
        zh, en = source[first:end1], source[second:end2]
        hant = '"' + draft(zh[1:-1]) + '"'
        if m.group(0).startswith("("):
            # A pair: only when it is Chinese then not, and closes right after the second literal.
            if sep.group(1) != "," or not CJK.search(zh) or CJK.search(en) or not re.match(r'\s*\)', source[end2:]):
                out.append(source[i:m.end()])
                i = m.end()
                continue
            out.append(source[i:m.start()] + "(" + zh + ", " + hant + ", " + en)
        elif m.group(0).startswith("pick"):
            if re.match(r'\s*,\s*"', source[end2:]):  # already three arguments
                out.append(source[i:end2]); i = end2; continue
            out.append(source[i:m.start()] + "pick(" + zh + ", " + hant + ", " + en)
        else:
            prefix = m.group(0)
            lead = source[i:m.start()]
            if prefix.startswith(".zh"):
                # `options.language == .zh ? "a" : "b"`: keep the expression before `==`
                expr = re.search(r'([\w.]+) == $', lead)
                lead = lead[:expr.start()]
                out.append(lead + expr.group(1) + ".pick(" + zh + ", " + hant + ", " + en + ")")
            else:
                out.append(lead + "language.pick(" + zh + ", " + hant + ", " + en + ")")
        i = end2
    

if __name__ == "__main__":
    if sys.argv[1:2] == ["--swift"]:
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(convert_swift(source))
    else:
        print(draft(" ".join(sys.argv[1:])))

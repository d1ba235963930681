#!/usr/bin/env python3
"""Writes a valid simguide flow with N questions and N plan rules, for measuring how lint and path
enumeration grow with size. Questions come in chains of 10 under one root question, so the number of
paths grows linearly with N (a full binary tree would grow exponentially and measure nothing useful).

usage: generate_flow.py N OUT.yaml
"""
import sys


def main() -> None:
    count, out = int(sys.argv[1]), sys.argv[2]
    groups = max(1, count // 10)
    lines = [
        "format: 1",
        'version: "bench"',
        "title: {zh: 基准, en: Benchmark}",
        "start: group",
        "questions:",
        "  - id: group",
        "    prompt: {zh: 哪一组？, en: Which group?}",
        "    options:",
    ]
    for g in range(groups):
        lines.append(f"      - {{value: g{g}, label: {{zh: 第{g}组, en: Group {g}}}}}")
    lines.append("    next:")
    for g in range(groups):
        lines += [f"      - when: {{group: g{g}}}", f"        goto: q{g}_0"]
    lines.append("      - goto: end")
    for g in range(groups):
        for i in range(10):
            nxt = f"q{g}_{i + 1}" if i < 9 else "end"
            lines += [
                f"  - id: q{g}_{i}",
                f"    prompt: {{zh: 问题{g}-{i}？, en: Question {g}-{i}?}}",
                "    options:",
                "      - {value: a, label: {zh: 继续, en: Go on}}",
                "      - {value: b, label: {zh: 停止, en: Stop}}",
                "    next:",
                f"      - when: {{q{g}_{i}: a}}",
                f"        goto: {nxt}",
                "      - goto: end",
            ]
    lines.append("rules:")
    lines += [
        "  - id: always",
        "    when: {group: [" + ", ".join(f"g{g}" for g in range(groups)) + "]}",
        "    steps:",
        "      - {phase: act, channel: online, title: {zh: 办理, en: Act}, documents: [doc], sources: [src]}",
    ]
    for g in range(groups):
        for i in range(10):
            lines += [
                f"  - id: r{g}_{i}",
                f"    when: {{q{g}_{i}: b}}",
                "    steps:",
                f"      - {{phase: prepare, channel: yourself, title: {{zh: 准备{g}-{i}, en: Prepare {g}-{i}}}, sources: [src]}}",
            ]
    lines += [
        "documents:",
        "  - {id: doc, name: {zh: 证件, en: ID}}",
        "sources:",
        "  - {id: src, title: Source, url: \"https://example.org/\", checked: 2026-01-01, confidence: high}",
    ]
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

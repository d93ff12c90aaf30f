#!/usr/bin/env python3
"""Latency of articles the gateway has never seen (nothing cached: no stored result, no remembered sentence).

Articles are built at run time from IndoSum (../shared/data/summarization/indosum-dev.jsonl, never copied into
the project): article i of a size is the paragraphs of IndoSum articles, in file order from --skip, taken whole
until it has at least that many words, then cut to that many words at a sentence end where possible. Every
article uses IndoSum articles no other one uses, so each is a different text; pass a different --skip for every
run against the same translation memory (a second run with the same --skip measures the memory, not the engine).

    scripts/load/uncached-latency.py URL [--sizes 200,1000] [--count 10] [--skip 0]

One request at a time (latency, not throughput). Prints p50, p99 (with few samples, p99 is the slowest) and
the mean per size, and exits 1 when an answer is not a 200 with a stored, complete result.
"""
import argparse
import json
import statistics
import sys
import time
import urllib.request
from pathlib import Path

INDOSUM = Path(__file__).resolve().parents[2].parent / "shared/data/summarization/indosum-dev.jsonl"
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "%"}
NO_SPACE_AFTER = {"("}


def detokenize(tokens):
    out = ""
    for token in tokens:
        if out and token not in NO_SPACE_BEFORE and out[-1] not in NO_SPACE_AFTER:
            out += " "
        out += token
    return out


def articles(path, skip):
    """Yields (paragraphs as lists of sentences) of IndoSum articles, from the skip-th on."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= skip:
                yield [[detokenize(s) for s in paragraph] for paragraph in json.loads(line)["paragraphs"]]


def build(source, words):
    """One article of about `words` words (whole sentences), from as many source articles as it takes."""
    paragraphs, count = [], 0
    for article in source:
        for paragraph in article:
            kept = []
            for sentence in paragraph:
                if count >= words:
                    break
                kept.append(sentence)
                count += len(sentence.split())
            if kept:
                paragraphs.append(" ".join(kept))
        if count >= words:
            return "\n\n".join(paragraphs), count
    raise SystemExit("IndoSum ran out of articles; use a smaller --skip")


def post(url, text):
    body = text.encode("utf-8")
    request = urllib.request.Request(url + "/api/v1/articles", data=body, method="POST",
                                     headers={"Content-Type": "text/plain; charset=utf-8"})
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.loads(response.read())
        status = response.status
    return time.monotonic() - started, status, answer


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--sizes", default="200,1000")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--indosum", default=str(INDOSUM))
    args = parser.parse_args()
    source = articles(args.indosum, args.skip)
    ok = True
    print("| words (asked / built, mean) | articles | p50 | p99 | mean |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for size in [int(s) for s in args.sizes.split(",")]:
        times, built = [], []
        for _ in range(args.count):
            text, words = build(source, size)
            seconds, status, answer = post(args.url, text)
            if status != 200 or answer.get("cached") or answer.get("degraded") or not answer.get("id"):
                print(f"unexpected answer for a {size}-word article: status {status}, cached {answer.get('cached')},"
                      f" degraded {answer.get('degraded')}", file=sys.stderr)
                ok = False
            times.append(seconds)
            built.append(words)
        print(f"| {size} / {statistics.mean(built):.0f} | {len(times)} | {percentile(times, 50) * 1000:.0f} ms"
              f" | {percentile(times, 99) * 1000:.0f} ms | {statistics.mean(times) * 1000:.0f} ms |")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

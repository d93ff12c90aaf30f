#!/usr/bin/env python3
"""Scores the running translate-service on the dev sets through its HTTP API.

Posts the Indonesian side of each dev set (../shared/data/parallel/dev/SET.id) to POST /v1/translations/batch in
batches of at most 256 texts (one dev line a text, as the offline evaluator translates one line a segment), writes
the translations one a line to target/translations-via-service/SET.en and scores them with
the functions of ../shared/tools/mt_score.py against SET.en: all lines, and the held-out half (the odd 0-based lines: 2, 4, 6, ...
counting from 1; the even ones are what the weights were tuned on). The service splits each text into sentences
first, so the few dev lines that hold two sentences may come out slightly differently from the offline
EvaluateEngine.

usage: scripts/eval/translations_via_service.py [SERVICE_URL] [SHARED_DIR] [BATCH] [SET ...]
       (sets default to news-dev general-dev)
"""
import json
import os
import sys
import time
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8081"
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared")
batch = int(sys.argv[3]) if len(sys.argv) > 3 else 256
sets = sys.argv[4:] or ["news-dev", "general-dev"]
out = "target/translations-via-service"
os.makedirs(out, exist_ok=True)
dev = os.path.join(shared, "data/parallel/dev")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")


def score(hypotheses, references):
    """mt_score.py's own functions, two decimals (its command line prints one)."""
    sys.path.insert(0, os.path.join(shared, "tools"))
    import mt_score
    return (f"chrF {mt_score.chrf(hypotheses, references):.2f}  BLEU {mt_score.bleu(hypotheses, references):.2f}"
            f"  segments {len(references)}")


for name in sets:
    sources = read_lines(os.path.join(dev, name + ".id"))
    references = read_lines(os.path.join(dev, name + ".en"))
    translations = []
    engines = set()
    started = time.time()
    for i in range(0, len(sources), batch):
        body = json.dumps({"texts": sources[i:i + batch], "source": "id", "target": "en"}).encode("utf-8")
        request = urllib.request.Request(url + "/v1/translations/batch", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=600) as response:
            result = json.load(response)
        for t in result["translations"]:
            translations.append(" ".join(t["translation"].split()))
            engines.add(t.get("engine"))
    elapsed = time.time() - started
    with open(os.path.join(out, name + ".en"), "w", encoding="utf-8") as f:
        f.write("\n".join(translations) + "\n")
    print(f"{name}, engine {', '.join(sorted(str(e) for e in engines))} ({len(translations)} texts in {elapsed:.0f} s)")
    print(f"  all lines:           {score(translations, references)}")
    print(f"  held-out (odd) half: {score(translations[1::2], references[1::2])}")

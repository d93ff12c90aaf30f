#!/usr/bin/env python3
"""Scores the running translate-service on news-dev through its HTTP API.

Posts the Indonesian side of ../shared/data/parallel/dev/news-dev.id to POST /v1/translations/batch in
batches of at most 256 texts (one dev line a text, as the offline evaluator translates one line a
segment), writes the translations one a line to target/translations-via-service/news-dev.en and scores
them with ../shared/tools/mt_score.py against news-dev.en. The service splits each text into sentences
first, so the few dev lines that hold two sentences may come out slightly differently from the
offline EvaluateEngine.

usage: scripts/eval/translations_via_service.py [SERVICE_URL] [SHARED_DIR] [BATCH]
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8081"
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared")
batch = int(sys.argv[3]) if len(sys.argv) > 3 else 256
out = "target/translations-via-service"
os.makedirs(out, exist_ok=True)

dev = os.path.join(shared, "data/parallel/dev")
with open(os.path.join(dev, "news-dev.id"), encoding="utf-8") as f:
    sources = f.read().rstrip("\n").split("\n")

translations = []
engines = set()
started = time.time()
for i in range(0, len(sources), batch):
    texts = sources[i:i + batch]
    body = json.dumps({"texts": texts, "source": "id", "target": "en"}).encode("utf-8")
    request = urllib.request.Request(url + "/v1/translations/batch", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        result = json.load(response)
    for t in result["translations"]:
        translations.append(" ".join(t["translation"].split()))
        engines.add(t.get("engine"))
elapsed = time.time() - started

hyp = os.path.join(out, "news-dev.en")
with open(hyp, "w", encoding="utf-8") as f:
    f.write("\n".join(translations) + "\n")
scores = subprocess.run([sys.executable, os.path.join(shared, "tools/mt_score.py"), hyp, os.path.join(dev, "news-dev.en")],
                        capture_output=True, text=True, check=True).stdout.strip()
print(f"engine {', '.join(sorted(str(e) for e in engines))}: {scores}  ({len(translations)} texts in {elapsed:.0f} s)")

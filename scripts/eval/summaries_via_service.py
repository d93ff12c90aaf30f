#!/usr/bin/env python3
"""Scores the running summary-service on IndoSum dev through its HTTP API.

Posts every article's sentences to POST /v1/summaries (language id, title = the URL slug, as the
offline evaluator does), writes one system line per tier and the gold summaries, then scores each
with ../shared/tools/rouge.py. The service uses the committed weights, fitted on all of IndoSum dev,
so these are in-sample figures that show the service reproduces the evaluator; the cross-validated
scores in docs/evaluation/summaries.md are the quality claim.

usage: scripts/eval/summaries_via_service.py [SERVICE_URL] [SHARED_DIR] [LIMIT]
"""
import json
import os
import re
import subprocess
import sys
import urllib.request

url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8082"
shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "../../../shared")
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
out = "target/summaries-via-service"
os.makedirs(out, exist_ok=True)

def title_of(doc):
    """The URL slug as words (IndoSum keeps no title), as the offline evaluator (IndoSum.java) does."""
    slug = None
    for part in reversed((doc.get("source_url") or "").split("/")):
        if "-" in part and re.fullmatch(r"[\w-]+", part) and "_" not in part:
            slug = re.sub(r"^\d+(?:-\d+)*-", "", part)
            break
    if slug is None:
        slug = re.sub(r"^\d+-", "", doc["id"])
    return slug.replace("-", " ").strip()


tiers = ["headline", "short", "standard", "detailed", "keyPoints"]
lines = {t: [] for t in tiers + ["reference", "lead3"]}
with open(os.path.join(shared, "data/summarization/indosum-dev.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f):
        if limit is not None and n >= limit:
            break
        doc = json.loads(line)
        # A few IndoSum "sentences" are only invisible marks (U+200E); the API refuses blank sentences.
        sentences = [t for t in (" ".join(s) for p in doc["paragraphs"] for s in p) if t.strip("\u200e\u200f\ufeff ")]
        title = title_of(doc)
        body = json.dumps({"sentences": sentences, "language": "id", "title": title}).encode("utf-8")
        request = urllib.request.Request(url + "/v1/summaries", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            result = json.load(response)
        for tier in tiers:
            t = result["tiers"][tier]
            lines[tier].append(" ".join(t["items"]) if tier == "keyPoints" else t["text"])
        lines["reference"].append(" ".join(" ".join(s) for s in doc["summary"]))
        lines["lead3"].append(" ".join(sentences[:3]))

for name, rows in lines.items():
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(" ".join(r.split()) for r in rows) + "\n")
rouge = os.path.join(shared, "tools/rouge.py")
for name in ["lead3"] + tiers:
    scores = subprocess.run([sys.executable, rouge, os.path.join(out, name + ".txt"), os.path.join(out, "reference.txt")],
                            capture_output=True, text=True, check=True).stdout.strip()
    print(f"{name:10s} {scores}")

#!/usr/bin/env python3
"""Check that every corpus-H file opens and that PDFs carry a text layer."""
import collections, json, subprocess, sys, zipfile
from pathlib import Path
import docx
from lxml import html as lh

d = Path(sys.argv[1])
recs = [json.loads(l) for l in open(d / "EXPECTED.jsonl", encoding="utf-8")]
assert [r["path"] for r in recs] == sorted(r["path"] for r in recs)
keys = ["path", "format", "kind", "subtype", "layout", "rules", "extras", "error", "accept_errors", "hostile",
        "must_not_contain", "traits", "period"]
bad = 0
for r in recs:
    assert list(r) == keys, r["path"]
    p = d / r["path"]
    if r["format"] == "pdf":
        t = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
    elif r["format"] == "docx":
        doc = docx.Document(str(p))
        t = "\n".join(x.text for x in doc.paragraphs) + "\n".join(c.text for tb in doc.tables for row in tb.rows for c in row.cells)
    elif r["format"] == "html":
        t = lh.fromstring(p.read_bytes()).text_content()
    else:
        t = p.read_text(encoding="utf-8")
    if len(t.strip()) < 80:
        print("NO TEXT", r["path"]); bad += 1
    for c in r["must_not_contain"]:
        if c not in t:
            print("CPR not found in extracted text", r["path"], r["layout"]); bad += 1
print("files", len(recs), "bad", bad)
print(collections.Counter(r["kind"] for r in recs))
print(collections.Counter(r["format"] for r in recs))
print(len(set(r["layout"] for r in recs)), "layouts:", collections.Counter(r["layout"] for r in recs))
ag = [r for r in recs if r["kind"] == "agreement"]
print("agreements compliant", sum(1 for r in ag if not r["rules"]), "/", len(ag))
print("rules", collections.Counter(x for r in recs for x in r["rules"]))
print("extras", collections.Counter(x for r in recs for x in r["extras"]))

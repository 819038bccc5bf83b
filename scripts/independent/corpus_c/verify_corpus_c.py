#!/usr/bin/env python3
"""Structural checks for corpus C: manifest well-formed, every DOCX/ODT part parses, every PDF has a text
layer with the intended probe strings, CPR strings listed in must_not_contain really occur.

Usage: .venv/bin/python scripts/independent/corpus_c/verify_corpus_c.py DIR [--probes /tmp/corpus_c_probes_3.json] [--dump N]
"""
import collections
import email
import json
import os
import re
import subprocess
import sys
import zipfile
from email import policy

from lxml import etree

KEYS = ["path", "format", "kind", "subtype", "layout", "rules", "extras", "error", "accept_errors", "hostile",
        "must_not_contain", "traits", "period"]
APPLIC = {
    "agreement": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-follow-up", "missing-hours",
                  "missing-appeal-guidance", "duration-over-6-months", "unclear-goal"},
    "minplan": {"missing-goal", "missing-mentor", "missing-tasks", "missing-duration", "missing-hours", "duration-over-6-months",
                "unclear-goal"},
    "decision": {"missing-appeal-guidance", "duration-over-6-months"},
    "unknown": set(),
}
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.endswith((".xml", ".rels")):
            etree.fromstring(z.read(n))  # must parse
    for n in sorted(z.namelist()):
        if n.startswith("word/") and (n.endswith("document.xml") or "header" in n or "footer" in n):
            root = etree.fromstring(z.read(n))
            for p in root.iter(WNS + "p"):
                # skip VML fallback duplicates
                if any(a.tag == "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback" for a in p.iterancestors()):
                    continue
                txt = "".join(t.text or "" for t in p.iter(WNS + "t")
                              if not any(a.tag == "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback" for a in t.iterancestors()))
                out.append(txt)
    return "\n".join(out)


def odt_text(path):
    z = zipfile.ZipFile(path)
    assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    out = []
    for n in z.namelist():
        if n.endswith(".xml"):
            root = etree.fromstring(z.read(n))
            if n in ("content.xml", "styles.xml"):
                out.append(" ".join(t for t in root.itertext()))
    return "\n".join(out)


def rtf_text(path):
    s = open(path, encoding="ascii").read()
    assert s.startswith("{\\rtf1") and s.count("{") == s.count("}") + s.count("\\{") - s.count("\\}") or True
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\(par|line|cell|row|tab)\b", "\n", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def html_text(path):
    from lxml import html
    root = html.fromstring(open(path, "rb").read())
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return root.text_content()


def eml_text(path):
    m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    assert m["From"] and m["Subject"] and m["Date"]
    part = m.get_body(preferencelist=("plain",))
    return part.get_content()


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True)
    r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True)
    return r.stdout.decode("utf-8", "replace") + "\n" + r2.stdout.decode("utf-8", "replace")


def main():
    d = sys.argv[1]
    probes = {}
    if "--probes" in sys.argv:
        probes = json.load(open(sys.argv[sys.argv.index("--probes") + 1]))
    dump = int(sys.argv[sys.argv.index("--dump") + 1]) if "--dump" in sys.argv else 0
    errors = []
    lines = open(os.path.join(d, "EXPECTED.jsonl"), encoding="utf-8").read().splitlines()
    recs = [json.loads(l) for l in lines]
    paths = [r["path"] for r in recs]
    if paths != sorted(paths):
        errors.append("manifest not sorted")
    if len(set(paths)) != len(paths):
        errors.append("duplicate paths")
    ondisk = set()
    for root, _, files in os.walk(d):
        for f in files:
            ondisk.add(os.path.relpath(os.path.join(root, f), d))
    ondisk.discard("EXPECTED.jsonl")
    if ondisk != set(paths):
        errors.append(f"files vs manifest mismatch: {sorted(ondisk ^ set(paths))[:5]}")
    cpr_re = re.compile(r"\b\d{6}-?\d{4}\b")
    for r in recs:
        if list(r.keys()) != KEYS:
            errors.append(f"{r['path']}: keys {list(r.keys())}")
        if not set(r["rules"]) <= APPLIC[r["kind"]] or r["rules"] != sorted(r["rules"]):
            errors.append(f"{r['path']}: bad rules {r['rules']}")
        if r["format"] != r["path"].rsplit(".", 1)[1]:
            errors.append(f"{r['path']}: format mismatch")
        if cpr_re.search(os.path.basename(r["path"])):
            errors.append(f"{r['path']}: cpr-like file name")
        p = os.path.join(d, r["path"])
        try:
            fmt = r["format"]
            if fmt == "docx":
                text = docx_text(p)
            elif fmt == "odt":
                text = odt_text(p)
            elif fmt == "rtf":
                text = rtf_text(p)
            elif fmt == "html":
                text = html_text(p)
            elif fmt == "eml":
                text = eml_text(p)
            elif fmt == "pdf":
                text = pdf_text(p)
                if len(text.strip()) < 100:
                    errors.append(f"{r['path']}: no text layer")
            else:
                text = open(p, encoding="utf-8").read()
        except Exception as e:  # noqa
            errors.append(f"{r['path']}: cannot read: {e!r}")
            continue
        norm = re.sub(r"\s+", " ", text)
        for c in r["must_not_contain"]:
            if c not in text:
                errors.append(f"{r['path']}: must_not_contain {c!r} not present in the text (vacuous)")
        pr = probes.get(r["path"], {})
        for s in pr.get("probes", []):
            if re.sub(r"\s+", "", s) not in re.sub(r"\s+", "", text):
                errors.append(f"{r['path']}: probe {s!r} not found")
        if dump and r["path"] in sys.argv:
            print(text)
    c = collections.Counter((r["kind"]) for r in recs)
    print("kinds", dict(c))
    print("formats", dict(collections.Counter(r["format"] for r in recs)))
    print("layouts", len(set(r["layout"] for r in recs)), dict(collections.Counter(r["layout"] for r in recs)))
    for e in errors:
        print("ERROR", e)
    print(f"{len(recs)} records, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

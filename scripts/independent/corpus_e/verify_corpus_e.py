#!/usr/bin/env python3
"""Verify corpus E: every file opens, PDFs have a text layer, plus light ground-truth sanity checks."""
import json, os, sys, re, zipfile, collections, email
from html.parser import HTMLParser

d = sys.argv[1]
recs = [json.loads(l) for l in open(os.path.join(d, "EXPECTED.jsonl"), encoding="utf-8")]
bad = []


def text_of(r):
    p = os.path.join(d, r["path"]); f = r["format"]
    if f == "docx":
        import docx
        doc = docx.Document(p)
        z = zipfile.ZipFile(p)
        xml = "".join(z.read(n).decode("utf8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml"))
        xml = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", xml)
        return re.sub(r"<[^>]+>", " ", xml)
    if f == "odt":
        from odf.opendocument import load
        from odf import teletype, text
        o = load(p)
        return "\n".join(teletype.extractText(x) for x in o.getElementsByType(text.P) + o.getElementsByType(text.H))
    if f == "pdf":
        from pypdf import PdfReader
        rd = PdfReader(p)
        return "\n".join(pg.extract_text() or "" for pg in rd.pages)
    if f == "eml":
        m = email.message_from_bytes(open(p, "rb").read())
        return m.get_payload(decode=True).decode("utf-8") if not m.is_multipart() else str(m)
    if f == "html":
        HTMLParser().feed(open(p, encoding="utf-8").read())
        return re.sub(r"<script.*?</script>", "", open(p, encoding="utf-8").read(), flags=re.S)
    if f == "rtf":
        s = open(p, encoding="ascii").read(); assert s.startswith("{\\rtf1")
        s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
        return s
    return open(p, encoding="utf-8").read()


FOLLOW = re.compile(r"opfølg|evaluer|statusmøde|progression|delmål|følger op", re.I)
for r in recs:
    try:
        t = text_of(r)
    except Exception as e:
        bad.append((r["path"], f"open failed: {e}")); continue
    if len(t.strip()) < 100:
        bad.append((r["path"], "too little text"))
    for c in r["must_not_contain"]:
        if c not in t and r["format"] != "pdf":
            bad.append((r["path"], "CPR listed but not in text"))
    if r["kind"] == "agreement" and "missing-follow-up" in r["rules"]:
        hits = FOLLOW.findall(t)
        placeholder = any("follow:" in x and ("placeholder" in x or "☐" in x or "showingPlcHdr" in x) for x in r["traits"])
        if hits and not placeholder:
            bad.append((r["path"], f"follow-up words although missing: {hits[:3]}"))
print("checked", len(recs))
for b in bad:
    print("BAD", b)
c = collections.Counter
print("kind", c(r["kind"] for r in recs))
print("format", c(r["format"] for r in recs))
print("layout", len(set(r["layout"] for r in recs)), c(r["layout"] for r in recs))
agr = [r for r in recs if r["kind"] == "agreement"]
print("agreements compliant", sum(1 for r in agr if not r["rules"]), "of", len(agr))
print("rules", c(x for r in recs for x in r["rules"]))
print("extras", c(x for r in recs for x in r["extras"]))
sys.exit(1 if bad else 0)

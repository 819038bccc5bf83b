#!/usr/bin/env python3
"""Self-check for corpus n: extract text from every document (independently of the linter) and
check that the probe strings of fields claimed present survive extraction (OCR!), and that the
mentor's phone is absent where missing-mentor is claimed (outside known traps).

    python verify_corpus_n.py --out /work/corpora/n [--show PATH]
"""
import argparse
import difflib
import email
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from email import policy
from pathlib import Path


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    if ext in (".docx",):
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "footer" in n or "header" in n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)  # deleted text is not content
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>", "\t", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape("\n".join(out))
    if ext == ".odt":
        from odf.opendocument import load
        from odf import teletype, text
        d = load(str(path))
        return "\n".join(teletype.extractText(p) for p in d.getElementsByType(text.P) + d.getElementsByType(text.H))
    if ext == ".eml":
        m = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        b = m.get_body(preferencelist=("plain", "html"))
        return "\n".join(f"{k}: {v}" for k, v in m.items()) + "\n\n" + b.get_content()
    if ext in (".html", ".htm"):
        import html
        x = path.read_text(encoding="utf-8")
        x = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", x, flags=re.S)
        x = re.sub(r"<(br|/p|/div|/li|/dt|/dd|/tr|/h\d)[^>]*>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", " ", x))
    if ext == ".rtf":
        x = path.read_text(encoding="ascii")
        x = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), x)
        x = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), x)
        x = x.replace("\\line", "\n").replace("\\par", "\n").replace("\\cell", " | ")
        x = re.sub(r"\\[a-z]+-?\d* ?", "", x)
        return x.replace("{", "").replace("}", "")
    b = path.read_bytes()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def norm(s: str) -> str:
    s = s.lower()
    for a, b in (("æ", "e"), ("ø", "o"), ("å", "a"), ("é", "a"), ("@", "e"), ("ae", "e"), ("rn", "m"), ("fi", "ti"), ("1", "i")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s)


def fuzzy_in(probe: str, text: str, thr=0.8) -> float:
    p, t = norm(probe), norm(text)
    if not p:
        return 1.0
    if p in t:
        return 1.0
    n = len(p)
    best = 0.0
    sm = difflib.SequenceMatcher(None, p, "", autojunk=False)
    step = max(1, n // 4)
    for i in range(0, max(1, len(t) - n + 1), step):
        sm.set_seq2(t[i:i + n + 4])
        r = sm.ratio()
        if r > best:
            best = r
            if best >= 0.97:
                break
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--probes", type=Path, default=Path("/tmp/corpus_n_probes.json"))
    ap.add_argument("--show", default=None)
    a = ap.parse_args()
    if a.show:
        print(extract(a.out / a.show))
        return
    probes = json.loads(a.probes.read_text())
    bad = 0
    for rel, pr in sorted(probes.items()):
        txt = extract(a.out / rel)
        for f, p in pr["present"].items():
            sc = fuzzy_in(p, txt)
            if sc < 0.8:
                bad += 1
                print(f"WEAK {sc:.2f} {rel} [{pr['layout']}] field={f} probe={p!r}")
        if "mentor" in pr["absent"] and pr.get("mentor_phone"):
            if norm(pr["mentor_phone"]) in norm(txt):
                print(f"NOTE mentor phone present although missing-mentor: {rel} [{pr['layout']}]")
    print("weak probes:", bad)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Self-check for corpus o: extract the text of every document with ordinary tools and test the
labels that can be tested mechanically (CPR present, appeal guidance present/absent, over-6
arithmetic, text on the last page). Writes the extracted texts to --dump for manual reading.
This is not the linter; it only re-reads what make_corpus_o.py wrote."""
import argparse, calendar, datetime as dt, email, json, re, subprocess, sys
from email import policy
from pathlib import Path


def rtf_text(raw):
    s = raw
    s = re.sub(r"\{\\(fonttbl|info|colortbl)[^{}]*(\{[^{}]*\}[^{}]*)*\}", "", s)
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\par\b", "\n", s)
    s = re.sub(r"\\line\b", "\n", s)
    s = re.sub(r"\\cell\b", " | ", s)
    s = re.sub(r"\\row\b", "\n", s)
    s = re.sub(r"\\page\b", "\n\f\n", s)
    s = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", s)
    return s.replace("{", "").replace("}", "")


def extract(path):
    suf = path.suffix.lower()
    if suf == ".pdf":
        return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if suf == ".odt":
        r = subprocess.run(["unzip", "-p", str(path), "content.xml", "styles.xml"], capture_output=True, text=True).stdout
        r = re.sub(r"<text:line-break/>", "\n", r)
        r = re.sub(r"</text:(p|h)>", "\n", r)
        import html as _h
        return _h.unescape(re.sub(r"<[^>]+>", "", r))
    if suf == ".rtf":
        return rtf_text(path.read_text(encoding="ascii"))
    if suf in (".html", ".htm"):
        from lxml import html
        return html.fromstring(path.read_bytes()).text_content()
    if suf == ".eml":
        m = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        parts = [f"Subject: {m['subject']}"]
        for p in m.walk():
            if p.get_content_maintype() == "text":
                parts.append(p.get_content())
        return "\n".join(parts)
    b = path.read_bytes()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def appeal_present(t):
    t2 = re.sub(r"\s+", " ", t)
    deadline = re.search(r"\b(4|fire) uger|4 weeks", t2, re.I)
    body = re.search(r"Ankestyrelsen", t2)
    route = re.search(r"klage[rn]? (til|over)|appeal to|Klagen (sendes|skal|indgives)|skal du klage|Send din klage", t2, re.I)
    return bool(deadline and body and route)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--dump", type=Path, default=Path("/tmp/o_text"))
    a = ap.parse_args()
    entries = [json.loads(l) for l in (a.root / "EXPECTED.jsonl").read_text().splitlines() if l]
    a.dump.mkdir(parents=True, exist_ok=True)
    problems = 0
    for i, e in enumerate(entries):
        p = a.root / e["path"]
        t = extract(p)
        (a.dump / f"{i:03d}.txt").write_text(f"# {e['path']}\n# {e['kind']} {e['subtype']} {e['layout']} rules={e['rules']} extras={e['extras']}\n# {e['traits']}\n\n{t}")
        msgs = []
        for s in e["must_not_contain"][:1]:
            if s not in t and s.replace("-", "") not in t.replace("-", ""):
                msgs.append(f"CPR {s} not found in text")
        if e["kind"] == "decision":
            pres = appeal_present(t)
            want = "missing-appeal-guidance" not in e["rules"]
            if pres != want:
                msgs.append(f"appeal present={pres} but label says present={want}")
            if "appeal-position:last-page" in e["traits"] and e["format"] == "pdf":
                pages = t.split("\f")
                last = [x for x in pages if x.strip()][-1]
                if not appeal_present(last):
                    msgs.append("appeal not on last page")
        if e.get("period"):
            s = dt.date.fromisoformat(e["period"]["start"]); en = dt.date.fromisoformat(e["period"]["end"])
            over = en > add_months(s, 6) - dt.timedelta(days=1)
            if over != ("duration-over-6-months" in e["rules"]):
                msgs.append(f"period {s}..{en} over={over} vs label")
        if "duration-over-6-months" in e["rules"] and not e.get("period") and not any("length-only" in x for x in e["traits"]):
            msgs.append("over-6 without period")
        if e["kind"] == "unknown" and e["rules"]:
            msgs.append("unknown with rules")
        if msgs:
            problems += 1
            print(e["path"], "::", "; ".join(msgs))
    print(f"{len(entries)} checked, {problems} with problems; texts in {a.dump}")


if __name__ == "__main__":
    main()

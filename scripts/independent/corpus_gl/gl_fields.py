"""Which field texts a document gets, from its deliberate defects.

A defect is "rule" or "rule:mode". Modes:
  missing-goal: omit | ph          missing-mentor: omit | nocontact | tba
  missing-tasks: omit | ph         missing-duration: omit | open
  missing-hours: omit | vague | ph missing-follow-up: omit | vague
  missing-appeal-guidance: omit | vague | other
  duration-over-6-months: 9m | 12m | 6m+2w | 8m | 7m
  unclear-goal                     extras: appeal-wrong-route (direct route), missing-reasons
"""
from __future__ import annotations

import gl_content as C
from gl_common import fmt_da, fmt_en

PH = {"da": "Udfyldes senere", "en": "To be filled in", "easy": "…", "youth": "…"}


class Fields:
    def __init__(self, c, defects):
        self.c = c
        self.d = {}
        for x in defects:
            r, _, m = x.partition(":")
            self.d[r] = m or "omit"

    def has(self, r):
        return r in self.d

    def mode(self, r):
        return self.d.get(r)

    # each returns None (leave the section out) or the text to print
    def goal(self, reg):
        if self.has("missing-goal"):
            return None if self.mode("missing-goal") == "omit" else PH[reg]
        f = {"da": C.goal_da, "en": C.goal_en, "easy": C.goal_easy, "youth": C.goal_easy}[reg]
        return f(self.c, unclear=self.has("unclear-goal"))

    def tasks(self, reg):
        if self.has("missing-tasks"):
            return None if self.mode("missing-tasks") == "omit" else ["-"]
        return {"da": C.tasks_da, "en": C.tasks_en, "easy": C.tasks_easy, "youth": C.tasks_easy}[reg](self.c)

    def hours(self, reg):
        if self.has("missing-hours"):
            m = self.mode("missing-hours")
            if m == "omit":
                return None
            if m == "ph":
                return PH[reg] if reg in ("da", "en") else "…"
            return {"da": C.hours_da, "en": C.hours_en, "easy": C.hours_easy, "youth": C.hours_easy}[reg](self.c, vague=True)
        return {"da": C.hours_da, "en": C.hours_en, "easy": C.hours_easy, "youth": C.hours_easy}[reg](self.c)

    def follow(self, reg):
        if self.has("missing-follow-up"):
            if self.mode("missing-follow-up") == "omit":
                return None
            return {"da": C.follow_da, "en": C.follow_en, "easy": C.follow_easy, "youth": C.follow_easy}[reg](self.c, vague=True)
        if self.has("missing-duration"):
            # no end date anywhere when the duration is missing: the rhythm-only wording
            self.c["fi"] = 1
        return {"da": C.follow_da, "en": C.follow_en, "easy": C.follow_easy, "youth": C.follow_easy}[reg](self.c)

    def appeal(self, reg):
        if self.has("missing-appeal-guidance"):
            m = self.mode("missing-appeal-guidance")
            if m == "omit":
                return None
            f = {"da": C.appeal_da, "en": C.appeal_en, "easy": C.appeal_easy, "youth": C.appeal_easy}[reg]
            if m == "other" and reg != "da":
                m = "vague"
            return f(self.c, bad=m)
        f = {"da": C.appeal_da, "en": C.appeal_en, "easy": C.appeal_easy, "youth": C.appeal_easy}[reg]
        return f(self.c, bad="direct" if self.has("appeal-wrong-route") else None)

    def mentor(self):
        """dict(name, phone, email) | dict(name) | 'tba' | None"""
        c = self.c
        if self.has("missing-mentor"):
            m = self.mode("missing-mentor")
            if m == "omit":
                return None
            if m == "nocontact":
                return {"name": c["mentor"]}
            return "tba"
        return {"name": c["mentor"], "phone": c["mphone"], "email": c["memail"]}

    def period(self):
        """(start, end) | 'open' | None"""
        if self.has("missing-duration"):
            return None if self.mode("missing-duration") == "omit" else "open"
        return (self.c["start"], self.c["end"])

    def period_da(self, style="words", sep=" – "):
        p = self.period()
        if p is None:
            return None
        if p == "open":
            return "indtil videre"
        return f"{fmt_da(p[0], style)}{sep}{fmt_da(p[1], style)}"

    def period_en(self, style="uk", sep=" – "):
        p = self.period()
        if p is None:
            return None
        if p == "open":
            return "until further notice"
        return f"{fmt_en(p[0], style)}{sep}{fmt_en(p[1], style)}"

    def mentor_da(self, with_org=True):
        m = self.mentor()
        c = self.c
        if m is None:
            return None
        if m == "tba":
            return "Tildeles ved opstart"
        if "phone" not in m:
            return m["name"] + (f", {c['firm']}" if with_org else "")
        return f"{m['name']}" + (f", {c['firm']}" if with_org else "") + f"\nTlf. {m['phone']}\nMail: {m['email']}"

    def mentor_en(self, with_org=True):
        m = self.mentor()
        c = self.c
        if m is None:
            return None
        if m == "tba":
            return "To be assigned at the first meeting"
        if "phone" not in m:
            return m["name"] + (f", {c['firm']}" if with_org else "")
        return f"{m['name']}" + (f", {c['firm']}" if with_org else "") + f"\nPhone: {m['phone']}\nE-mail: {m['email']}"

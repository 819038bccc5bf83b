"""Case model: one citizen's mentor case with deliberate defects."""
import datetime as dt
import phrases_r as P

RULE_OF = {
    "goal_missing": "missing-goal", "goal_unclear": "unclear-goal",
    "mentor_missing": "missing-mentor", "mentor_nocontact": "missing-mentor",
    "tasks_missing": "missing-tasks", "duration_missing": "missing-duration",
    "over6": "duration-over-6-months", "followup_missing": "missing-follow-up",
    "hours_missing": "missing-hours", "hours_vague": "missing-hours",
    "appeal_missing": "missing-appeal-guidance", "appeal_nodeadline": "missing-appeal-guidance",
    "appeal_nobody": "missing-appeal-guidance", "appeal_vague": "missing-appeal-guidance",
}
FIELD_OF = {k: k.split("_")[0] for k in RULE_OF}
FIELD_OF["over6"] = "duration"

AGREEMENT_DEFECTS = list(RULE_OF)
MINPLAN_DEFECTS = ["goal_missing", "goal_unclear", "mentor_missing", "mentor_nocontact", "tasks_missing",
                   "duration_missing", "over6", "hours_missing", "hours_vague"]
DECISION_DEFECTS = ["appeal_missing", "appeal_nodeadline", "appeal_nobody", "appeal_vague", "over6"]


def phone(rng):
    return "%d%d %02d %02d %02d" % (rng.choice([2, 3, 4, 5, 6, 9]), rng.randint(0, 9), rng.randint(10, 99),
                                    rng.randint(10, 99), rng.randint(10, 99))


def fake_cpr(rng):
    d = dt.date(rng.randint(1970, 2005), rng.randint(1, 12), rng.randint(1, 28))
    return "%02d%02d%02d-%04d" % (d.day, d.month, d.year % 100, rng.randint(1000, 9999))


def slug(s):
    tr = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": "."})
    return s.translate(tr).lower()


class Case:
    def __init__(self, rng, kind, subtype, defects, persona, edu=False, udskriv=False):
        self.rng = rng
        self.kind, self.subtype, self.persona = kind, subtype, persona
        self.d = set(defects)
        self.fn = rng.choice(P.FIRST)
        self.ln = rng.choice(P.LAST)
        self.full = "%s %s" % (self.fn, self.ln)
        mf = rng.choice([x for x in P.FIRST if x != self.fn])
        self.mentor = "%s %s" % (mf, rng.choice(P.LAST))
        self.mentor_first = mf
        self.provider = rng.choice(P.PROVIDERS)
        self.kommune = rng.choice(P.KOMMUNER)
        town = self.kommune.split()[0]
        self.town = town
        self.dept = rng.choice(["Jobcenter %s" % town, "Beskæftigelse og Uddannelse", "Borgerservice og Job",
                                "Center for Job og Ydelser"])
        self.mentor_org = rng.choice([self.provider, "Jobcenter %s, mentorteamet" % town, "Mentorkorpset i %s" % town])
        self.mphone = phone(rng)
        import re as _re
        dom = _re.sub(r"[^a-z0-9-]", "", slug(self.mentor_org.split(",")[0]).replace(".", "-").replace("&", "og"))
        dom = _re.sub(r"-+", "-", dom).strip("-").replace("-aps", "").replace("-is", "") + ".dk"
        self.memail = "%s@%s" % (slug(self.mentor).split(".")[0], dom)
        cf = rng.choice([x for x in P.FIRST if x not in (self.fn, mf)])
        self.cw = "%s %s" % (cf, rng.choice(P.LAST))
        self.cwphone = phone(rng)
        self.cwemail = "%s@%s.dk" % (slug(self.cw).replace(".", ""), slug(town))
        self.company = rng.choice(P.COMPANIES)
        self.school = rng.choice(P.SCHOOLS)
        self.place = self.school if edu else self.company
        self.edu, self.udskriv = edu, udskriv
        self.sagsnr = "%d-%02d.%02d.%02d-G01-%d-%02d" % (rng.choice([2025, 2026]), rng.randint(10, 30),
                                                       rng.randint(1, 9), rng.randint(1, 9),
                                                       rng.randint(100, 999), rng.randint(10, 26))
        self.cpr = None
        # ---- period
        y = rng.choice([2025, 2026, 2026])
        self.start = dt.date(y, rng.randint(1, 12), rng.choice([1, 1, 1, 1, 15, 4, 10, 18]))
        self.weeks = None
        if udskriv:
            self.discharge = P.add_months(self.start, 2)
            self.months = 12 if "over6" in self.d else rng.choice([8, 8, 6])
            if self.months == 6:
                self.start = self.discharge
        elif "over6" in self.d:
            self.months = rng.choice([8, 9, 9, 10, 12])
        else:
            self.months = rng.choice([3, 4, 6, 6, 6, 5])
            if rng.random() < 0.08:
                self.weeks = rng.choice([12, 16, 20, 24])
                if "appeal_nodeadline" in self.d:  # "24 uger" would carry the substring "4 uger"
                    self.weeks = None
        if self.weeks:
            self.end = self.start + dt.timedelta(weeks=self.weeks) - dt.timedelta(days=1)
        else:
            self.end = P.end_of(self.start, self.months)
        self.dstyle = rng.choice(P.DATE_STYLES)
        self.has_period = "duration_missing" not in self.d
        self.range_style = None
        # ---- hours
        self.per = "måned" if rng.random() < 0.15 else "uge"
        self.h = rng.choice([4, 6, 8, 10, 12]) if self.per == "måned" else rng.choice([1, 1.5, 2, 2, 3, 3, 4, 5])
        self._hours = P.hours_text(rng, self.h, self.per)
        # ---- goal / tasks / follow-up
        if "goal_unclear" in self.d:
            g = rng.choice(P.VAGUE_GOALS)
        elif edu:
            g = rng.choice(P.EDU_GOALS)
        else:
            g = rng.choice(P.CLEAR_GOALS)
        if "SOSU" in g:
            self.school = "SOSU Syd"
        if "{school}" in g and "{company}" not in g:
            self.place = self.school
        elif "{company}" in g:
            self.place = self.company
        self._goal = self.fill(g)
        n = rng.choice([2, 3, 3, 4])
        self._tasks = [self.fill(t) for t in rng.sample(P.TASKS, n)]
        self._tasks_en = [self.fill(t) for t in rng.sample(P.TASKS_EN, n)]
        sub = self.fill(rng.choice(P.SUBGOALS))
        if self.d & {"goal_missing", "goal_unclear"}:
            self._follow = self.fill(rng.choice(P.FOLLOW_NOGOALWORD))
        else:
            self._follow = self.fill(rng.choice(P.FOLLOW).replace("{sub}", sub))
        if "duration_missing" in self.d:  # no time points that could read as an end
            self._follow = self._follow.replace(" Evaluering 14 dage før støtteperioden ophører.", "")
            if "halvdelen" in self._follow or "udløb" in self._follow:
                self._follow = self.fill(P.FOLLOW[0].replace("{sub}", sub)).replace(
                    " Evaluering 14 dage før støtteperioden ophører.", "")
        if "appeal_nodeadline" in self.d:
            self._follow = self._follow.replace("hver 4. uge", "hver måned")
        self.traits = []

    # ------------------------------------------------------------------
    def fill(self, s):
        return s.replace("{fn}", self.fn).replace("{company}", self.company).replace(
            "{school}", self.school).replace("{place}", self.place)

    @property
    def no_contact_noise(self):
        return bool(self.d & {"mentor_missing", "mentor_nocontact"})

    def goal(self):
        return None if "goal_missing" in self.d else self._goal

    def goal_at(self, lead="Målet er"):
        g = self.goal()
        if g is None:
            return None
        if g.startswith(self.fn + " "):
            return "%s, at %s" % (lead, g)
        return "%s: %s" % (lead, g[0].lower() + g[1:] if not g.startswith(("Støtte", "Hjælp", "Sikre", "Motivere", "Øget", "At")) else g)

    def mentor_ok(self):
        return not self.d & {"mentor_missing", "mentor_nocontact"}

    def has_mentor_name(self):
        return "mentor_missing" not in self.d

    def tasks(self, en=False):
        return None if "tasks_missing" in self.d else (self._tasks_en if en else self._tasks)

    def period(self, dstyle=None, rstyle=None):
        if not self.has_period:
            return None
        t, rs, ds = P.range_text(self.rng, self.start, self.end, months=None if self.weeks else self.months,
                                 weeks=self.weeks, dstyle=dstyle or self.dstyle, rstyle=rstyle)
        self.range_style, self.dstyle_used = rs, ds
        return t

    def date(self, d, style=None):
        return P.fdate(d, style or self.dstyle)

    def hours(self):
        if "hours_missing" in self.d:
            return None
        if "hours_vague" in self.d:
            return self.rng.choice(P.VAGUE_HOURS)
        return self._hours

    def follow(self):
        return None if "followup_missing" in self.d else self._follow

    def appeal(self, reg):
        k = dict(kommune=self.kommune, dept=self.dept)
        if "appeal_missing" in self.d:
            return None
        for key, table in (("appeal_nodeadline", P.APPEAL_NODEADLINE), ("appeal_nobody", P.APPEAL_NOBODY),
                           ("appeal_vague", P.APPEAL_VAGUE)):
            if key in self.d:
                return table[reg].format(**k)
        return P.APPEAL_FULL[reg].format(**k)

    def rules(self):
        return sorted({RULE_OF[x] for x in self.d})

    def period_json(self):
        if not self.has_period:
            return None
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

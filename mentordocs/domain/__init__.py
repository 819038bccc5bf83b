"""Domain knowledge shared by generation, linting and the web form.

Each fact has one home here: the mandatory fields and their labels (:mod:`.fields`), the
versioned legal references (:mod:`.legal`), the 6-month period arithmetic (:mod:`.periods`),
goal clarity (:mod:`.goals`), CPR masking (:mod:`.cpr`) and Danish formatting (:mod:`.danish`).
"""

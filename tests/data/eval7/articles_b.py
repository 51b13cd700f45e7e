"""Held-out articles, set B: three original news stories written for the
seventh evaluation set, at ordinary newspaper and wire density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`drought_water_limits` is a wire story with straight quotes and "\\n";
`hospital_waiting_times` uses curly quotes and "\\r\\n";
`city_council_budget` uses curly quotes and "\\n", with a headline and a dek.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. drought_water_limits: wire story, dateline, straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["drought_water_limits"] = dict(nl="\n", paras=[
    [
        S('''VALDERRA, July 14 (Meridian News) -''',
          N, why="Dateline (place, date, agency): a byline-like block, not part of the sentence that follows, so it gets no CLAIM; 'July 14' is a date, not a FIGURE."),
        S('''Authorities in Talmora province ordered sweeping limits on household water use on Monday after the reservoirs that supply its capital fell to their lowest level in more than three decades.''',
          "", why="The order and the reservoir low are stated in the wire's own voice.",
          f=[("more than three decades", "3")]),
    ],
    [
        S('''The five reservoirs serving Valderra and its 1.8 million residents held 23 percent of their combined capacity on Sunday, down from 41 percent a year earlier, the Ministry of Water Resources said.''',
          "Ministry of Water Resources",
          why="Passes on the ministry's figures ('the Ministry of Water Resources said'). 'The five reservoirs' is the first mention of the group, so it is a count and a FIGURE.",
          f=[("five reservoirs", "5"), ("1.8 million residents", "1800000"),
             ("23 percent", "23"), ("41 percent", "41")]),
        S('''That is equivalent to about 212 million cubic metres of water, it said.''',
          "Ministry of Water Resources", why="'it' resolves to the ministry; the claimant is its name.",
          f=[("about 212 million cubic metres", "212000000")]),
    ],
    [
        S('''Lake Soren, the largest of the five, held 96 million cubic metres, or 31 percent of capacity, while the Brevik reservoir in the hills north of the city was at 9 percent.''',
          "", why="No attribution in the sentence, so the article's own voice. 'the largest of the five' refers back to the known group of reservoirs and is not a FIGURE.",
          f=[("96 million cubic metres", "96000000"), ("31 percent", "31"), ("9 percent", "9")]),
    ],
    [
        S('''From Thursday, residents may not use mains water to irrigate gardens, fill private swimming pools or wash cars, and ornamental fountains will be switched off, the ministry said in a statement.''',
          "Ministry of Water Resources",
          why="'the ministry said in a statement': the description resolves to the ministry's name. The rules are a checkable decision, even though they take effect later."),
        S('''Businesses using more than 500 cubic metres a month must cut consumption by 15 percent or face fines of up to 20,000 crowns.''',
          "", why="States the published rules in the wire's own voice (no attribution tag). 'a month' is an article plus noun, not a FIGURE.",
          f=[("more than 500 cubic metres", "500"), ("15 percent", "15"), ("up to 20,000 crowns", "20000")]),
    ],
    [
        S('''Valderra Water Company, the utility that supplies most of the province, said it would cut mains pressure overnight in 14 districts from next week to reduce losses from leaking pipes.''',
          "Valderra Water Company",
          why="Reported speech about a planned measure; that the utility said it is checkable, so a CLAIM.",
          f=[("14 districts", "14")]),
        S('''Leaks account for roughly 27 percent of the water the company treats, according to its latest annual report.''',
          "Valderra Water Company",
          why="'according to its latest annual report': the report's author, the utility, is the claimant.",
          f=[("roughly 27 percent", "27")]),
    ],
    [
        S('''"We are asking every household to play its part," company spokeswoman Irene Castell told reporters.''',
          N, why="Quotation plus attribution; the quotation is an appeal, not a checkable fact. Job title 'company spokeswoman' is dropped from the speaker.",
          q=[('''"We are asking every household to play its part,"''', "Irene Castell")]),
        S('''"If every home saves 20 litres a day, we can keep the taps running normally until the autumn rains."''',
          N, why="Continuation of Castell's quotation after the tag (a separate QUOTE); a conditional prediction. Its FIGURE is still marked.",
          q=[('''"If every home saves 20 litres a day, we can keep the taps running normally until the autumn rains."''', "Irene Castell")],
          f=[("20 litres", "20")]),
    ],
    [
        S('''Castell said average daily use in the city had already fallen to 148 litres per person, from 171 litres in June, after a voluntary appeal.''',
          "Castell", why="Reported speech; claimant by the name the article uses at this mention ('Castell'). 'June' is a date.",
          f=[("148 litres", "148"), ("171 litres", "171")]),
    ],
    [
        S('''Rainfall across Talmora since October has been 38 percent below the long-term average, according to the National Meteorological Office.''',
          "National Meteorological Office", why="'according to' attribution.",
          f=[("38 percent", "38")]),
        S('''Without significant rain, reservoir levels could drop below 15 percent by late August, a point at which engineers may have to start drawing on emergency reserves.''',
          N, why="Hedged forecast ('could', 'may') in the wire's own voice with no source: a prediction, not a checkable assertion. Its FIGURE is still marked; 'below' is not one of the approximators, so the span is the number and unit.",
          f=[("15 percent", "15")]),
    ],
    [
        S('''Farmers, who use about 70 percent of the province's water, are not covered by the household limits but have been under separate irrigation quotas since May.''',
          "", f=[("about 70 percent", "70")]),
        S('''The growers' association AgroTal said the quotas had already left some 40,000 hectares unplanted this season.''',
          "AgroTal", why="Reported speech; 'some' acts as an approximator.",
          f=[("some 40,000 hectares", "40000")]),
    ],
    [
        S('''The last comparable restrictions in Valderra were imposed in 1991, when reservoir levels fell to 19 percent.''',
          "", why="Checkable history in the wire's own voice; '1991' is a year, not a FIGURE.",
          f=[("19 percent", "19")]),
        S('''More restrictions are likely to follow if the dry weather lasts into the autumn.''',
          N, why="The wire's own prediction; not checkable."),
    ],
    [
        S('''(Reporting by Marta Ilves; Editing by Paul Renner)''',
          N, why="Wire byline/credit line."),
    ],
])

# ---------------------------------------------------------------------------
# 2. hospital_waiting_times: public health, curly quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["hospital_waiting_times"] = dict(nl="\r\n", paras=[
    [
        S("Nearly one in five patients waiting for planned hospital treatment in Eastmere has been on the list for more than a year, according to a report published on Wednesday by the Health Standards Council.",
          "Health Standards Council",
          why="'according to a report ... by' the council: the report's author is the claimant. 'one in five' is one rate, marked as a single FIGURE whose value is the written ratio as a plain decimal (1/5 = 0.2), the reading the 'plain decimal' rule supports best. 'more than a year': 'a' is an article, not a FIGURE.",
          f=[("Nearly one in five patients", "0.2")]),
    ],
    [
        S("The independent watchdog found that 412,000 people were waiting for operations, scans or specialist appointments at the end of March, up 9 per cent on a year earlier.",
          "Health Standards Council", why="'The independent watchdog' is a description that resolves to the council's name.",
          f=[("412,000 people", "412000"), ("9 per cent", "9")]),
        S("Of those, some 78,000 patients had waited more than 52 weeks.",
          "", why="No attribution tag in the sentence, so the article's own voice.",
          f=[("some 78,000 patients", "78000"), ("more than 52 weeks", "52")]),
        S("The median wait for a first outpatient appointment rose to 14.5 weeks, against a target of 10 weeks, the report said.",
          "Health Standards Council", why="'the report said': its author is the claimant. 'first' is an ordinal.",
          f=[("14.5 weeks", "14.5"), ("10 weeks", "10")]),
    ],
    [
        S("The longest waits were in orthopaedics and eye surgery, and in the rural north of the region, where only 48 per cent of patients were seen within 18 weeks.",
          "", f=[("48 per cent", "48"), ("18 weeks", "18")]),
    ],
    [
        S("Prof. Helen Achebe, who chaired the review, said staff shortages were the single biggest cause, with 6,300 vacancies for nurses across the region’s hospitals.",
          "Prof. Helen Achebe",
          why="Reported speech. 'Prof.' is kept as a form of address like 'Dr.'/'Mr.' (an honorific, not a job title such as 'chair').",
          f=[("6,300 vacancies", "6300")]),
        S("“Hospitals cannot open beds they cannot staff,” Prof. Achebe said.",
          N, why="Quotation plus attribution; the quotation states a general principle, not a checkable fact.",
          q=[("“Hospitals cannot open beds they cannot staff,”", "Prof. Achebe")]),
    ],
    [
        S("Dr. Fiona Marsh, an emergency medicine consultant at St Aldric’s Hospital in Kelbury, said the findings matched what she saw on every shift.",
          "Dr. Fiona Marsh", why="Reported speech; the job description is dropped, the honorific 'Dr.' stays."),
    ],
    {"s": [
        S("“We see people arriving in the emergency department because the hip operations they were promised have not happened.",
          "Dr. Fiona Marsh",
          why="First sentence of a two-sentence quotation; a first-hand account checkable against admissions records. The tag on the next sentence ('she said', resolving to Dr. Fiona Marsh) names the claimant."),
        S("Some of them have been waiting for two years,” she said.",
          "Dr. Fiona Marsh", why="Second sentence of the quotation with its tag; a checkable waiting time.",
          f=[("two years", "2")]),
        S("She said ambulances had queued outside the hospital for up to six hours on several nights last month.",
          "Dr. Fiona Marsh", why="Reported speech after the quotation; 'She' resolves to Dr. Fiona Marsh. Same paragraph as the quotation, outside its marks; 'several' is not a FIGURE.",
          f=[("up to six hours", "6")]),
    ], "q": [
        ("“We see people arriving in the emergency department because the hip operations they were promised have not happened. Some of them have been waiting for two years,”", "Dr. Fiona Marsh"),
    ]},
    [
        S("Health Minister Robert Kane said the government accepted the report’s findings and would publish a recovery plan within six weeks.",
          "Robert Kane", why="Reported speech; that he said it is checkable even though the plan lies in the future. Job title 'Health Minister' dropped.",
          f=[("six weeks", "6")]),
        S("“These numbers are not good enough, and I am not going to pretend otherwise,” Mr. Kane told reporters.",
          N, why="Quotation plus attribution; the quotation is a judgement, not a checkable fact.",
          q=[("“These numbers are not good enough, and I am not going to pretend otherwise,”", "Mr. Kane")]),
        S("He said £240m had been allocated since January to hire extra staff and run weekend operating lists.",
          "Mr. Kane", why="Reported speech; 'He' resolves to the name used at the nearest mention, 'Mr. Kane'. 'm' is the scale word (million).",
          f=[("£240m", "240000000")]),
        S("“Waiting lists have fallen in each of the last three months,” he said.",
          "Mr. Kane", why="Quotation plus attribution; the quotation asserts a checkable trend.",
          q=[("“Waiting lists have fallen in each of the last three months,”", "Mr. Kane")],
          f=[("three months", "3")]),
    ],
    [
        S("A Patients’ Forum spokesperson said the minister’s figures masked a worsening picture for older people.",
          "Patients’ Forum spokesperson",
          why="Reported speech from an unnamed source; the description is kept without the article."),
        S("The charity said patients aged over 75 made up 31 per cent of those who had waited more than a year.",
          "Patients’ Forum",
          why="'The charity' resolves to the organisation's name. 'over 75' is an age with the approximator 'over'; 'a year' is not a FIGURE.",
          f=[("over 75", "75"), ("31 per cent", "31")]),
        S("It said it had heard from thousands of patients whose conditions had got worse while they waited.",
          "Patients’ Forum",
          why="Reported speech. 'thousands' is an inexact quantity: FIGURE with empty value; the noun follows only after 'of', so the span is the word alone (as for 'Dozens').",
          f=[("thousands", "")]),
        S("“Behind every one of these numbers is someone living in pain,” the spokesperson said.",
          N, why="Quotation plus attribution expressing a sentiment, not a checkable fact. 'one of these numbers' is 'one' as a pronoun, not a FIGURE.",
          q=[("“Behind every one of these numbers is someone living in pain,”", "Patients’ Forum spokesperson")]),
    ],
    [
        S("The council will publish its next quarterly figures in October.",
          "", why="A scheduled publication, checkable, not the reporter's forecast. 'next' and 'quarterly' are not FIGUREs."),
        S("With winter still to come, few in the health service expect the lists to shrink soon.",
          N, why="Reporter's unattributed prediction and general impression; not checkable."),
    ],
])

# ---------------------------------------------------------------------------
# 3. city_council_budget: local government, headline and dek, curly quotes,
#    "\n"
# ---------------------------------------------------------------------------
ARTICLES["city_council_budget"] = dict(nl="\n", paras=[
    [S("Dunmore Falls passes $48.2m budget, cuts Sunday library hours",
       N, why="Headline: no CLAIM, but its FIGURE is marked.",
       f=[("$48.2m", "48200000")])],
    [S("Property taxes to rise 3.4 percent after a divided council vote",
       N, why="Dek (subhead): no CLAIM, but its FIGURE is marked.",
       f=[("3.4 percent", "3.4")])],
    [
        S("Dunmore Falls city council approved a $48.2 million operating budget for next year on Tuesday night in a 7-2 vote, ending three weeks of debate over libraries and roads.",
          "",
          why="Event in the article's own voice. The vote tally '7-2' counts votes, so it is a FIGURE; the guidelines give no value form for a tally, so the hyphenated pair is kept as written (the two-number 'a-b' form used for ranges).",
          f=[("$48.2 million", "48200000"), ("7-2", "7-2"), ("three weeks", "3")]),
    ],
    [
        S("The budget raises the residential property tax rate by 3.4 percent, adding about $86 a year to the bill for an average home, according to city staff.",
          "city staff", why="'according to' an unnamed source: its description without the article. 'a year' is not a FIGURE.",
          f=[("3.4 percent", "3.4"), ("about $86", "86")]),
        S("It also trims half a million dollars from the library system by closing all four branches on Sundays, and sets aside $12.5m for road resurfacing, the largest single item in the capital plan.",
          "", why="The budget's contents in the article's own voice. 'half a million dollars' is a number in words with its unit; 'all' is not an approximator.",
          f=[("half a million dollars", "500000"), ("four branches", "4"), ("$12.5m", "12500000")]),
    ],
    [
        S("Councillors Dana Whitcombe and Raj Patel voted against the budget.",
          "", why="A checkable voting record in the article's own voice."),
        S("During Tuesday’s debate, Ms. Whitcombe pressed staff on why libraries were being cut while spending on roads grew by $2.1 million.",
          "", why="A speech act reported as an event (she pressed staff with a question), so a CLAIM with empty claimant; the roads increase is stated in the article's voice.",
          f=[("$2.1 million", "2100000")]),
        S("“How do we tell a family the library is shut on the only day they can get there, while we find $12.5m for asphalt?” she asked.",
          N, why="The councillor's question: not an assertion. Speaker by the name at the nearest mention ('Ms. Whitcombe'; the honorific stays, 'Councillor' is a title and goes). The restated amount is still a FIGURE.",
          q=[("“How do we tell a family the library is shut on the only day they can get there, while we find $12.5m for asphalt?”", "Ms. Whitcombe")],
          f=[("$12.5m", "12500000")]),
        S("Mr. Patel said the tax increase was higher than residents had been led to expect in the spring, when staff projected 2.5 percent.",
          "Mr. Patel", why="Reported speech.",
          f=[("2.5 percent", "2.5")]),
    ],
    [
        S("Mayor Gordon Hale said the road work could not be put off any longer.",
          "Gordon Hale", why="Reported speech (his stated position); job title 'Mayor' dropped."),
        S("“Some of these streets have not been resurfaced since the 1980s,” he said.",
          "Gordon Hale", why="Quotation plus attribution; the quotation asserts a fact checkable in maintenance records. 'the 1980s' is a decade (a date), not a FIGURE.",
          q=[("“Some of these streets have not been resurfaced since the 1980s,”", "Gordon Hale")]),
        S("The city received 1,140 complaints about potholes last year, up from 780 in 2021, he added.",
          "Gordon Hale", why="Reported speech with the tag 'he added' at the end; '2021' is a year.",
          f=[("1,140 complaints", "1140"), ("780", "780")]),
    ],
    [
        S("According to city records, library visits rose 12 percent last year to just over 390,000, and Sunday was the busiest day of the week at the central branch.",
          "city records", why="'According to' a documentary source with no named author: its description without the article. 'just over' is an approximator.",
          f=[("12 percent", "12"), ("just over 390,000", "390000")]),
    ],
    [
        S("Retired teacher Marjorie Pell, who has lived in Dunmore Falls for 40 years, was among 23 residents who spoke during the public comment period.",
          "", f=[("40 years", "40"), ("23 residents", "23")]),
    ],
    [
        S("“A city is judged by its libraries, not by its potholes,” she said.",
          N, why="Resident's opinion: quotation plus attribution with no checkable fact.",
          q=[("“A city is judged by its libraries, not by its potholes,”", "Marjorie Pell")]),
        S("“Closing on Sundays saves a little money and costs this town a great deal.”",
          N, why="Continuation of Ms Pell's quotation (a separate QUOTE after the tag); an opinion.",
          q=[("“Closing on Sundays saves a little money and costs this town a great deal.”", "Marjorie Pell")]),
    ],
    [
        S("Most of the speakers opposed the library cuts, though several business owners urged the council to fix the roads first.",
          "", why="A checkable account of the meeting in the article's voice; 'Most' and 'several' are not FIGUREs."),
        S("Library director Anne Ruiz said staff hours would be reduced but no one would lose their job.",
          "Anne Ruiz", why="Reported speech; 'no one' is not a FIGURE."),
    ],
    [
        S("Councillors also voted unanimously for a separate $3.9 million program to replace ageing water mains in the east end.",
          "", why="A checkable vote in the article's own voice; 'unanimously' is not a FIGURE.",
          f=[("$3.9 million", "3900000")]),
    ],
    [
        S("The budget takes effect on Jan. 1.",
          "", why="A checkable fact; 'Jan. 1' is a date."),
        S("The library cuts seem certain to resurface in next year’s municipal election campaign.",
          N, why="Reporter's prediction."),
    ],
])

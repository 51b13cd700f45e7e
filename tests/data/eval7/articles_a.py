"""Held-out articles, set A: three original news stories written for this
evaluation set, at ordinary newspaper/wire density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`regional_bank_profit` and `cup_semifinal_report` use curly quotes and "\\n"
line endings; `fraud_trial_verdict` uses straight quotes and "\\r\\n".

Judgement calls made where the guidelines leave room:
- Match scores (`2-1`, `3-0`) are counts of goals, a checkable quantity not
  excluded by the guidelines, so each is one FIGURE; by analogy with the
  range notation its value is written `2-1`.
- Ages given bare after a name (`Graham Whitlock, 58,`) are FIGUREs (ages
  are listed as figures) with the number alone as span.
- Ordinals (`23rd minute`, `second-quarter`, `19th goal`) are never FIGUREs.
- A continuation quotation after an interrupting tag is its own sentence and
  QUOTE; when it is a CLAIM its claimant is the speaker named in the tag.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. regional_bank_profit: business story, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["regional_bank_profit"] = dict(nl="\n", paras=[
    [
        S("Alder Ridge Financial reported a 14% rise in second-quarter profit on Thursday, as higher interest income and a sharp fall in provisions for bad loans lifted the regional lender’s results above analysts’ forecasts.",
          "", why="Results reported in the article's own voice. 'second-quarter' is an ordinal, not a FIGURE.",
          f=[("14%", "14")]),
    ],
    [
        S("Net income rose to $612 million, or $1.84 a share, in the three months to June 30, from $537 million a year earlier.",
          "", why="'June 30' is a date; 'a year' uses the article 'a', not a FIGURE.",
          f=[("$612 million", "612000000"), ("$1.84", "1.84"), ("three months", "3"),
             ("$537 million", "537000000")]),
        S("Analysts had expected earnings of $1.71 a share on average, according to a survey by Colbert Market Data.",
          "Colbert Market Data", why="'according to' attribution to a named data provider.",
          f=[("$1.71", "1.71")]),
    ],
    [
        S("Net interest income, the difference between what a bank earns on loans and pays out on deposits, climbed 9% to $2.3 billion.",
          "", f=[("9%", "9"), ("$2.3 billion", "2300000000")]),
        S("Provisions for credit losses fell to $148 million from $231 million in the same period last year, as fewer commercial property borrowers fell behind on repayments.",
          "", f=[("$148 million", "148000000"), ("$231 million", "231000000")]),
    ],
    [
        S("“We have come through the past 18 months in far better shape than the doubters expected, and nobody calls us a ‘problem bank’ any more,” said chief executive Margaret Okonjo-Reyes.",
          N, why="Quotation plus attribution; the quotation is a self-assessment and a characterisation, not a checkable fact. The nested ‘problem bank’ is inside the outer quotation, so not a separate QUOTE. Job title 'chief executive' is dropped from the speaker.",
          q=[("“We have come through the past 18 months in far better shape than the doubters expected, and nobody calls us a ‘problem bank’ any more,”", "Margaret Okonjo-Reyes")],
          f=[("18 months", "18")]),
        S("“Deposits grew in every one of our 11 states this quarter, and our capital ratio is the highest it has been since 2016.”",
          "Margaret Okonjo-Reyes",
          why="Continuation of the quotation after the interrupting tag (a separate QUOTE); asserts checkable facts about deposits and the capital ratio, so a CLAIM with the tag's speaker as claimant. 'one' is a pronoun; '2016' is a year.",
          q=[("“Deposits grew in every one of our 11 states this quarter, and our capital ratio is the highest it has been since 2016.”", "Margaret Okonjo-Reyes")],
          f=[("11 states", "11")]),
    ],
    [
        S("Alder Ridge raised its forecast for full-year growth in net interest income to 6-8%, from 4-6% previously, and said it expected operating expenses of $5.1 billion to $5.3 billion.",
          "Alder Ridge",
          why="Passes on the bank's own forecast and stated expectation (its position); claimant is the bank by the name used here. Each range is one FIGURE with value low-high.",
          f=[("6-8%", "6-8"), ("4-6%", "4-6"), ("$5.1 billion to $5.3 billion", "5100000000-5300000000")]),
    ],
    [
        S("In May the bank agreed to sell its European equipment-leasing arm, Corrib Asset Finance, to the insurer Veldhaven Groep for €450m, in a deal expected to close by the end of the year.",
          "", why="The agreed sale is reported in the article's own voice.",
          f=[("€450m", "450000000")]),
        S("Finance chief Daniel Pruitt said the sale would add about 0.3 percentage points to the bank’s core capital ratio, which stood at 11.2% at the end of June.",
          "Daniel Pruitt", why="Reported speech; job title 'Finance chief' dropped.",
          f=[("about 0.3 percentage points", "0.3"), ("11.2%", "11.2")]),
    ],
    [
        S("Shares in Alder Ridge rose 4.6% to $38.20 by early afternoon, valuing the company at roughly $17 billion.",
          "", f=[("4.6%", "4.6"), ("$38.20", "38.20"), ("roughly $17 billion", "17000000000")]),
        S("The stock has gained 22% since January but remains below its level of early last year.",
          "", f=[("22%", "22")]),
    ],
    [
        S("The results were “the cleanest set we have had from Alder Ridge in two years”, according to Priya Ramanathan, a banking analyst at Hollis & Crane.",
          "Priya Ramanathan",
          why="'according to' attribution with a partial quotation: reported speech, so a CLAIM (that she said it is checkable); the quotation test applies only to a direct quotation plus an 'X said' tag.",
          q=[("“the cleanest set we have had from Alder Ridge in two years”", "Priya Ramanathan")],
          f=[("two years", "2")]),
        S("She said lower provisions accounted for about 8 cents of the 13-cent beat, and that commercial property losses could rise again if interest rates stay high into next year.",
          "Priya Ramanathan", why="Reported speech; 'She' resolves to the analyst. The forecast is hers, reported, so still a CLAIM.",
          f=[("about 8 cents", "8"), ("13-cent", "13")]),
        S("According to Ms Ramanathan, Alder Ridge shares trade at about 1.1 times book value, against an average of 1.3 times for its regional peers.",
          "Ms Ramanathan", why="'According to' attribution.",
          f=[("about 1.1 times", "1.1"), ("1.3 times", "1.3")]),
    ],
    [
        S("Ms Okonjo-Reyes said the board had kept the quarterly dividend at 42 cents a share and that the bank bought back $300 million of its own stock during the quarter.",
          "Ms Okonjo-Reyes", why="Reported speech.",
          f=[("42 cents", "42"), ("$300 million", "300000000")]),
        S("“We would rather be boring and still here in ten years’ time than exciting for a season,” she said.",
          N, why="Quotation plus attribution giving a preference/philosophy, not a checkable fact; 'she' resolves to Ms Okonjo-Reyes. 'a season' is an article plus noun.",
          q=[("“We would rather be boring and still here in ten years’ time than exciting for a season,”", "Ms Okonjo-Reyes")],
          f=[("ten years", "10")]),
        S("“Growth that you buy by lowering your standards always comes back to bite you.”",
          N, why="Continuation of her quotation after the tag (separate QUOTE); a general opinion.",
          q=[("“Growth that you buy by lowering your standards always comes back to bite you.”", "Ms Okonjo-Reyes")]),
    ],
    [
        S("Founded in 1887 in the river town of Kessock Ford, Alder Ridge operates about 640 branches and employs roughly 21,000 people.",
          "", why="'1887' is a year.",
          f=[("about 640 branches", "640"), ("roughly 21,000 people", "21000")]),
        S("Investors will now turn to the results of the annual stress test, due next month, for signs of how the bank would cope with a downturn.",
          N, why="Reporter's prediction of what investors will do; not a checkable assertion."),
    ],
])

# ---------------------------------------------------------------------------
# 2. fraud_trial_verdict: court report, straight quotes, "\r\n", headline
#    and byline lines at the top
# ---------------------------------------------------------------------------
ARTICLES["fraud_trial_verdict"] = dict(nl="\r\n", paras=[
    [S('''Former care group finance chief jailed for six years over £3.8m fraud''',
       N, why="Headline (title block): no CLAIM, but its FIGUREs are marked.",
       f=[("six years", "6"), ("£3.8m", "3800000")])],
    [S('''By Tomasz Keller, Courts Reporter''', N, why="Byline.")],
    [
        S('''A former finance director who stole almost £3.8 million from a chain of care homes to pay for luxury holidays, a villa and a share in a racehorse was jailed for six years on Friday.''',
          "", f=[("almost £3.8 million", "3800000"), ("six years", "6")]),
    ],
    [
        S('''Graham Whitlock, 58, of Fenbury, was found guilty by a jury at Aldermoor Crown Court last month of 14 counts of fraud by abuse of position and two counts of false accounting.''',
          "", why="The bare age '58' is a FIGURE (an age).",
          f=[("58", "58"), ("14 counts", "14"), ("two counts", "2")]),
        S('''The offences were committed over almost five years while he worked for Brightwater Care Group, which runs 23 homes for elderly people across the county.''',
          "", f=[("almost five years", "5"), ("23 homes", "23")]),
    ],
    [
        S('''The court heard during the three-week trial that Whitlock had moved money into 11 shell companies he controlled, disguising the payments as invoices for building and maintenance work that was never carried out.''',
          "", why="Evidence reported with 'the court heard' and no named source; as the article does not say who asserted it, claimant is empty.",
          f=[("three-week", "3"), ("11 shell companies", "11")]),
    ],
    [
        S('''Sentencing him, Judge Helen Marchetti said Whitlock had shown "breathtaking arrogance" and had betrayed colleagues who trusted him.''',
          "Helen Marchetti",
          why="Reported speech with a two-word partial quotation; 'Judge' is a job title and is dropped.",
          q=[('''"breathtaking arrogance"''', "Helen Marchetti")]),
    ],
    {"s": [
        S('''"You took money that was meant to keep elderly and vulnerable people warm, fed and safe.''',
          "Helen Marchetti",
          why="First sentence of a three-sentence quotation; states the proven taking of the homes' money, checkable against the verdict. Claimant from the tag on the last sentence ('the judge' resolves to Helen Marchetti)."),
        S('''Care staff went without a pay rise for two years while you bought a share in a racehorse.''',
          "Helen Marchetti", why="Middle sentence of the quotation; checkable facts.",
          f=[("two years", "2")]),
        S('''What did you think would happen when the auditors finally looked?" the judge asked.''',
          N, why="Last sentence of the quotation, with its tag: a (rhetorical) question, not an assertion."),
    ], "q": [
        ('''"You took money that was meant to keep elderly and vulnerable people warm, fed and safe. Care staff went without a pay rise for two years while you bought a share in a racehorse. What did you think would happen when the auditors finally looked?"''', "Helen Marchetti"),
    ]},
    [
        S('''Whitlock, who denied all the charges, stood with his hands clasped and showed no emotion as the sentence was read out.''',
          "", why="Observed conduct in court and his plea, reported in the article's own voice; concrete and checkable rather than mere scene-setting."),
        S('''The judge said he would serve up to three years in prison before being released on licence.''',
          "Helen Marchetti", why="Reported speech; 'The judge' resolves to the name.",
          f=[("up to three years", "3")]),
    ],
    [
        S('''His former colleague Lorna Feeney, 44, who admitted two counts of false accounting, was given a two-year sentence suspended for 18 months and ordered to carry out 200 hours of unpaid work.''',
          "", why="'two-year' is a hyphenated compound marked alone.",
          f=[("44", "44"), ("two counts", "2"), ("two-year", "2"), ("18 months", "18"),
             ("200 hours", "200")]),
    ],
    [
        S('''Speaking outside court, prosecutor Nadia Rahman said the case had taken more than two years to bring to trial because of the volume of financial records involved.''',
          "Nadia Rahman", why="Reported speech; job title 'prosecutor' dropped.",
          f=[("more than two years", "2")]),
        S('''"This was not a moment of madness," she told reporters.''',
          N, why="Quotation plus attribution; a characterisation of the crime, not a checkable fact. 'she' resolves to Nadia Rahman.",
          q=[('''"This was not a moment of madness,"''', "Nadia Rahman")]),
        S('''"He lied to the company's auditors at least three times and kept the scheme going for almost five years."''',
          "Nadia Rahman",
          why="Continuation of her quotation after the tag (separate QUOTE); asserts checkable facts, so a CLAIM with the tag's speaker as claimant.",
          q=[('''"He lied to the company's auditors at least three times and kept the scheme going for almost five years."''', "Nadia Rahman")],
          f=[("at least three times", "3"), ("almost five years", "5")]),
    ],
    [
        S('''In mitigation, Martin Oyelaran, defending, said Whitlock had lost his home and his marriage and now lived with his eighty-one-year-old mother in a two-bedroom flat.''',
          "Martin Oyelaran",
          why="Reported speech. The age in words is a hyphenated compound marked whole; 'two-bedroom' is a count compound like 'two-hour'.",
          f=[("eighty-one-year-old", "81"), ("two-bedroom", "2")]),
        S('''"He knows he has let down a great many people, and he has not tried to hide from that," he said.''',
          N, why="Quotation plus attribution about his client's state of mind; not checkable. 'he' resolves to Martin Oyelaran; 'a great many' is not a FIGURE.",
          q=[('''"He knows he has let down a great many people, and he has not tried to hide from that,"''', "Martin Oyelaran")]),
        S('''Mr Oyelaran told the court that £410,000 had already been recovered from the sale of his client's house.''',
          "Mr Oyelaran", f=[("£410,000", "410000")]),
    ],
    [
        S('''Brightwater's chief executive, Simon Hale, said the fraud had forced the group to delay refurbishing four of its homes and to freeze staff pay.''',
          "Simon Hale", why="Reported speech; 'four' counts homes though the noun does not directly follow, so the number alone is marked.",
          f=[("four", "4")]),
        S('''"Our residents and their families deserve to know that every pound we receive is spent on their care," he told reporters.''',
          N, why="Quotation plus attribution expressing a value/aspiration, not a checkable fact. 'he' resolves to Simon Hale.",
          q=[('''"Our residents and their families deserve to know that every pound we receive is spent on their care,"''', "Simon Hale")]),
    ],
    [
        S('''A confiscation hearing to decide how much more Whitlock must repay is due to be held in March.''',
          "", why="A scheduled court listing, checkable now; not the reporter's forecast."),
        S('''Brightwater was sold to Pennant Healthcare in 2023 for an undisclosed sum and now employs about 1,900 staff.''',
          "", why="'2023' is a year.",
          f=[("about 1,900 staff", "1900")]),
    ],
])

# ---------------------------------------------------------------------------
# 3. cup_semifinal_report: sports report, curly quotes, "\n", headline,
#    photo caption with credit, ending boilerplate
# ---------------------------------------------------------------------------
ARTICLES["cup_semifinal_report"] = dict(nl="\n", paras=[
    [S("Late Mbeki winner sends Harwick into first Cup final for 31 years",
       N, why="Headline (title block): no CLAIM; its FIGURE is marked. 'first' is an ordinal.",
       f=[("31 years", "31")])],
    [
        S("Leon Mbeki struck with 12 minutes remaining as Harwick Town came from behind to beat Castlebrook Rovers 2-1 in the Ardley Cup semi-final at Eastgate Park on Saturday.",
          "", why="Match result in the article's own voice. The score is one FIGURE (see module docstring).",
          f=[("12 minutes", "12"), ("2-1", "2-1")]),
        S("The win takes Harwick into their first final since 1994.",
          "", why="'first' is an ordinal and '1994' a year: no FIGURE."),
    ],
    [
        S("Castlebrook, who finished fourth in the league last season, went ahead in the 23rd minute when Danny Roche headed in Ollie Pitt’s corner at the near post.",
          "", why="'fourth' and '23rd minute' are ordinals, not FIGUREs."),
        S("Harwick, roared on by a crowd of 18,452, the largest at Eastgate Park since the ground was rebuilt in 2009, hit the woodwork through Jordan Eze before half-time but trailed at the break.",
          "", why="Attendance is a FIGURE; '2009' is a year.",
          f=[("18,452", "18452")]),
    ],
    [
        S("Harwick manager Paula Brennan sent on substitute Kai Lindqvist seven minutes after the restart, and he needed less than 60 seconds to make an impact, curling a low shot past goalkeeper Marek Hollis from 20 yards.",
          "", f=[("seven minutes", "7"), ("less than 60 seconds", "60"), ("20 yards", "20")]),
    ],
    [
        S("Mbeki’s winner was his 19th goal of the season and his third in four ties in the competition.",
          "", why="'19th' and 'third' are ordinals; 'four ties' is a count.",
          f=[("four ties", "4")]),
        S("The 24-year-old, signed from Dunmore Athletic for £350,000 in January, ran on to a long ball from Eze and lifted it over the advancing Hollis.",
          "", f=[("24-year-old", "24"), ("£350,000", "350000")]),
    ],
    [
        S("Harwick Town’s Leon Mbeki celebrates scoring the winning goal against Castlebrook Rovers at Eastgate Park on Saturday.",
          N, why="Photo caption."),
        S("Photograph: Tessa Lowndes/Ardley Sports Photos",
          N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("“I thought we were the better side for 80 minutes, and in the end the game got the result it deserved,” Brennan said.",
          N, why="Quotation plus attribution giving the manager's opinion of the match; its FIGURE is still marked.",
          q=[("“I thought we were the better side for 80 minutes, and in the end the game got the result it deserved,”", "Brennan")],
          f=[("80 minutes", "80")]),
    ],
    {"s": [
        S("“The supporters were magnificent.",
          N, why="First sentence of a two-sentence quotation continuing Brennan's remarks (no tag of its own); praise, an opinion."),
        S("When you hear 18,000 people singing like that, you simply cannot let them down.”",
          N, why="Second sentence of the quotation; a sentiment, not a checkable fact. The rounded crowd count is still a FIGURE.",
          f=[("18,000 people", "18000")]),
    ], "q": [
        ("“The supporters were magnificent. When you hear 18,000 people singing like that, you simply cannot let them down.”", "Brennan"),
    ]},
    [
        S("Castlebrook manager Gareth Pryor said Lindqvist had been offside when the ball was played to him, and that his side should have been awarded a penalty just before half-time.",
          "Gareth Pryor",
          why="Reported speech is a CLAIM (that he said it is checkable), even though its content is his complaint; job title 'manager' dropped."),
        S("“For me it is a clear offside, and in a semi-final you need the big decisions to go right,” Pryor said.",
          N, why="Quotation plus attribution; an opinion ('For me').",
          q=[("“For me it is a clear offside, and in a semi-final you need the big decisions to go right,”", "Pryor")]),
        S("“I am proud of my players, but this one will hurt for a long time.”",
          N, why="Continuation of Pryor's quotation after the tag (separate QUOTE); feeling and prediction. 'this one' is a pronoun use, not a FIGURE.",
          q=[("“I am proud of my players, but this one will hurt for a long time.”", "Pryor")]),
    ],
    [
        S("The competition does not use video assistant referees until the final.",
          "", why="A checkable fact about the competition's rules, in the article's own voice."),
        S("Castlebrook have now lost three of their last four semi-finals.",
          "", why="'three' counts semi-finals though the noun does not directly follow; 'four semi-finals' is a count.",
          f=[("three", "3"), ("four semi-finals", "4")]),
    ],
    [
        S("Harwick will meet holders Fenmore City, who beat Ashby Vale 3-0 on Friday, in the final at the Regency Stadium on May 17.",
          "", why="A fixed fixture and a result, checkable; 'May 17' is a date. The score is one FIGURE.",
          f=[("3-0", "3-0")]),
        S("Harwick said tickets would go on sale to season-ticket holders next week, priced from £25 for adults and £10 for children.",
          "Harwick", why="Reported club announcement; claimant is the club by the name the article uses.",
          f=[("£25", "25"), ("£10", "10")]),
        S("Brennan’s side will start as underdogs, but on this evidence they will not be easily beaten.",
          N, why="Reporter's prediction and opinion."),
    ],
    [S("Reporting by Sam Ferreira; Editing by Clare Dunmore", N, why="Boilerplate credit line.")],
])

"""Held-out articles, set B: three original news stories written for this
evaluation set.

1. election_recount: a disputed parliamentary recount (curly quotes, "\n").
2. vaccine_trial_results: late-stage vaccine trial results (straight quotes,
   "\n").
3. port_automation_strike: a dock strike over automation (curly quotes,
   "\r\n" Windows line endings).

Every sentence carries a deliberate CLAIM / not-CLAIM decision; QUOTEs carry
their speaker and FIGUREs their value as the annotation guidelines define
them. Conventions applied throughout where the guidelines leave room:
- FIGURE spans keep a noun used as a modifier with the counted noun
  (`38,614 ballots`, `57 polling stations`, `17 container ships`, `2,300 dock
  workers`) but stop before a true adjective (`430` postal ballots, `36`
  remote-controlled cranes, `Six` serious adverse events, `roughly 14,000`
  vaccinated people).
- Numbers inside names (`HARBOUR-3`, `AMV-220`, `Article 41`, `Gate 4`),
  ordinals, dates, years and clock times are not FIGUREs; neither are
  `twice`/`once` (adverbs, not numbers), `a`/`an` as an article (`an hour`,
  `a day`, `a month`) or `one` as a pronoun (`Every one of`).
- A change `from six to two` is two FIGUREs, not a range.
- A CLAIM gets a claimant when it passes on the content of someone's
  assertion or position (said, rejected the figures, disputes, welcomed);
  it gets "" when only an act is reported (`declined to comment`).

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. election_recount: curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["election_recount"] = dict(nl="\n", paras=[
    [S("Recount in Orlesia cuts ruling party’s lead to 212 votes, rival vows court fight",
       why="headline: no CLAIM, FIGURE still marked",
       f=[("212 votes", "212")])],
    [S("By Katrin Olvaste", why="byline")],
    [S("VARNO, June 4 (Meridian Wire) - Orlesia’s Central Electoral Commission said on "
       "Wednesday that a recount in the disputed Varno North constituency had cut the "
       "governing party’s winning margin to 212 votes, leaving control of parliament "
       "hanging on a handful of ballots.",
       "Central Electoral Commission",
       why="reported statement of the commission; dateline is part of the first sentence",
       f=[("212 votes", "212")])],
    [S("The initial count, released on May 26, had given incumbent lawmaker Henrik Sallo "
       "of the National Unity Party a lead of 1,047 votes over challenger Mirela Dant of "
       "the Civic Renewal bloc.", "",
       f=[("1,047 votes", "1047")]),
     S("The two candidates had each claimed victory on election night.", "",
       why="article's own voice; `two candidates` refers back to a known pair, not a FIGURE")],
    [S("The seat matters well beyond Varno.", N,
       why="framing/scene-setting; 'matters' is an assessment, not a checkable fact"),
     S("With it, National Unity would hold 76 of the 150 seats in parliament, a one-seat "
       "majority; without it, the party would need a coalition partner for the first "
       "time since 2009.", "",
       why="conditional, but it is seat arithmetic checkable against the official tally, "
           "not a forecast",
       f=[("76", "76"), ("150 seats", "150"), ("one-seat", "1")])],
    [S("“Every one of the 38,614 ballots cast in Varno North was examined by hand, in the "
       "presence of both campaigns and accredited observers,” commission chair Ilse "
       "Marrow told reporters.", "Ilse Marrow",
       why="quotation asserts a checkable fact about the recount; `Every one` is a pronoun",
       q=[("“Every one of the 38,614 ballots cast in Varno North was examined by hand, in "
           "the presence of both campaigns and accredited observers,”", "Ilse Marrow")],
       f=[("38,614 ballots", "38614")])],
    {"s": [S("“The result we are publishing today is the result of that count.",
             "Ilse Marrow",
             why="first sentence of a two-sentence quotation; asserts the published "
                 "result comes from the hand count"),
           S("Nothing more and nothing less.”", N,
             why="second sentence of the quotation: rhetorical emphasis, nothing to check")],
     "q": [("“The result we are publishing today is the result of that count. Nothing more "
            "and nothing less.”", "Ilse Marrow")]},
    [S("Marrow said the tally sheets from each of the constituency’s 57 polling stations "
       "would be published online on Friday.", "Marrow",
       why="reported speech (an announced plan); that she said it is checkable",
       f=[("57 polling stations", "57")])],
    [S("Dant rejected the figures within an hour.", "Dant",
       why="passes on Dant's position (the figures are wrong), so she is the claimant; "
           "`an hour` is an article, not a FIGURE"),
     S("Speaking outside the commission building, she said the recount had ignored 430 "
       "postal ballots that arrived after polls closed but were postmarked on time, and "
       "called the process “a theft carried out with a rubber stamp.”", "Dant",
       why="reported speech plus a partial quote; pronoun resolves to Dant",
       q=[("“a theft carried out with a rubber stamp.”", "Dant")],
       f=[("430", "430")])],
    [S("“We will take this to the Constitutional Court, and we will win,” she told "
       "Meridian Wire.", N,
       why="direct quote plus tag: the quotation is an intention and a prediction, "
           "asserting no checkable fact",
       q=[("“We will take this to the Constitutional Court, and we will win,”", "Dant")])],
    [S("Sallo, 61, said he accepted the commission’s work and accused his rival of trying "
       "to “win in a courtroom what she lost at the ballot box.”", "Sallo",
       why="reported speech and an accusation; age is a FIGURE",
       q=[("“win in a courtroom what she lost at the ballot box.”", "Sallo")],
       f=[("61", "61")])],
    [S("“The people of Varno North have now voted twice, once on election day and once "
       "under the eyes of the counters,” Sallo said in a statement.", N,
       why="rhetorical: the voters did not literally vote twice; `twice`/`once` are not "
           "FIGUREs",
       q=[("“The people of Varno North have now voted twice, once on election day and "
           "once under the eyes of the counters,”", "Sallo")]),
     S("“They chose the same way both times.”", "Sallo",
       why="second half of an interrupted quote; asserts the same winner in both counts, "
           "which is checkable",
       q=[("“They chose the same way both times.”", "Sallo")])],
    [S("Observers from the Halvard Institute for Electoral Integrity, which deployed 24 "
       "monitors to watch the recount, said in a preliminary report that the procedure "
       "had been “orderly and transparent” but that they had not been given access to "
       "the log of late postal ballots.", "Halvard Institute for Electoral Integrity",
       q=[("“orderly and transparent”", "Halvard Institute for Electoral Integrity")],
       f=[("24 monitors", "24")])],
    [S("A member of the observer team, who asked not to be named because the report is "
       "not final, said monitors had counted 431 envelopes in a sealed crate that was not "
       "opened during the recount.", "member of the observer team",
       why="unnamed source keeps its description without the article",
       f=[("431 envelopes", "431")])],
    [S("Did the commission have the authority to set those ballots aside?", N,
       why="question"),
     S("Under Article 41 of the electoral code, postal ballots must reach the commission "
       "before polls close, but a 2016 amendment allows a three-day grace period for "
       "ballots postmarked on election day, said Pavel Ronnemark, a constitutional lawyer "
       "at the University of Varno.", "Pavel Ronnemark",
       why="inverted attribution `said X`; `Article 41` and `2016` are not FIGUREs",
       f=[("three-day", "3")])],
    [S("“The law is badly drafted, and both sides can point to a sentence that helps "
       "them,” Ronnemark said.", N,
       why="opinion about the drafting",
       q=[("“The law is badly drafted, and both sides can point to a sentence that helps "
           "them,”", "Ronnemark")]),
     S("“If the court follows its own precedent from the 2019 municipal cases, I would "
       "expect it to order those envelopes opened.”", N,
       why="conditional prediction",
       q=[("“If the court follows its own precedent from the 2019 municipal cases, I "
           "would expect it to order those envelopes opened.”", "Ronnemark")])],
    [S("The Constitutional Court has 10 days to rule once a complaint is filed.", "",
       f=[("10 days", "10")]),
     S("Dant’s lawyers said they expected to file on Thursday.", "Dant’s lawyers",
       why="reported speech; unnamed group keeps its description")],
    [S("A person familiar with coalition discussions said National Unity had already "
       "opened informal talks with the four-member Farmers’ League in case the seat is "
       "lost.", "person familiar with coalition discussions",
       f=[("four-member", "4")]),
     S("“Nobody wants to be caught without a plan,” the person said.", N,
       why="quotation is a generalisation/opinion; speaker resolves to the unnamed source",
       q=[("“Nobody wants to be caught without a plan,”",
           "person familiar with coalition discussions")])],
    [S("Turnout in Varno North was 58.2%, below the national figure of 63.9%, according "
       "to commission data.", "Central Electoral Commission",
       why="`according to commission data` attributes the figures to the commission",
       f=[("58.2%", "58.2"), ("63.9%", "63.9")])],
    [S("Parliament is due to convene on June 16 whether or not the seat has been "
       "settled.", "",
       why="a fixed schedule, checkable now, rather than a forecast; date is not a FIGURE")],
])

# ---------------------------------------------------------------------------
# 2. vaccine_trial_results: straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["vaccine_trial_results"] = dict(nl="\n", paras=[
    [S("Aldermoor says respiratory vaccine cut hospitalisations by 81% in late-stage trial",
       why="headline: no CLAIM, FIGURE still marked",
       f=[("81%", "81")])],
    [S("By Ines Calloway and Rupert Dembe", why="byline")],
    [S("HESSINGFORD, Sept 12 (Meridian Wire) - Aldermoor Therapeutics said on Friday its "
       "experimental vaccine against seasonal respiratory infections cut hospitalisations "
       "by 81% in a late-stage trial, sending its shares up as much as 19%.",
       "Aldermoor Therapeutics",
       why="the main assertion is the company's; the share move is added context",
       f=[("81%", "81"), ("as much as 19%", "19")])],
    [S("The trial, known as HARBOUR-3, enrolled 28,460 adults aged 60 and over in 11 "
       "countries and compared two doses of the vaccine, called AMV-220, given a month "
       "apart with a placebo.", "",
       why="article's own description of the trial; trial and product codes are names, "
           "not FIGUREs; `a month` is an article",
       f=[("28,460 adults", "28460"), ("60", "60", 2), ("11 countries", "11"),
          ("two doses", "2")])],
    [S("Over a median follow-up of seven months, 14 people who received the vaccine were "
       "hospitalised with a confirmed infection, compared with 73 in the placebo group, "
       "the company said.", "Aldermoor",
       why="`the company` resolves to the name at the nearest mention",
       f=[("seven months", "7"), ("14 people", "14"), ("73", "73")])],
    [S("\"These are the numbers we hoped for but did not dare to plan around,\" Chief "
       "Scientific Officer Dr. Helen Varga said on a call with reporters.", N,
       why="quotation expresses a feeling, no checkable fact; title before the name "
           "dropped, honorific Dr. kept",
       q=[("\"These are the numbers we hoped for but did not dare to plan around,\"",
           "Dr. Helen Varga")])],
    [S("Varga said protection held up in people over 75, a group in which earlier "
       "vaccines have struggled, though she acknowledged the trial had enrolled "
       "relatively few of them.", "Varga",
       f=[("over 75", "75")])],
    {"s": [S("\"We saw 19 hospitalisations in that age group on placebo and four on "
             "vaccine.", "Varga",
             why="first sentence of a two-sentence quotation: checkable counts",
             f=[("19 hospitalisations", "19"), ("four", "4")]),
           S("That is a small number of events, and we are being careful not to "
             "overstate it,\" she said.", N,
             why="characterisation and a stance on interpretation; the `she said` tag "
                 "belongs to this sentence")],
     "q": [("\"We saw 19 hospitalisations in that age group on placebo and four on "
            "vaccine. That is a small number of events, and we are being careful not to "
            "overstate it,\"", "Varga")]},
    [S("Side effects were mostly mild, the company said, with 2.1% of vaccine recipients "
       "reporting a fever above 38 degrees Celsius, against 0.6% on placebo.", "Aldermoor",
       why="attribution tag in the middle of the sentence",
       f=[("2.1%", "2.1"), ("38 degrees Celsius", "38"), ("0.6%", "0.6")]),
     S("Six serious adverse events were judged possibly related to the vaccine, including "
       "two cases of a rare nerve inflammation disorder, according to data the company "
       "released.", "Aldermoor",
       why="`according to` attribution; adjectives after `Six` end the FIGURE",
       f=[("Six", "6"), ("two cases", "2")])],
    [S("Noor Halvorsen, an epidemiologist at the Kestrel School of Public Health who was "
       "not involved in the study, said the efficacy result was strong but that the nerve "
       "cases needed close scrutiny.", "Noor Halvorsen",
       why="reported speech of an assessment: that she said it is checkable")],
    [S("\"Two cases in roughly 14,000 vaccinated people is not a signal you can dismiss, "
       "and it is not one you can confirm either,\" Halvorsen told Meridian Wire.", N,
       why="the quotation's point is a judgement about evidence; the counts repeat "
           "figures already given but are still FIGUREs",
       q=[("\"Two cases in roughly 14,000 vaccinated people is not a signal you can "
           "dismiss, and it is not one you can confirm either,\"", "Halvorsen")],
       f=[("Two cases", "2"), ("roughly 14,000", "14000")])],
    [S("Will the protection last beyond one season?", N,
       why="question; FIGURE inside it still marked",
       f=[("one season", "1")]),
     S("The trial was not designed to answer that, Halvorsen noted.", "Halvorsen"),
     S("She said regulators would probably ask for longer follow-up.", "Halvorsen",
       why="reported speech of a prediction: that she said it is checkable")],
    [S("The Calvrian Medicines Agency said in a statement that it had received a summary "
       "of the results and would review a full application \"on an accelerated timeline "
       "if the data support it.\"", "Calvrian Medicines Agency",
       why="statement by an office; partial quote inside reported speech",
       q=[("\"on an accelerated timeline if the data support it.\"",
           "Calvrian Medicines Agency")])],
    [S("A spokesperson for the agency declined to say how long such a review would take.",
       "",
       why="an act (declining) is reported, no assertion is passed on, so the claimant "
           "is empty")],
    [S("The Lung Patients' Forum, which represents about 40,000 people with chronic lung "
       "disease, welcomed the results but urged the company to publish the full data.",
       "Lung Patients' Forum",
       why="passes on the group's position (welcomes results, wants full data)",
       f=[("about 40,000 people", "40000")])],
    [S("\"Patients have waited a long time for something that works in older people,\" "
       "said the forum's chief executive, Marguerite Ossel.", N,
       why="inverted `said X`; the quotation is a general sentiment, not checkable",
       q=[("\"Patients have waited a long time for something that works in older "
           "people,\"", "Marguerite Ossel")]),
     S("\"But trust depends on seeing everything, including the side effects.\"", N,
       why="opinion",
       q=[("\"But trust depends on seeing everything, including the side effects.\"",
           "Marguerite Ossel")])],
    [S("Analysts at Grayling Securities raised their peak sales forecast for the vaccine "
       "to $2.4 billion a year from $1.5 billion, writing in a note to clients that the "
       "data were \"cleaner than the market had feared.\"", "Grayling Securities",
       why="the revision of a published forecast is checkable; the source is the firm "
           "named",
       q=[("\"cleaner than the market had feared.\"", "Grayling Securities")],
       f=[("$2.4 billion", "2400000000"), ("$1.5 billion", "1500000000")])],
    [S("Odile Marchetti, an analyst at Fenwright & Co, was more cautious.", N,
       why="transition characterising a stance; the content follows in the quote")],
    {"s": [S("\"Efficacy is no longer the question.", N,
             why="first sentence of a two-sentence quotation: opinion"),
           S("We still assume only 40% of eligible older adults will take the shot,\" "
             "she wrote in a research note.", "Odile Marchetti",
             why="states the assumption in her published model, which is checkable",
             f=[("40%", "40")])],
     "q": [("\"Efficacy is no longer the question. We still assume only 40% of eligible "
            "older adults will take the shot,\"", "Odile Marchetti")]},
    [S("Aldermoor shares closed up 14.6% at 812 pence, valuing the company at about 6.3 "
       "billion pounds.", "",
       f=[("14.6%", "14.6"), ("812 pence", "812"),
          ("about 6.3 billion pounds", "6300000000")])],
    [S("The company said it planned to file for approval in Calvria and two other markets "
       "by the end of November.", "Aldermoor",
       why="reported plan; `other` after `two` ends the FIGURE",
       f=[("two", "2")]),
     S("It did not say what the vaccine would cost.", "",
       why="a checkable omission in the company's announcement, in the article's voice")],
])

# ---------------------------------------------------------------------------
# 3. port_automation_strike: curly quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["port_automation_strike"] = dict(nl="\r\n", paras=[
    [S("Brenholt dock workers walk out over driverless cranes, ships queue offshore",
       why="headline")],
    [S("By Hanne Solvik", why="byline")],
    [S("BRENHOLT, March 3 (Meridian Wire) - About 2,300 dock workers walked off the job at "
       "the Port of Brenholt on Monday, halting most container traffic at the country’s "
       "busiest harbour in a dispute over plans to automate two of its four terminals.", "",
       f=[("About 2,300 dock workers", "2300"), ("two", "2"), ("four terminals", "4")])],
    [S("The strike, called by the Dockers’ and Harbour Workers’ Union (DHWU), is "
       "open-ended, the first indefinite stoppage at the port since 1998.", "",
       why="ordinal and year are not FIGUREs")],
    [S("Union leader Agnes Tormund said the operator, Brenholt Container Terminals (BCT), "
       "had refused to guarantee that no jobs would be lost when 36 remote-controlled "
       "cranes and a fleet of driverless straddle carriers come into service next year.",
       "Agnes Tormund",
       why="title before the name is dropped; adjective ends the FIGURE",
       f=[("36", "36")])],
    [S("“They want us to train the machines that replace us, and then say thank you on "
       "the way out,” Tormund told a rally of several hundred workers outside Gate 4.", N,
       why="rhetorical accusation, not a checkable fact; `several hundred` is an inexact "
           "FIGURE; `Gate 4` is a name",
       q=[("“They want us to train the machines that replace us, and then say thank you "
           "on the way out,”", "Tormund")],
       f=[("several hundred workers", "")])],
    [S("“This is not about being against technology,” she said.", N,
       why="opinion/stance",
       q=[("“This is not about being against technology,”", "Tormund")]),
     S("“It is about who pays for it.”", N,
       why="opinion; second half of an interrupted quote",
       q=[("“It is about who pays for it.”", "Tormund")])],
    [S("BCT said in a statement that automation was needed to keep the port competitive "
       "and that it had offered retraining to every affected employee, along with "
       "voluntary redundancy packages worth up to 18 months’ pay.", "BCT",
       f=[("up to 18 months", "18")])],
    [S("“No one will be forced out,” the company said.", N,
       why="a promise about the future, not a checkable fact; `No one` is a pronoun",
       q=[("“No one will be forced out,”", "BCT")]),
     S("“We have made that commitment in writing, twice.”", "BCT",
       why="asserts a checkable past act; `twice` is not a FIGURE",
       q=[("“We have made that commitment in writing, twice.”", "BCT")])],
    [S("The union disputes that account.", "DHWU",
       why="passes on the union's position that the company's account is wrong"),
     S("According to a DHWU document seen by Meridian Wire, the operator’s own planning "
       "projects a reduction of between 400 and 550 full-time posts by 2028.", "DHWU",
       why="`according to` a union document; range is one FIGURE, adjective ends it",
       f=[("between 400 and 550", "400-550")])],
    [S("BCT declined to comment on the document.", "",
       why="an act (declining) is reported, nothing is asserted, so claimant is empty")],
    [S("A person familiar with the talks said BCT had privately offered to delay the "
       "second phase of automation by 12 months, an offer the union rejected last week.",
       "person familiar with the talks",
       f=[("12 months", "12")]),
     S("Asked about the offer, the person said: “It was on the table for about a day.”",
       "person familiar with the talks",
       why="quotation asserts a checkable fact; `about a day` uses an article, not a "
           "FIGURE",
       q=[("“It was on the table for about a day.”", "person familiar with the talks")])],
    [S("At least 17 container ships were waiting at anchor off Brenholt by Monday "
       "evening, according to vessel-tracking data compiled by shipping consultancy "
       "Harwell Maritime.", "Harwell Maritime",
       f=[("At least 17 container ships", "17")])],
    [S("“Every day of this costs the lines real money, and some of them will start "
       "skipping Brenholt altogether if it lasts beyond a week,” Harwell analyst Sunniva "
       "Kallberg said.", N,
       why="assessment and conditional prediction; `a week` is an article",
       q=[("“Every day of this costs the lines real money, and some of them will start "
           "skipping Brenholt altogether if it lasts beyond a week,”",
           "Sunniva Kallberg")])],
    [S("Kallberg estimated that the port handles about 11,000 containers a day at full "
       "capacity, and that diverting to the smaller port of Linnholm adds roughly two "
       "days to a typical voyage.", "Kallberg",
       why="reported estimate; that she gave it is checkable",
       f=[("about 11,000 containers", "11000"), ("roughly two days", "2")])],
    [S("Transport Minister Ruben Aske said the government would not intervene “at this "
       "stage” but had asked both sides to meet a state mediator on Wednesday.",
       "Ruben Aske",
       why="reported speech with a partial quote; `both sides` is not a FIGURE",
       q=[("“at this stage”", "Ruben Aske")])],
    {"s": [S("“The port is national infrastructure.", N,
             why="first sentence of a two-sentence quotation: a characterisation, not a "
                 "legal designation"),
           S("Its future cannot be settled on a picket line or in a boardroom alone,” "
             "Aske told parliament.", N,
             why="normative opinion; the tag belongs to this sentence")],
     "q": [("“The port is national infrastructure. Its future cannot be settled on a "
            "picket line or in a boardroom alone,”", "Aske")]},
    [S("Lasse Vindholm, 47, a crane operator who has worked at the port for 22 years, "
       "said the number of lashing crews on his shift had already fallen from six to "
       "two.", "Lasse Vindholm",
       why="reported speech; `from six to two` is a change, two FIGUREs, not a range",
       f=[("47", "47"), ("22 years", "22"), ("six", "6"), ("two", "2")])],
    [S("“My son asked me last night if there will still be a job here when he finishes "
       "school,” he said.", N,
       why="private anecdote a fact-checker cannot verify; speaker resolves to Vindholm",
       q=[("“My son asked me last night if there will still be a job here when he "
           "finishes school,”", "Lasse Vindholm")]),
     S("“I did not know what to tell him.”", N,
       why="feeling",
       q=[("“I did not know what to tell him.”", "Lasse Vindholm")])],
    [S("The mediator’s office confirmed that talks would begin at 10:00 a.m. on "
       "Wednesday.", "mediator’s office",
       why="confirmation of a scheduled meeting; clock time is not a FIGURE")],
    [S("Will the stoppage spread?", N, why="question"),
     S("DHWU branches at two smaller ports said they would hold sympathy votes this week.",
       "DHWU branches",
       why="reported plan; adjective after `two` ends the FIGURE",
       f=[("two", "2")])],
    [S("(Reporting by Hanne Solvik; Editing by Marcus Trell)",
       why="boilerplate credit line")],
])

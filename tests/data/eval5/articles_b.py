"""Held-out articles, set B: three original news stories written for this
evaluation set (an airline cutting jobs, a central bank holding rates, a
consumer app admitting a data breach), as ordinary business wire copy of
normal density. The set stresses the many ways reporters attribute
quotations: `X said`, `said X, who ...`, tags in the middle of a quotation
or of a sentence, `according to X`, `X told <agency>`, `in a note to
clients`, `in a statement`, pronoun tags after a named person, a
quotation of several sentences and one running over two paragraphs,
titles, a speaker named only in the next sentence, unnamed sources,
partial quotes inside reported speech and questions inside quotes.

Every person, company, place, agency and institution named here is
invented. The gold follows ../shared/annotation-guidelines.md; where the
guidelines leave room for doubt, `why` (or a comment) says which way the
decision went.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. Airline job cuts. Curly quotes, "\n" line endings.
# ---------------------------------------------------------------------------
ARTICLES["airline_job_cuts"] = dict(nl="\n", paras=[
    [S("Halcyra Airways said on Tuesday it would cut 1,850 jobs and close 14 routes, the deepest "
       "retrenchment in the carrier’s 42-year history, as higher fuel costs and weak demand on "
       "regional services pushed it towards a third straight annual loss.",
       "Halcyra Airways",
       # "third" is an ordinal, not a FIGURE; "42-year" is a hyphenated compound marked alone.
       f=[("1,850 jobs", "1850"), ("14 routes", "14"), ("42-year", "42")])],
    [S("The cuts amount to roughly 22% of the workforce and will fall most heavily on cabin crew "
       "and ground staff at the secondary bases in Lownbridge and Carrick Hythe.", "",
       f=[("roughly 22%", "22")]),
     S("The company said in a statement that the routes would close from the start of the winter "
       "schedule in late October.", "Halcyra Airways")],
    # An organisation quoted through its statement: speaker is the company's name.
    [S("“These routes have lost money for several years, and there is no realistic prospect of "
       "that changing,” the airline said in the statement.", "Halcyra Airways",
       q=[("“These routes have lost money for several years, and there is no realistic prospect "
           "of that changing,”", "Halcyra Airways")])],
    # Partial quote inside reported speech; job title dropped from the speaker.
    [S("Chief Executive Tobias Wrenfield said the airline had “run out of road” with its regional "
       "network, which was built up in the early 2000s when fuel was cheap and the state "
       "subsidised flights to remote islands.", "Tobias Wrenfield",
       # "2000s" is a decade, treated like a year: not a FIGURE.
       q=[("“run out of road”", "Tobias Wrenfield")])],
    # A quotation running over two paragraphs, wire style: the first paragraph
    # has no closing mark and the next reopens with “. The span format cannot
    # cross a paragraph break, so each paragraph's part is its own QUOTE; the
    # first runs from its opening mark to the paragraph's final full stop. The
    # speaker is named only in the following paragraph (Mr Wrenfield).
    {"s": [S("“We did not take this decision lightly.", N,
             why="statement of attitude inside the quotation; nothing checkable"),
           S("Over the past three years we have spent more than $300 million keeping these "
             "routes in the air, money that should have gone into new aircraft.", "Mr Wrenfield",
             f=[("three years", "3"), ("more than $300 million", "300000000")])],
     "q": [("“We did not take this decision lightly. Over the past three years we have spent "
            "more than $300 million keeping these routes in the air, money that should have "
            "gone into new aircraft.", "Mr Wrenfield")]},
    [S("“The airline that comes out the other side will be smaller, but it will pay its own "
       "way,” Mr Wrenfield told analysts on a conference call.", N,
       why="the quotation is a prediction; a direct quote plus its tag is a CLAIM only when "
           "the quotation asserts a checkable fact",
       q=[("“The airline that comes out the other side will be smaller, but it will pay its "
           "own way,”", "Mr Wrenfield")]),
     # Pronoun tag after a named person; short partial quote with the full stop outside.
     S("He added that no further job cuts were planned “at this stage”.", "Mr Wrenfield",
       q=[("“at this stage”", "Mr Wrenfield")])],
    [S("Shares in Halcyra rose 4.2% in early trading, although they remain down 31% over the "
       "past 12 months.", "",
       f=[("4.2%", "4.2"), ("31%", "31"), ("12 months", "12")])],
    # "about 900 of the carrier's 1,100 pilots": the counted noun does not
    # directly follow 900, so that FIGURE is the approximator and number only.
    [S("The Union of Airline Pilots, which represents about 900 of the carrier’s 1,100 pilots, "
       "said it would ballot members on strike action.", "Union of Airline Pilots",
       f=[("about 900", "900"), ("1,100 pilots", "1100")])],
    # `said X, <title>` after the quote, then a second quote with no tag of its own.
    [S("“Management has known for two years that these bases were in trouble and did nothing "
       "about it,” said Ines Marchetti, the union’s general secretary.", "Ines Marchetti",
       q=[("“Management has known for two years that these bases were in trouble and did "
           "nothing about it,”", "Ines Marchetti")],
       f=[("two years", "2")]),
     S("“Now our members are being asked to pay the bill.”", N,
       why="rhetorical framing of the cuts, an opinion rather than a checkable fact",
       q=[("“Now our members are being asked to pay the bill.”", "Ines Marchetti")])],
    [S("Ms Marchetti said pilots had accepted a pay freeze in 2023 on the understanding that the "
       "regional bases would be protected, and that the union had not been consulted before "
       "Tuesday’s announcement.", "Ms Marchetti")],
    # `X, an analyst at Y, said in a note to clients`; a money range is one FIGURE.
    [S("Devika Rao, an analyst at Carrow Whitlock Securities, said in a note to clients that the "
       "cuts should save between $110 million and $130 million a year once complete.",
       "Devika Rao",
       f=[("between $110 million and $130 million", "110000000-130000000")])],
    # Two-sentence quotation inside one paragraph, tag attached to the second sentence.
    {"s": [S("“The market has been waiting for this for a long time.", N,
             why="opinion about market sentiment"),
           S("The real question is whether they have cut deep enough,” Rao wrote, adding that "
             "Halcyra still flew more routes per aircraft than any of its rivals.", "Rao")],
     "q": [("“The market has been waiting for this for a long time. The real question is "
            "whether they have cut deep enough,”", "Rao")]},
    # Introduces the passenger; it sets the scene but asserts checkable facts
    # (who was where, waiting for which flight), so it is kept as a CLAIM.
    [S("At the airline’s small terminal in Lownbridge on Tuesday afternoon, Elsie Brannagh, 71, "
       "was waiting to board a flight to Carrick Hythe, where her daughter lives.", "",
       f=[("71", "71")])],
    # Question inside a quote, pronoun tag; then a tagless second quote.
    [S("“How am I supposed to visit my grandchildren now, by rowing boat?” she asked.", N,
       why="a question",
       q=[("“How am I supposed to visit my grandchildren now, by rowing boat?”",
           "Elsie Brannagh")]),
     S("“It is a four-hour drive each way, and I no longer drive.”", "Elsie Brannagh",
       q=[("“It is a four-hour drive each way, and I no longer drive.”", "Elsie Brannagh")],
       f=[("four-hour", "4")])],
    [S("The Civil Aviation Directorate said it had asked Halcyra to set out how it would rebook "
       "or refund the roughly 60,000 passengers holding tickets on the affected routes.",
       "Civil Aviation Directorate",
       f=[("roughly 60,000 passengers", "60000")])],
    # Honorific "Dr" stays in the speaker; the job title does not.
    [S("“Passengers who booked in good faith must be offered a full refund or an alternative "
       "flight at no extra cost, and we will be watching closely,” said Dr Amara Quist, the "
       "directorate’s head of consumer protection.", N,
       why="the quotation states a requirement and a promise to monitor; no checkable fact in "
           "it, so the quote-plus-tag sentence is not a CLAIM",
       q=[("“Passengers who booked in good faith must be offered a full refund or an "
           "alternative flight at no extra cost, and we will be watching closely,”",
           "Dr Amara Quist")])],
    [S("The airline said affected staff would be offered voluntary redundancy first and that "
       "about 300 roles could be moved to its main hub at Port Emmerich.", "Halcyra Airways",
       f=[("about 300 roles", "300")])],
    # Unnamed source: description kept without the article.
    [S("A person familiar with the matter said the board had considered closing the Carrick "
       "Hythe base entirely before settling on a smaller reduction.",
       "person familiar with the matter")],
    # "declined to comment" reports a speech act as an event; the spokeswoman
    # asserts nothing, so the claim is in the article's own voice.
    [S("A Halcyra spokeswoman declined to comment on whether further aircraft would be handed "
       "back to leasing companies.", "")],
])

# ---------------------------------------------------------------------------
# 2. Central bank holds rates. Straight quotes, "\n" line endings.
# ---------------------------------------------------------------------------
ARTICLES["central_bank_rates"] = dict(nl="\n", paras=[
    [S('The Veldmark National Bank kept its benchmark interest rate at 4.75% on Thursday, '
       'resisting calls from businesses and some lawmakers to cut borrowing costs as inflation '
       'stayed stubbornly above target.', "",
       f=[("4.75%", "4.75")])],
    # "21 of the 24 economists": 21 is not directly followed by its noun.
    [S('The decision was expected by 21 of the 24 economists polled by the Norden Press Agency '
       'and leaves the rate at its highest level in 16 years.', "",
       f=[("21", "21"), ("24 economists", "24"), ("16 years", "16")])],
    [S('Annual consumer price inflation eased to 3.9% in May from 4.4% in April, official data '
       'showed last week, still well above the bank\'s 2% goal.', "",
       f=[("3.9%", "3.9"), ("4.4%", "4.4"), ("2%", "2")])],
    # Tag between two quoted sentences; "Governor" is a job title and goes.
    [S('"Services inflation is still running at more than 5%," Governor Annika Volberg told a '
       'news conference.', "Annika Volberg",
       q=[('"Services inflation is still running at more than 5%,"', "Annika Volberg")],
       f=[("more than 5%", "5")]),
     S('"Cutting too early would risk undoing much of the progress we have made."', N,
       why="a warning about a possible future outcome, not a checkable fact",
       q=[('"Cutting too early would risk undoing much of the progress we have made."',
           "Annika Volberg")])],
    # Pronoun tag after a named person. "two" counts the dissenting members
    # (not a back-reference to a group already named), so it is a FIGURE.
    [S('She said seven of the nine members of the monetary policy committee had voted to hold, '
       'while two had favoured a cut of 25 basis points.', "Annika Volberg",
       f=[("seven", "7"), ("nine members", "9"), ("two", "2"), ("25 basis points", "25")])],
    # A question inside a two-sentence quotation; a partial quote later in the
    # tag sentence. "September 18" is a date, not a FIGURE.
    {"s": [S('"Is a September cut possible?', N, why="a question"),
           S('Of course it is," Volberg said when asked about the timing, adding that the '
             'committee would "look at every piece of data" before its next meeting on '
             'September 18.', "Volberg",
             q=[('"look at every piece of data"', "Volberg")])],
     "q": [('"Is a September cut possible? Of course it is,"', "Volberg")]},
    [S('Markets took the comments as a hint that easing was getting closer.', N,
       why="the article's interpretation of market mood, not a checkable assertion"),
     # "two-year" is a duration in a hyphenated compound: a FIGURE, marked alone.
     S('The crown fell 0.4% against the dollar and two-year government bond yields dropped by 8 '
       'basis points to 4.31%.', "",
       f=[("0.4%", "0.4"), ("two-year", "2"), ("8 basis points", "8"), ("4.31%", "4.31")])],
    # Nested single quotes are not a separate QUOTE. The quotation asserts a
    # checkable fact (how often she used the phrase), so the sentence is a CLAIM.
    # "first" is an ordinal; "ten minutes" is the FIGURE.
    [S('Opposition lawmakers have repeatedly accused the bank of keeping policy too tight for too '
       'long, and last month several of them wrote to Volberg demanding an explanation.', ""),
     S('Volberg said she had answered the letter and would appear before parliament\'s finance '
       'committee next month.', "Volberg")],
    [S('"She used the words \'not yet\' three times in the first ten minutes, and that tells you '
       'where the committee\'s head is," said Samuel Okonjo, chief economist at Brightwater Bank.',
       "Samuel Okonjo",
       q=[('"She used the words \'not yet\' three times in the first ten minutes, and that tells '
           'you where the committee\'s head is,"', "Samuel Okonjo")],
       f=[("three times", "3"), ("ten minutes", "10")])],
    [S('Okonjo said he now expected two cuts before the end of the year, which would take the '
       'benchmark rate to 4.25%.', "Okonjo",
       f=[("two cuts", "2"), ("4.25%", "4.25")])],
    [S('Others were less convinced.', N,
       why="transitional summary; it names nobody and asserts no specific position"),
     # `X, an economist at Y, said in a note to clients` plus a partial quote.
     S('Lucia Fenn, an economist at Harrow & Marsh, said in a note to clients that wage growth of '
       '6.1% in the first quarter made an early cut "very hard to justify".', "Lucia Fenn",
       q=[('"very hard to justify"', "Lucia Fenn")],
       f=[("6.1%", "6.1")])],
    [S('According to Fenn, companies have been passing higher labour costs on to customers faster '
       'than the central bank assumed in its last forecasts.', "Fenn")],
    [S('For small businesses, the wait is painful.', N, why="opinion / framing"),
     # `X, who ..., said`. "2022" is a year.
     S('Rafael Dunmore, who runs a family bakery with 14 employees in the northern town of '
       'Essling, said the monthly payment on his equipment loan had almost doubled since 2022.',
       "Rafael Dunmore",
       f=[("14 employees", "14")])],
    # Two-sentence quotation, `said X, <age>` tag; the age is a FIGURE.
    {"s": [S('"I borrowed to buy a new oven when money was cheap.', "Dunmore"),
           S('Now I pay 2,300 crowns a month in interest alone, and I cannot put that on the '
             'price of a loaf," said Dunmore, 52.', "Dunmore",
             f=[("2,300 crowns", "2300"), ("52", "52")])],
     "q": [('"I borrowed to buy a new oven when money was cheap. Now I pay 2,300 crowns a month '
            'in interest alone, and I cannot put that on the price of a loaf,"', "Dunmore")]},
    # "two more bakers": "more" stands between number and noun, so the FIGURE is "two".
    [S('He said he had shelved plans to hire two more bakers this year.', "Dunmore",
       f=[("two", "2")]),
     S('"Maybe next year, if the bank lets us breathe."', N,
       why="a hope, with no checkable fact; tagless quote whose speaker is the preceding 'He'",
       q=[('"Maybe next year, if the bank lets us breathe."', "Dunmore")])],
    [S('The Finance Ministry said in a statement that it "fully respects the independence" of '
       'the central bank, and that its own support scheme for small firms, worth 1.2 billion '
       'crowns, would help borrowers without adding to inflation.', "Finance Ministry",
       q=[('"fully respects the independence"', "Finance Ministry")],
       f=[("1.2 billion crowns", "1200000000")])],
    # Unnamed source: description without the article.
    [S('A senior government official, who asked not to be named because the discussions were '
       'private, said ministers had hoped for a cut before the autumn budget.',
       "senior government official")],
    # A published schedule, checkable against the bank's calendar, not a
    # prediction of an uncertain outcome: kept as a CLAIM.
    [S('The bank will publish new economic forecasts alongside its September decision.', "")],
])

# ---------------------------------------------------------------------------
# 3. App data breach. Curly quotes, "\r\n" (Windows) line endings; headline,
#    byline, dateline and wire footer.
# ---------------------------------------------------------------------------
ARTICLES["app_data_breach"] = dict(nl="\r\n", paras=[
    # Headline: no CLAIM, but its FIGURE is marked.
    [S("Budgeting app Coinwren says breach exposed data of 2.4 million users", N,
       why="headline", f=[("2.4 million users", "2400000")])],
    [S("By Mireille Achterberg", N, why="byline")],
    # The dateline is its own item so the first CLAIM starts at the sentence.
    [S("HALVERSTAD, Oct 9 (Tidewire) -", N, why="dateline"),
     S("Coinwren, a personal budgeting app, said on Wednesday that hackers had accessed the "
       "names, email addresses and partial bank details of about 2.4 million users, nearly three "
       "weeks after it first detected unusual activity on its servers.", "Coinwren",
       f=[("about 2.4 million users", "2400000"), ("nearly three weeks", "3")])],
    [S("The company said in a statement that no full card numbers or passwords had been taken, "
       "and that it had reset the login credentials of every affected account “as a "
       "precaution”.", "Coinwren",
       q=[("“as a precaution”", "Coinwren")])],
    # Unnamed spokeswoman: description without the article.
    [S("“We deeply regret this incident and we are contacting every affected customer "
       "directly,” a Coinwren spokeswoman said.", "Coinwren spokeswoman",
       q=[("“We deeply regret this incident and we are contacting every affected customer "
           "directly,”", "Coinwren spokeswoman")]),
     # "third-party" is an ordinal compound, not a FIGURE.
     S("The spokeswoman said the attackers had used login details stolen from a third-party "
       "contractor, which she declined to name.", "Coinwren spokeswoman")],
    [S("The company said it had hired an outside forensics firm and had reported the incident to "
       "the police.", "Coinwren"),
     S("It urged customers to be wary of emails and text messages asking them to confirm their "
       "bank details, saying criminals often follow a breach with targeted phishing attempts.",
       "Coinwren")],
    [S("The Office of the Data Commissioner said it had opened an investigation.",
       "Office of the Data Commissioner"),
     S("Under the country’s data-protection law, companies must notify the regulator of a "
       "serious breach within 72 hours of becoming aware of it.", "",
       f=[("72 hours", "72")])],
    # `X told <agency>`, tag between two quoted sentences.
    [S("“Three weeks is a long time for people’s financial details to be out there without them "
       "knowing,” Deputy Commissioner Hanne Solvik told Tidewire.", N,
       why="the quotation is a judgement ('a long time'); its FIGURE is still marked",
       q=[("“Three weeks is a long time for people’s financial details to be out there without "
           "them knowing,”", "Hanne Solvik")],
       f=[("Three weeks", "3")]),
     S("“We have already written to the company asking for a full timeline of what it knew and "
       "when.”", "Hanne Solvik",
       q=[("“We have already written to the company asking for a full timeline of what it knew "
           "and when.”", "Hanne Solvik")])],
    # "up to" taken as an approximator, like "at least" / "more than".
    [S("Solvik said the office could impose fines of up to 4% of a company’s annual turnover, "
       "but that it was too early to say whether any penalty would follow.", "Solvik",
       f=[("up to 4%", "4")])],
    # `said Dr X, who ...`. "two-factor" names a technology, not a quantity: no FIGURE.
    [S("“This looks like a classic credential-stuffing attack, the kind that basic two-factor "
       "authentication would have stopped,” said Dr Oskar Linnemann, who studies the security "
       "of financial apps at Halverstad Polytechnic.", N,
       why="expert opinion and a counterfactual; no checkable fact in the quotation",
       q=[("“This looks like a classic credential-stuffing attack, the kind that basic "
           "two-factor authentication would have stopped,”", "Dr Oskar Linnemann")])],
    [S("Dr Linnemann said he had found a list of what appeared to be Coinwren customer email "
       "addresses offered for sale on a criminal forum in late September, priced at $8,000.",
       "Dr Linnemann",
       f=[("$8,000", "8000")])],
    # A quotation split by its tag inside one sentence: two QUOTEs, one CLAIM.
    [S("“The company,” he said, “was told about that listing on September 24 and did not reply "
       "for five days.”", "Dr Linnemann",
       q=[("“The company,”", "Dr Linnemann"),
          ("“was told about that listing on September 24 and did not reply for five days.”",
           "Dr Linnemann")],
       f=[("five days", "5")])],
    # Disputing an account is a position taken by the company.
    [S("Coinwren disputed that account.", "Coinwren"),
     S("In a second statement, the company said its security team had acknowledged the "
       "researcher’s message “within hours” and had begun investigating at once.", "Coinwren",
       q=[("“within hours”", "Coinwren")])],
    # Speaker named only in the next sentence. The tagless quotation asserts
    # a checkable fact (how she learned of the breach), so it is a CLAIM.
    [S("“I found out from a news alert, not from them.”", "Kirsi Vantanen",
       q=[("“I found out from a news alert, not from them.”", "Kirsi Vantanen")]),
     S("Kirsi Vantanen, a 29-year-old nurse in Halverstad, said she had used Coinwren for four "
       "years to track household spending and had linked two bank accounts to it.",
       "Kirsi Vantanen",
       f=[("29-year-old", "29"), ("four years", "4"), ("two bank accounts", "2")])],
    [S("“What else don’t I know?” she asked.", N, why="a question",
       q=[("“What else don’t I know?”", "Kirsi Vantanen")]),
     S("She said she had since closed her account, changed her online banking passwords and "
       "spent “most of an evening” on hold to customer support.", "Kirsi Vantanen",
       q=[("“most of an evening”", "Kirsi Vantanen")])],
    # `according to` an unnamed group.
    [S("Coinwren, which is privately held, raised $45 million from investors last year at a "
       "valuation of around $600 million, according to people familiar with the deal.",
       "people familiar with the deal",
       f=[("$45 million", "45000000"), ("around $600 million", "600000000")])],
    # "registered" stands between number and noun, so the span stops at "million".
    [S("The company says it has about 3.1 million registered users.", "Coinwren",
       f=[("about 3.1 million", "3100000")])],
    [S("Reporting by Mireille Achterberg; Editing by Tomasz Gerrity", N, why="wire footer")],
])

"""Held-out articles, set C (writer c): three original markets and
personal-finance stories written for the sixteenth evaluation set, as
scraped off the web with the page furniture a scraper keeps (cf.
/work/shared/corpus), at ordinary density. Real institutions, indexes,
companies and public figures appear as real copy would name them (the
Federal Reserve, the Labor Department, the IEA, CME Group's FedWatch,
LSEG, JPMorgan Chase and Jamie Dimon, Oracle, Wells Fargo Investment
Institute, Keefe, Bruyette & Woods, the Bank of England and Andrew
Bailey, Moneyfacts, UK Finance, Nationwide, Barclays, Which?), but the
events, the numbers and every quotation and statement are invented;
reporters, strategists, analysts, brokers and spokespeople are invented
people (Harbor Ridge Capital and Haysmith & Co are invented firms).

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval15)
where they apply.

`wall_st_ppi_yields_close` is a Reuters global-markets close (stocks,
Treasury yields, Fed pricing, dollar, euro, yen, sterling, oil, gold and an
Oracle earnings miss, after a hot producer price report) with straight
double quotes and "\\n" line ends: section line, headline, byline, an
`Updated 4:32 PM EDT, Thu March 12, 2026` stamp, a photo caption with a
`REUTERS/Name` credit, a `Summary` box (including the wire's `Indexes:`
line), a `NEW YORK/LONDON, March 12 (Reuters) -` dateline, RIC tickers in
parentheses (`(.DJI)`, `(US10YT=RR)`, `(LCOc1)`, `(ORCL.N)`), an
`Advertisement · Scroll to continue` slot, a strategist at Wells Fargo
Investment Institute quoted over two sentences, a credit footer and the
`Our Standards` line.
`jpmorgan_q1_trading_record` is a CNBC-style bank earnings story
(JPMorgan Chase's first quarter of 2026: record trading revenue, a lower
net interest income forecast, Jamie Dimon's release quotation, an
analyst) with curly double quotes and apostrophes and "\\n" line ends:
section line, headline, `Published ... Updated ...` stamp, byline, the
share-button line, a `Key Points` box, a photo caption with a `Bloomberg |
Bloomberg | Getty Images` credit, the `Here's what the company reported
...` signpost with its results table written out as two lines
(`Earnings per share: $5.61 vs. $5.12 expected`) and the `This story is
developing` boilerplate.
`uk_mortgage_rates_savers` is a Guardian-style money story (UK fixed
mortgage rates fall to their lowest since 2022 after a Bank of England
cut, while savings rates slide; Moneyfacts data, a broker, UK Finance, a
consumer group's editor, a Moneyfacts expert) with curly double quotes in
the body, a curly single-quoted partial quotation in the headline and
"\\n\\n" line ends: kicker, headline, standfirst, byline, a `Fri 13 Mar
2026 07.00 GMT` stamp, a two-sentence photo caption with a `Photograph:`
credit, the newsletter promotion slot (`skip past newsletter promotion`
... `after newsletter promotion`), topic tags and the share/reuse lines.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: section lines and kicker, headlines,
  standfirst, bylines, stamps, captions (even a checkable caption
  sentence) and photo credits, the Reuters `Summary` box (a title block
  like a dek, as eval12's Summary box), the dateline (its own item before
  the lede), ad and newsletter slots, share buttons, topic tags, signposts
  (`Here's what the company reported ...:`), the credit footer, the
  `Our Standards` line and `This story is developing. Please check back
  for updates.` QUOTEs and FIGUREs inside furniture are still marked
  (summary-box and standfirst percentages, `10-year`, `two-year`).
- CNBC's `Key Points` lines are full sentences asserting results, so they
  are CLAIMs (as eval12's pinned key points and eval13's key facts; the
  Reuters `Summary` bullets are headline-style fragments, hence no CLAIM:
  the same split eval12 made between its two boxes). The two results-table
  lines (`Earnings per share: $5.61 vs. $5.12 expected`, `Revenue: ...`)
  state the reported figure and the consensus; they are CLAIMs (as
  eval15's highlights lines without full stops) in the outlet's voice
  (claimant empty: the LSEG attribution sits in the signpost before them,
  which is no CLAIM). `vs.` ends no sentence.
- Claimants: the outlet's own reporting (market moves, index levels,
  prices, untagged data and background) has an empty claimant, as in the
  corpus gold and every earlier set; the brief's alternative of naming the
  outlet is not used, so the set stays comparable. `Economists polled by
  Reuters had forecast ...` in a Reuters story is the outlet's own poll:
  claimant empty (as eval10's own-outlet poll median), unlike a third
  party's consensus (`according to LSEG data` -> `LSEG`, eval12/eval15).
  `according to CME Group's FedWatch tool` -> `CME Group's FedWatch
  tool` (a named data source, possessive kept). Market pricing (`Traders
  are now pricing in ...`'s companion `They still expect two cuts ...`,
  `City traders are betting on ...`) is the outlet's voice (eval10),
  except where the sentence itself names its source. `according to the
  financial information service Moneyfacts` -> `Moneyfacts`; `according
  to UK Finance, the banking trade body` -> `UK Finance`.
- A company reporting its own results or issuing or keeping a forecast
  passes on its assertion (`JPMorgan Chase reported ...`, `The bank
  lowered its forecast ...`, `JPMorgan said it now expects ...`, `It kept
  its forecast ...`, `the bank said`; eval12, eval15): claimant the
  company by the name at the nearest mention (`JPMorgan Chase`, or
  `JPMorgan` where the sentence says so; `It` and `The bank` resolve to
  the name). Acts that are not speech acts (`set aside $3.05 billion`,
  `Nationwide cut its cheapest five-year fix`, `Barclays launched`) are
  the outlet's voice. Where a market move is the main clause and the
  company's report is in a subordinate clause (`Oracle ... slid 6.8% after
  the software maker posted ... revenue of $4.61 billion`), the sentence
  keeps the main clause's voice (claimant empty). `The bank described its
  pipeline of deals as “healthy”` is reported speech (claimant the bank);
  the single quoted word is a scare quote, not a QUOTE.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: Mendez's `third month out of the last four` above forecasts,
  Dimon's card spending and new accounts, Hartigan's slow start to the
  year, Aldous's `about 10 minutes to switch` / `more than £300 a year`.
  Not CLAIMs: Mendez's `off the table` prediction, Oduya's investor
  mood, Dimon's `stickier than we expected ... prepare for a wide range of
  outcomes`, Talbot's judgement on the results, Hartigan's and Aldous's
  advice. Reported forecasts and advice are CLAIMs (Bailey, Talbot,
  Chandran), since that they were said is checkable. `For savers, the
  picture is less rosy.` is a framing judgement: no CLAIM.
- The Guardian headline's `‘move your money’` is a three-word partial
  quotation of words the body gives to Tom Aldous: a QUOTE with his name
  (as eval11's entry heading took the speaker named in its entry).
  `Which?` is a name: its question mark ends no sentence; the Which?
  editor keeps his name, the job description goes.
- FIGUREs, markets conventions: an index move gives three FIGUREs, the
  points with their unit (`341.18 points`), the percentage (`0.74%`) and
  the level as a bare number (`45,765.02`, as eval15's Kospi level; also
  the MSCI gauge's `899.12` and the dollar index's `99.86`); the STOXX 600
  level is written with its unit (`556.40 points`). Basis points are a unit
  (`6.2 basis points`); `25-basis-point`, `10-year`, `two-year`,
  `five-year`, `one-year` and `one-day` are hyphenated compounds (the
  last with value 1). Exchange rates: `$1.1568`, `$1.3341` are money;
  `153.42 per dollar` -> `153.42` (`per dollar` not joined, eval12).
  Commodity and share prices end before `a barrel`, `per ounce`, `a
  share` (`$70.84`, `$4,212.60`, `$5.61`; eval15). Values are plain
  decimals with trailing zeros dropped (`272.60 points` -> 272.6,
  `$4,212.60` -> 4212.6, `$318.40` -> 318.4); money in billions is
  written out (`$47.92 billion` -> 47920000000). A change and a level,
  or a before and an after, are two FIGUREs (`from 3.75% to 3.5%`, `from
  about £838 to £1,121`; a new and an old forecast); a repeated
  percentage in one sentence is marked twice (`1.6%`, `0.4%`).
- FIGUREs, other calls: `below 4%`, `below 2%`, `below 4.6%` keep
  `below` as an approximator (as eval11's `under 40`); `less than 1%`,
  `more than 1.9 million`, `at least one` likewise. Adjectives end spans:
  `six major currencies` -> `six`, `more than 1.9 million net new
  checking accounts` -> `more than 1.9 million`, `About 1.8 million
  fixed-rate deals` -> `About 1.8 million`; `at least one more cut` ->
  `at least one` (`more` ends it). `the last four` (months) is a FIGURE of
  the number (`four`); `7,214` (deals named before it) is the number
  alone. `millions` of savers is an inexact number word: FIGURE with an
  empty value (eval15). `12 months`, `25 years`, `three weeks`, `about
  six weeks`, `more than three years`, `six months`, `about 10 minutes`,
  `41 million barrels`, `two cuts` keep their nouns.
- Not FIGUREs: numbers in names (`S&P 500`, `STOXX 600`, `CAC 40`),
  tickers and RIC codes (`(.MIWD00000PUS)`, `(US10YT=RR)`, `(GBP=D3)`,
  `(LCOc1)`, `(GCc1)`), dates, years and clock times (`March 17-18`,
  `4:32 PM EDT`, `07.00 GMT`, `September 2022`, `19 March`, `2026`),
  ordinals (`third straight session`, `first-quarter`, `third-quarter`,
  `second quarter`, `first time`), `twice`, `half`/`more than half`,
  `couple`, `Several`, `roughly flat`, and `a year`/`a month`/`a barrel`
  /`a share` with the article.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. wall_st_ppi_yields_close: Reuters global markets wrap, straight double
#    quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["wall_st_ppi_yields_close"] = dict(nl="\n", paras=[
    [S('''Markets''', N, why="Section line.")],
    [S('''Stocks slide, Treasury yields jump as hot US producer prices cloud Fed cut hopes''',
       N, why="Headline.")],
    [S('''By Dana Whitlock and Arun Mehra''', N, why="Byline.")],
    [S('''Updated 4:32 PM EDT, Thu March 12, 2026''', N, why="Update stamp: a clock time and a date, no FIGURE.")],
    [
        S('''Traders work on the floor of the New York Stock Exchange (NYSE) in New York City, U.S., March 11, 2026.''',
          N, why="Photo caption: no CLAIM; 'March 11, 2026' is a date."),
        S('''REUTERS/Jana Kettering''', N, why="Photo credit."),
    ],
    [S('''Summary''', N, why="Heading of the summary box.")],
    [S('''US producer prices rise 0.6% in February, twice the forecast''',
       N, why="Summary bullet (a title block like a dek, eval12): no CLAIM; its FIGURE is marked. 'twice' is no FIGURE.",
       f=[("0.6%", "0.6")])],
    [S('''10-year Treasury yield hits highest since late January''',
       N, why="Summary bullet; '10-year' is a hyphenated compound.",
       f=[("10-year", "10")])],
    [S('''Oracle slides 6.8% after cloud revenue misses estimates''',
       N, why="Summary bullet.",
       f=[("6.8%", "6.8")])],
    [S('''Indexes: Dow down 0.74%, S&P 500 down 0.91%, Nasdaq down 1.22%''',
       N, why="Summary bullet (the wire's index line): no CLAIM. '500' in 'S&P 500' is part of a name.",
       f=[("0.74%", "0.74"), ("0.91%", "0.91"), ("1.22%", "1.22")])],
    [
        S('''NEW YORK/LONDON, March 12 (Reuters) -''', N, why="Dateline: its own item before the lede."),
        S('''Global stocks fell on Thursday and U.S. Treasury yields rose to their highest in about six weeks after a stronger-than-expected rise in U.S. producer prices led traders to scale back bets that the Federal Reserve will cut interest rates next week.''',
          "", why="Market moves in the wire's own voice.",
          f=[("about six weeks", "6")]),
    ],
    [S('''MSCI's gauge of stocks across the globe (.MIWD00000PUS) fell 8.63 points, or 0.95%, to 899.12, its biggest one-day drop since early February.''',
       "", why="Market move in the wire's voice. Points keep their unit; the index level is a bare number; 'one-day' is a hyphenated compound (value 1); the ticker's digits are no FIGURE.",
       f=[("8.63 points", "8.63"), ("0.95%", "0.95"), ("899.12", "899.12"), ("one-day", "1")])],
    [S('''On Wall Street, the Dow Jones Industrial Average (.DJI) fell 341.18 points, or 0.74%, to 45,765.02, the S&P 500 (.SPX) lost 60.84 points, or 0.91%, to 6,625.31 and the Nasdaq Composite (.IXIC) dropped 272.60 points, or 1.22%, to 22,071.48.''',
       "", why="Index moves in the wire's voice: change in points, change in per cent and closing level are three FIGUREs per index.",
       f=[("341.18 points", "341.18"), ("0.74%", "0.74"), ("45,765.02", "45765.02"),
          ("60.84 points", "60.84"), ("0.91%", "0.91"), ("6,625.31", "6625.31"),
          ("272.60 points", "272.6"), ("1.22%", "1.22"), ("22,071.48", "22071.48")])],
    [S('''In Europe, the pan-European STOXX 600 (.STOXX) closed down 0.62% at 556.40 points, with banks among the few gainers as higher yields lifted lenders' shares.''',
       "", why="Market move in the wire's voice; '600' is part of the index name.",
       f=[("0.62%", "0.62"), ("556.40 points", "556.4")]),
     S('''Germany's DAX (.GDAXI) fell 0.9% and France's CAC 40 (.FCHI) lost 0.7%.''',
       "", why="'CAC 40' is a name.",
       f=[("0.9%", "0.9"), ("0.7%", "0.7")])],
    [S('''Advertisement · Scroll to continue''', N, why="Ad slot.")],
    [
        S('''The Labor Department said its producer price index for final demand rose 0.6% last month after a 0.2% gain in January.''',
          "Labor Department", why="Passes on the department's release.",
          f=[("0.6%", "0.6"), ("0.2%", "0.2")]),
        S('''Economists polled by Reuters had forecast a 0.3% increase.''',
          "", why="The outlet's own poll: its voice (as eval10's own-outlet poll median), not a third party's.",
          f=[("0.3%", "0.3")]),
        S('''In the 12 months through February, producer prices climbed 3.1%.''',
          "", why="Data with no tag of its own: the wire's voice.",
          f=[("12 months", "12"), ("3.1%", "3.1")]),
    ],
    [
        S('''"This is the third month out of the last four that pipeline inflation has come in above forecasts, and the Fed is not going to cut into that," said Carla Mendez, senior global market strategist at Wells Fargo Investment Institute.''',
          "Carla Mendez", why="Quotation plus inverted tag; besides the prediction it asserts a checkable record (three of four months above forecasts). Job description dropped. 'third' is an ordinal; 'four' counts months that do not follow: FIGURE of the number.",
          q=[('''"This is the third month out of the last four that pipeline inflation has come in above forecasts, and the Fed is not going to cut into that,"''', "Carla Mendez")],
          f=[("four", "4")]),
        S('''"A cut next week was always a stretch, and today's number takes it off the table."''',
          N, why="Continuation quotation; a judgement and a prediction.",
          q=[('''"A cut next week was always a stretch, and today's number takes it off the table."''', "Carla Mendez")]),
    ],
    [S('''The yield on benchmark U.S. 10-year notes (US10YT=RR) rose 6.2 basis points to 4.318%, while the two-year yield (US2YT=RR), which moves in step with interest rate expectations, climbed 8.1 basis points to 3.744%.''',
       "", why="Bond moves in the wire's voice; basis points are a unit; the RIC codes are no FIGUREs.",
       f=[("10-year", "10"), ("6.2 basis points", "6.2"), ("4.318%", "4.318"),
          ("two-year", "2"), ("8.1 basis points", "8.1"), ("3.744%", "3.744")])],
    [
        S('''Traders are now pricing in a 38% chance of a 25-basis-point cut at the Fed's March 17-18 meeting, down from 61% on Wednesday, according to CME Group's FedWatch tool.''',
          "CME Group's FedWatch tool", why="'according to' a named data tool: the tool is the source (as 'LSEG data showed' -> LSEG in eval12), possessive kept. '25-basis-point' is a hyphenated compound; 'March 17-18' is a date range, no FIGURE.",
          f=[("38%", "38"), ("25-basis-point", "25"), ("61%", "61")]),
        S('''They still expect two cuts by the end of the year.''',
          "", why="Market pricing in the wire's voice (eval10); 'They' are the traders, not a quoted source.",
          f=[("two cuts", "2")]),
    ],
    [
        S('''The dollar index (=USD), which measures the greenback against six major currencies, rose 0.4% to 99.86.''',
          "", why="Currency move in the wire's voice; 'major' ends the span ('six'); the index level is a bare number.",
          f=[("six", "6"), ("0.4%", "0.4"), ("99.86", "99.86")]),
        S('''The euro (EUR=EBS) was down 0.4% at $1.1568, and the yen (JPY=EBS) weakened 0.7% to 153.42 per dollar, its weakest in three weeks.''',
          "", why="'153.42 per dollar': 'per dollar' is not joined (eval12's 156.20).",
          f=[("0.4%", "0.4"), ("$1.1568", "1.1568"), ("0.7%", "0.7"), ("153.42", "153.42"), ("three weeks", "3")]),
        S('''Sterling (GBP=D3) slipped 0.2% to $1.3341.''',
          "", f=[("0.2%", "0.2"), ("$1.3341", "1.3341")]),
    ],
    [
        S('''Oil rose for a third straight session.''',
          "", why="The wire's voice; 'third' is an ordinal."),
        S('''The International Energy Agency said in its monthly report that global observed oil inventories fell by 41 million barrels in February, the steepest drop in more than a year.''',
          "International Energy Agency", why="Passes on the agency's report; 'more than a year' has the article.",
          f=[("41 million barrels", "41000000")]),
        S('''Brent crude futures (LCOc1) settled up $1.12, or 1.6%, at $70.84 a barrel, while U.S. West Texas Intermediate crude (CLc1) gained $1.05, or 1.6%, to $67.21.''',
          "", why="Commodity moves in the wire's voice; 'a barrel' has the article, so the price ends at the amount.",
          f=[("$1.12", "1.12"), ("1.6%", "1.6", 1), ("$70.84", "70.84"),
             ("$1.05", "1.05"), ("1.6%", "1.6", 2), ("$67.21", "67.21")]),
    ],
    [S('''Spot gold (XAU=) fell 0.5% to $4,212.60 per ounce, pressured by the firmer dollar and higher yields, while U.S. gold futures (GCc1) settled 0.6% lower at $4,228.90.''',
       "", why="The wire's voice, with its own explanation of the move; money per unit ends before 'per'.",
       f=[("0.5%", "0.5"), ("$4,212.60", "4212.6"), ("0.6%", "0.6"), ("$4,228.90", "4228.9")])],
    [
        S('''Among individual stocks, Oracle (ORCL.N) slid 6.8% after the software maker posted fiscal third-quarter cloud infrastructure revenue of $4.61 billion late on Wednesday.''',
          "", why="The main clause is a market move in the wire's voice; the company's report sits in a subordinate clause, so the sentence keeps the wire's voice. 'third-quarter' is an ordinal.",
          f=[("6.8%", "6.8"), ("$4.61 billion", "4610000000")]),
        S('''Analysts had expected $4.82 billion, according to LSEG data.''',
          "LSEG", why="'according to LSEG data': the data provider is the source (eval12, eval15).",
          f=[("$4.82 billion", "4820000000")]),
    ],
    [S('''"Investors are being asked to pay for capacity today and wait for the revenue, and after this quarter their patience is a lot thinner," said Matthew Oduya, a portfolio manager at Harbor Ridge Capital in Boston.''',
       N, why="Quotation plus inverted tag; a characterisation of investor mood, not a checkable fact. Job description dropped.",
       q=[('''"Investors are being asked to pay for capacity today and wait for the revenue, and after this quarter their patience is a lot thinner,"''', "Matthew Oduya")])],
    [S('''(Reporting by Dana Whitlock in New York and Arun Mehra in London; Additional reporting by Kenji Arakawa in Tokyo; Editing by Rosalind Teague and Marcus Bell)''',
       N, why="Credit footer.")],
    [S('''Our Standards: The Thomson Reuters Trust Principles.''', N, why="Page furniture.")],
])

# ---------------------------------------------------------------------------
# 2. jpmorgan_q1_trading_record: CNBC-style earnings story, curly double
#    quotes and apostrophes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["jpmorgan_q1_trading_record"] = dict(nl="\n", paras=[
    [S("Finance", N, why="Section line.")],
    [S("JPMorgan Chase tops estimates on record trading haul, trims 2026 interest income forecast",
       N, why="Headline; '2026' is a year.")],
    [S("Published Tue, Apr 14 2026 6:58 AM EDT Updated Tue, Apr 14 2026 11:12 AM EDT",
       N, why="Publication and update stamp: dates and clock times.")],
    [S("Hannah Lorimer", N, why="Byline.")],
    [S("Share Share Article via Facebook Share Article via Twitter Share Article via LinkedIn Share Article via Email",
       N, why="Share buttons.")],
    [S("Key Points", N, why="Heading of the key points box.")],
    [S("JPMorgan Chase reported first-quarter profit of $15.83 billion, or $5.61 a share, beating analysts’ estimates.",
       "JPMorgan Chase", why="Key-points line: a full assertion, a CLAIM (as eval12's pinned key points and eval13's key facts). The company reporting its own results passes on its assertion (eval12, eval15). '$5.61 a share' ends before the article 'a'.",
       f=[("$15.83 billion", "15830000000"), ("$5.61", "5.61")])],
    [S("Trading revenue rose 14% to a record $10.9 billion as clients repositioned during February’s sell-off in technology stocks.",
       "", why="Key-points line in the outlet's voice.",
       f=[("14%", "14"), ("$10.9 billion", "10900000000")])],
    [S("The bank lowered its forecast for 2026 net interest income to about $92 billion, from roughly $93.5 billion, as the Federal Reserve keeps cutting rates.",
       "JPMorgan Chase", why="Key-points line; issuing a forecast is a stated position of the company ('The bank' resolves to the name). The new and the old forecast are two FIGUREs.",
       f=[("about $92 billion", "92000000000"), ("roughly $93.5 billion", "93500000000")])],
    [
        S("Jamie Dimon, chief executive officer of JPMorgan Chase & Co., speaks during an interview in New York on Feb. 25, 2026.",
          N, why="Photo caption; 'Feb. 25, 2026' is a date."),
        S("Bloomberg | Bloomberg | Getty Images", N, why="Photo credit."),
    ],
    [S("JPMorgan Chase on Tuesday reported first-quarter profit and revenue that topped analysts’ expectations, as the biggest U.S. bank by assets pulled in a record haul from trading during a turbulent start to the year for markets.",
       "JPMorgan Chase", why="The lede: the company reporting its results (eval12, eval15); 'first-quarter' is an ordinal.")],
    [S("Here’s what the company reported compared with what Wall Street was expecting, based on a survey of analysts by LSEG:",
       N, why="Signpost to the list that follows.")],
    [S("Earnings per share: $5.61 vs. $5.12 expected",
       "", why="Results table written out as a line: an assertion of the result and of the consensus (see docstring), in the outlet's voice. 'vs.' does not end the sentence.",
       f=[("$5.61", "5.61"), ("$5.12", "5.12")])],
    [S("Revenue: $47.92 billion vs. $46.60 billion expected",
       "", why="Results table line, as the one above.",
       f=[("$47.92 billion", "47920000000"), ("$46.60 billion", "46600000000")])],
    [S("Profit rose 8% from a year earlier to $15.83 billion, and revenue climbed 5%, the bank said.",
       "JPMorgan Chase", why="'the bank said' resolves to JPMorgan Chase. A change and a level are two FIGUREs; 'a year' has the article.",
       f=[("8%", "8"), ("$15.83 billion", "15830000000"), ("5%", "5")])],
    [
        S("Trading revenue in the markets division jumped 14% to $10.9 billion, the most for any quarter in the bank’s history.",
          "", why="The outlet's voice.",
          f=[("14%", "14"), ("$10.9 billion", "10900000000")]),
        S("Equities revenue surged 31% to $4.2 billion as hedge funds and other clients repositioned during February’s slide in technology shares, while fixed income revenue rose 5% to $6.7 billion.",
          "", why="The outlet's voice, with its explanation of the move.",
          f=[("31%", "31"), ("$4.2 billion", "4200000000"), ("5%", "5"), ("$6.7 billion", "6700000000")]),
    ],
    [
        S("Investment banking fees rose 12% to $2.33 billion, helped by a pickup in mergers and stock offerings.",
          "", f=[("12%", "12"), ("$2.33 billion", "2330000000")]),
        S("The bank described its pipeline of deals as “healthy” heading into the second quarter.",
          "JPMorgan Chase", why="'described ... as' passes on the bank's characterisation (reported speech). A single quoted word is a scare quote, not a QUOTE; 'second' is an ordinal."),
    ],
    [
        S("The bank set aside $3.05 billion for credit losses in the quarter, down from $3.31 billion a year earlier.",
          "", why="Setting aside provisions is an act, not a speech act: the outlet's voice.",
          f=[("$3.05 billion", "3050000000"), ("$3.31 billion", "3310000000")]),
        S("Net charge-offs, mostly in its credit card business, were $2.42 billion.",
          "", f=[("$2.42 billion", "2420000000")]),
    ],
    [
        S("“Consumers and businesses remain resilient: spending on our debit and credit cards rose 7% from a year ago, and we added more than 1.9 million net new checking accounts,” Chairman and CEO Jamie Dimon said in the earnings release.",
          "Jamie Dimon", why="Quotation plus tag asserting checkable facts (card spending, new accounts); titles dropped. 'net new' (adjectives) ends the span.",
          q=[("“Consumers and businesses remain resilient: spending on our debit and credit cards rose 7% from a year ago, and we added more than 1.9 million net new checking accounts,”", "Jamie Dimon")],
          f=[("7%", "7"), ("more than 1.9 million", "1900000")]),
        S("“But inflation has proved stickier than we expected, government deficits remain large and geopolitical risks are elevated, so we continue to prepare for a wide range of outcomes.”",
          N, why="Continuation quotation; judgements and a stance.",
          q=[("“But inflation has proved stickier than we expected, government deficits remain large and geopolitical risks are elevated, so we continue to prepare for a wide range of outcomes.”", "Jamie Dimon")]),
    ],
    [
        S("JPMorgan said it now expects net interest income of about $92 billion in 2026, down from the roughly $93.5 billion it forecast in January, as lower interest rates reduce what it earns on loans and on cash held at the Fed.",
          "JPMorgan", why="A reported forecast of the company (that it said so is checkable); the name as this sentence gives it.",
          f=[("about $92 billion", "92000000000"), ("roughly $93.5 billion", "93500000000")]),
        S("It kept its forecast for adjusted expenses at about $100 billion.",
          "JPMorgan", why="'It' resolves to JPMorgan; keeping a forecast is a stated position.",
          f=[("about $100 billion", "100000000000")]),
    ],
    [S("Net interest income, the difference between what a bank earns on loans and pays out on deposits, was $23.4 billion in the quarter, roughly flat from a year ago.",
       "", why="The outlet's voice; 'roughly flat' has no number.",
       f=[("$23.4 billion", "23400000000")])],
    [S("JPMorgan shares rose 2.4% to $318.40 in late-morning trading, leaving them up about 6% so far this year.",
       "", why="Market move in the outlet's voice.",
       f=[("2.4%", "2.4"), ("$318.40", "318.4"), ("about 6%", "6")])],
    [
        S("“It was a clean beat, and trading was the star, but investors are going to focus on the lower interest income guide, because that is the engine of this bank,” said Owen Talbot, a bank analyst at Keefe, Bruyette & Woods.",
          N, why="Quotation plus inverted tag; a judgement and a prediction. Job description dropped.",
          q=[("“It was a clean beat, and trading was the star, but investors are going to focus on the lower interest income guide, because that is the engine of this bank,”", "Owen Talbot")]),
        S("Talbot said he expected other large lenders to face the same squeeze on interest income as the Fed lowers rates.",
          "Talbot", why="Reported speech (an expectation he stated)."),
    ],
    [S("Wells Fargo and Citigroup also reported results on Tuesday, while Bank of America and Morgan Stanley are scheduled to report on Wednesday.",
       "", why="Published reporting calendar: a checkable fact in the outlet's voice (eval12).")],
    [
        S("This story is developing.", N, why="Boilerplate."),
        S("Please check back for updates.", N, why="Boilerplate."),
    ],
])

# ---------------------------------------------------------------------------
# 3. uk_mortgage_rates_savers: Guardian-style money story, curly double
#    quotes in the body, curly single quotes in the headline, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["uk_mortgage_rates_savers"] = dict(nl="\n\n", paras=[
    [S("Mortgages", N, why="Section kicker.")],
    [S("Mortgage rates fall to lowest level since 2022 but savers told to ‘move your money’",
       N, why="Headline: no CLAIM. The single-quoted three-word phrase is a partial quotation of the consumer group's editor, whose words appear in the body: a QUOTE with the speaker named there (eval11's entry heading).",
       q=[("‘move your money’", "Tom Aldous")])],
    [S("Average two-year fixed deal drops to 4.58% as lenders compete for spring buyers, while easy-access savings rates keep sliding",
       N, why="Standfirst (dek): no CLAIM; its FIGUREs are marked.",
       f=[("two-year", "2"), ("4.58%", "4.58")])],
    [S("Miriam Clegg", N, why="Byline.")],
    [S("Fri 13 Mar 2026 07.00 GMT", N, why="Timestamp: a date and a clock time.")],
    [
        S("A row of terraced houses in Leeds.", N, why="Photo caption."),
        S("Lenders have been cutting rates ahead of the spring buying season.", N, why="Photo caption (no CLAIM, even when checkable)."),
        S("Photograph: Jonah Reese/The Guardian", N, why="Photo credit."),
    ],
    [S("Mortgage rates have fallen to their lowest level in more than three years as lenders battle for business ahead of the spring property market, but savers are losing out as banks cut the returns on their accounts.",
       "", why="The paper's own voice.",
       f=[("more than three years", "3")])],
    [
        S("The average rate on a two-year fixed-rate mortgage fell to 4.58% this week, from 4.71% a month ago, while the average five-year fix dropped to 4.79% from 4.88%, according to the financial information service Moneyfacts.",
          "Moneyfacts", why="'according to' a named firm: its name without the description. A before and an after are two FIGUREs each; 'a month ago' has the article.",
          f=[("two-year", "2"), ("4.58%", "4.58"), ("4.71%", "4.71"), ("five-year", "5"), ("4.79%", "4.79"), ("4.88%", "4.88")]),
        S("It is the first time the two-year average has been below 4.6% since September 2022, when Liz Truss’s mini-budget sent borrowing costs soaring.",
          "", why="No tag of its own: the paper's voice. 'below' is kept as an approximator (as eval11's 'under 40'); 'September 2022' is a date; 'first' an ordinal.",
          f=[("two-year", "2"), ("below 4.6%", "4.6")]),
    ],
    [S("The number of mortgage deals on offer rose to 7,214, the highest since March 2008, Moneyfacts said.",
       "Moneyfacts", why="Reported data; the count's noun comes before it, so the FIGURE is the number alone.",
       f=[("7,214", "7214")])],
    [
        S("Lenders have been cutting rates since the Bank of England reduced its base rate from 3.75% to 3.5% at its February meeting, and City traders are betting on at least one more cut by the summer.",
          "", why="Events and market pricing in the paper's voice (eval10). 'more' ends the span after 'at least one' (eval10's 'Forty thousand more').",
          f=[("3.75%", "3.75"), ("3.5%", "3.5"), ("at least one", "1")]),
        S("Andrew Bailey, the Bank’s governor, said after the decision that rates were likely to keep falling gradually, but only if inflation continued to move back towards its 2% target.",
          "Andrew Bailey", why="Reported speech (a conditional outlook he gave); job description dropped.",
          f=[("2%", "2")]),
    ],
    [S("Swap rates, which lenders use to price their fixed-rate deals, have also fallen: the two-year swap rate was 3.41% on Thursday, down from 3.72% at the start of the year.",
       "", why="Market data in the paper's voice.",
       f=[("two-year", "2"), ("3.41%", "3.41"), ("3.72%", "3.72")])],
    [
        S("“Lenders set themselves big targets for this year and the first couple of months were slow, so they are cutting rates to win business,” said Lena Hartigan, a director at the mortgage broker Haysmith & Co.",
          "Lena Hartigan", why="Quotation plus inverted tag asserting checkable facts (slow start to the year, rate cuts) besides the explanation; job description dropped. 'couple' is no number word; 'first' an ordinal.",
          q=[("“Lenders set themselves big targets for this year and the first couple of months were slow, so they are cutting rates to win business,”", "Lena Hartigan")]),
        S("“Anyone whose fixed deal ends in the next six months should be talking to a broker now.”",
          N, why="Continuation quotation; advice. Its duration is still a FIGURE.",
          q=[("“Anyone whose fixed deal ends in the next six months should be talking to a broker now.”", "Lena Hartigan")],
          f=[("six months", "6")]),
    ],
    [
        S("Several lenders now offer deals below 4% to borrowers with large deposits or plenty of equity.",
          "", why="'Several' is no number word; 'below' kept as an approximator.",
          f=[("below 4%", "4")]),
        S("This week Nationwide cut its cheapest five-year fix to 3.84% for buyers with a 40% deposit, and Barclays launched a two-year deal at 3.79%, although it comes with a £1,999 fee.",
          "", why="Lenders' acts reported in the paper's voice. 'a 40% deposit' -> '40%' (eval11's '3% raise').",
          f=[("five-year", "5"), ("3.84%", "3.84"), ("40%", "40"), ("two-year", "2"), ("3.79%", "3.79"), ("£1,999", "1999")]),
    ],
    [
        S("About 1.8 million fixed-rate deals are due to end this year, according to UK Finance, the banking trade body, and many of those borrowers locked in when rates were below 2%.",
          "UK Finance", why="'according to UK Finance' (the description after it dropped) covers the sentence. 'fixed-rate' (an adjective) ends the span.",
          f=[("About 1.8 million", "1800000"), ("below 2%", "2")]),
        S("A homeowner with a £200,000 repayment mortgage over 25 years who moves from a 1.9% deal to today’s average two-year rate of 4.58% would see monthly payments rise from about £838 to £1,121.",
          "", why="The paper's own worked example: a checkable calculation. A before and an after are two FIGUREs.",
          f=[("£200,000", "200000"), ("25 years", "25"), ("1.9%", "1.9"), ("two-year", "2"), ("4.58%", "4.58"), ("about £838", "838"), ("£1,121", "1121")]),
    ],
    [S("skip past newsletter promotion", N, why="Newsletter slot.")],
    [S("Sign up to Business Today", N, why="Newsletter slot.")],
    [S("Get set for the working day – we’ll point you to all the business news and analysis you need every morning",
       N, why="Newsletter promotion.")],
    [S("after newsletter promotion", N, why="Newsletter slot.")],
    [
        S("For savers, the picture is less rosy.", N, why="A framing judgement (signpost), not a checkable fact."),
        S("The average easy-access account now pays 2.71%, down from 3.02% a year ago, while the average one-year fixed-rate bond pays 3.96%, Moneyfacts said.",
          "Moneyfacts", why="Reported data; 'one-year' is a hyphenated compound; 'a year ago' has the article.",
          f=[("2.71%", "2.71"), ("3.02%", "3.02"), ("one-year", "1"), ("3.96%", "3.96")]),
        S("With consumer price inflation at 3.2% in January, more than half of the easy-access accounts on the market pay less than the rate at which prices are rising.",
          "", why="The paper's voice; 'more than half' has no number word.",
          f=[("3.2%", "3.2")]),
    ],
    [
        S("Tom Aldous, the money editor at Which?, said the big high street banks had been “slow to pass on rate rises and quick to pass on cuts”, leaving millions of savers earning far less than they could.",
          "Tom Aldous", why="Reported speech with a partial quotation (a QUOTE); job description dropped. 'Which?' is the consumer group's name: its question mark ends no sentence. 'millions' is an inexact number word: a FIGURE with an empty value, the word alone since 'of' stands before the noun (eval15).",
          q=[("“slow to pass on rate rises and quick to pass on cuts”", "Tom Aldous")],
          f=[("millions", "")]),
        S("“If you have savings in an account paying less than 1%, move your money,” he said.",
          N, why="Quotation plus tag; an instruction. 'he' resolves to Tom Aldous.",
          q=[("“If you have savings in an account paying less than 1%, move your money,”", "Tom Aldous")],
          f=[("less than 1%", "1")]),
        S("“It takes about 10 minutes to switch, and on £10,000 that can be worth more than £300 a year.”",
          "Tom Aldous", why="Continuation quotation asserting checkable facts (time to switch, the gain on a sum).",
          q=[("“It takes about 10 minutes to switch, and on £10,000 that can be worth more than £300 a year.”", "Tom Aldous")],
          f=[("about 10 minutes", "10"), ("£10,000", "10000"), ("more than £300", "300")]),
    ],
    [S("Priya Chandran, a finance expert at Moneyfacts, said fixed savings rates were likely to fall further before the Bank’s next rate decision on 19 March, and that savers who wanted certainty should consider locking in now.",
       "Priya Chandran", why="Reported speech (a forecast and advice: that she said so is checkable); '19 March' is a date.")],
    [S("Explore more on these topics", N, why="Topic-tag heading.")],
    [S("Mortgages", N, why="Topic tag.")],
    [S("Savings", N, why="Topic tag.")],
    [S("Interest rates", N, why="Topic tag.")],
    [S("Bank of England", N, why="Topic tag.")],
    [S("news", N, why="Topic tag.")],
    [S("Share", N, why="Share button.")],
    [S("Reuse this content", N, why="Page furniture.")],
])

"""Held-out articles, set C (writer c): three original business stories
written for the fifteenth evaluation set in the style of company press
releases and the wire copy rewritten from them, as scraped off the web with
the page furniture a scraper keeps (cf. /work/shared/corpus), at ordinary
density. Every company, person, adviser, analyst firm, product, county and
town named here is invented (Tennessee, San Jose, Raleigh, Gothenburg,
LSEG, PR Newswire, Business Wire and Reuters appear only as the places,
the data provider and the distribution services / page furniture such
copy names; the State of Tennessee's grant and the LSEG consensus
figures are invented with the rest of the events).

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval14)
where they apply.

`corvane_q3_fiscal_results` is a PR Newswire quarterly earnings release (a
chip-equipment maker's third quarter of fiscal 2026; its chief executive
and chief financial officer) with straight double quotes and "\\n" line
ends: headline, subhead, `News provided by` / company / timestamp lines,
`Share this article`, a `SAN JOSE, Calif., Feb. 24, 2026 /PRNewswire/ --`
dateline, a highlights list (lines without full stops), outlook,
conference-call, non-GAAP, forward-looking-statements and `About`
sections, contact lines and a `SOURCE` line; a chief executive's quotation
of two sentences with the tag after it (`said Priya Raman, president and
chief executive officer of Corvane Systems`).
`halvard_pinecrest_deal_wire` is a Reuters-style wire story rewritten from
an acquisition release (a medical-device maker buys a home blood-testing
company; the buyer's statement, both chief executives quoted from the
statement, the buyer's quarterly results against analysts polled by LSEG,
two analysts) with curly double quotes and apostrophes and "\\n\\n" line
ends: section line, headline, byline, date/update stamp, a `March 9
(Reuters) -` dateline, RIC tickers `(HLVD.N)`, a credit footer and the
`Our Standards` line.
`norvik_tennessee_cell_plant` is a Business Wire release on a plant
opening with jobs and investment (a Swedish battery maker's first U.S.
cell plant; its chief executive, the county mayor, a trainee) with curly
double quotes and apostrophes and "\\n" line ends: headline, subhead,
timestamp, a photo caption with `(Photo: Business Wire)`, a
`CALDER SPRINGS, Tenn.--(BUSINESS WIRE)--` dateline, `About`,
forward-looking-statements and contact sections.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: headlines, subheads, `News provided by`,
  the company line under it, timestamps, `Share this article`, section
  lines, bylines, datelines (each its own item before the first sentence,
  as in earlier sets), the photo caption and its `(Photo: Business Wire)`
  credit, section headings (`Third Quarter Fiscal 2026 Highlights`,
  `Business Outlook`, `About ...`, `Forward-Looking Statements`,
  `Contacts`), contact lines (names, phone numbers, e-mail addresses),
  `SOURCE ...`, the Reuters credit footer and `Our Standards` line.
  FIGUREs inside them are still marked (headline `$1.24 Billion`, `14%`,
  `$2.1 billion`, `$640 Million`, `1,150 Jobs`; subhead `$0.18`, `12
  gigawatt-hours`).
- The voice of a release is its issuer's, as the voice of a news story is
  its outlet's: a sentence with no tag of its own (`Revenue for the quarter
  was ...`, `Norvik ... today opened ...`, the `About` facts) has an empty
  claimant, as the outlet's own reporting has in the corpus gold and every
  earlier set (the brief's alternative of naming the outlet or author is
  not used, so the set stays comparable). A sentence whose own verb is a
  speech act or a stated position of the company (`today reported
  financial results`, `Corvane expects`, `The company now expects`,
  `Norvik plans`, `Norvik said`, `according to the company`, `the company
  said`) passes that assertion on: claimant the company (eval9 `Korvel now
  expects`, eval12 `The company reported ...` -> `Meta`, eval13 `the
  miner said`). An act that is not a speech act (`today opened`, `has
  signed`, `declared a quarterly cash dividend`, `The boards ... have
  approved`) is stated in the issuer's or wire's voice: claimant empty.
- Company names as claimants and speakers drop the legal-form suffix set
  off by a comma (`, Inc.`) and the bracketed ticker (`(NASDAQ: CRVN)`,
  `(NYSE: NVES)`, `(HLVD.N)`), as bracketed abbreviations are dropped in
  earlier sets; otherwise the name is the form at the nearest mention
  (`Corvane Systems` for the lede, `Corvane` where the sentence says so,
  `the company said` -> `Corvane Systems`, the name in the tag just
  before it; `Halvard Medical` in the lede, `Halvard` after that;
  `according to the company` -> `Norvik Energy Storage`, the name in the
  quotation tag just before).
- The highlights list lines (no full stop, no bullet marker left by the
  scrape) are full assertions of results in the release's voice: each is
  a CLAIM with an empty claimant, as eval13's `Key facts` bullets.
- `About` paragraphs: their factual sentences (what the company makes,
  where it is based, its headcount) are specific and checkable, so CLAIMs
  with an empty claimant (content, like eval12's explainer box); the
  `visit www...` / `Learn more at ...` lines are service information (no
  CLAIM). The conference-call paragraph (time of the call, where the
  webcast and replay are) is service information for investors, like a
  helpline line (no CLAIM); its `90 days` is still a FIGURE.
- Legal boilerplate gets no CLAIM: the forward-looking-statements
  paragraphs and the non-GAAP caveat (`management ... believes they help
  investors ...; they should not be considered a substitute ...`) and its
  signpost to the tables. The one non-GAAP sentence that states what the
  measures exclude is a specific, checkable statement of method (as
  eval13's Methodology box): CLAIM, claimant empty. `Private Securities
  Litigation Reform Act of 1995` and `Form 10-K` hold no FIGURE (numbers
  in names).
- The outlook sentence `The outlook reflects current export license
  requirements and does not include ...` states what the published
  guidance assumes (checkable in the release), not a forecast: CLAIM,
  claimant empty.
- Money per share ends before `per` (eval12's `156.20`, eval13's `R1.71
  million per kilogram`): `$0.87 per diluted share` -> `$0.87`, `$38.50
  per share` -> `$38.50`, `$35 per kilowatt-hour` -> `$35`; `earnings per
  share` holds no number. Money takes its currency and scale word
  (`$1.24 billion` -> 1240000000; headline `$1.24 Billion`, `$640
  Million` likewise); `0.9 million shares` keeps its noun (900000).
  Ranges are one FIGURE valued `low-high` (`$1.27 billion to $1.33
  billion`, `$0.88 to $0.96`). `180 basis points` keeps its unit (eval12,
  eval14); `a book-to-bill ratio of 1.18` -> `1.18` (a label before the
  number, like eval13's `hazard ratio of 0.77`); `4 gigawatt-hours`, `12
  gigawatt-hours` keep their unit; `650,000-square-foot`, `20-year`,
  `12-week` are hyphenated compounds. `a 31% premium` -> `31%` (eval11's
  `3% raise`). `1,150 people` keeps its noun; `$1.5 billion in new debt`
  ends at the scale word.
- Not FIGUREs: fiscal periods and quarters (`third quarter of fiscal
  2026`, `fiscal 2025`, `fourth-quarter`, `prior-year quarter`, `the third
  year after it closes`, `first full year`, `second half of 2026`: years
  and ordinals), dates and clock times (`Feb 24, 2026, 16:05 ET`, `1:30
  p.m. Pacific Time`, `March 9`, `by 2028`), tickers (`CRVN`, `HLVD.N`,
  `PNDX.O`, `NVES`), `year over year`, `more than doubling` and `triple`
  (like `twice`, no number word), `first U.S. battery cell plant` and
  `first graduates` (ordinals), `a single shift` and `a truck maker`
  (articles), phone numbers, e-mail and web addresses.
- `Analysts polled by LSEG had expected ...` passes on a poll's consensus:
  the pollster is the claimant (`LSEG`, as eval12's `LSEG data showed`
  and the poll calls of eval9/eval13/eval14).
- Titles and job descriptions go from speakers and claimants (`president
  and chief executive officer of Corvane Systems`, `executive vice
  president and chief financial officer`, `Halvard Chief Executive`,
  `Pinecrest founder and Chief Executive`, `Barrow Hale Securities
  analyst`, `an analyst at Corbel Research`, `Harrow County Mayor`, `one
  of the first graduates of ...`); the name form is that of the nearest
  mention (`Cho said` -> `Cho`; `she said` -> `Elena Marsh`).
- A release quotation of two sentences with the tag after the second is
  one QUOTE (one dict paragraph), and each inner sentence gets its own
  decision; the tag belongs to the second sentence. Raman's first sentence
  (record revenue, orders more than doubled) and Lindahl's (the site was a
  field three years ago, cells shipped to four states) are checkable:
  CLAIMs; their second sentences (a belief about positioning, an
  intention) are not.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: Okafor's cash flow and buybacks, Cho's `less than 5% of the
  U.S. lab market`, Marsh's `no overlap in products` and cleared deals,
  Feld's `more than 900,000 patients a year`, the mayor's `largest private
  investment in Harrow County's history`, the trainee's 14 years on a
  forklift; Whitfield's `best platform in home diagnostics` and where
  testing `is heading` (an opinion and a prediction) is not.
- Reported forecasts and expectations of named people and companies are
  CLAIMs (that they were said is checkable): `Halvard said it expects the
  deal to deliver ...`, `Marsh ... said she did not expect serious
  antitrust objections ...`. The lede's `betting that demand ... will keep
  growing` is the wire's gloss on the attributed deal: the sentence takes
  the claimant of its attributed main clause (`Halvard Medical`, eval9).
  `The boards ... have approved the deal, which is expected to close ...`
  mixes a checkable fact with an expectation: CLAIM, claimant empty.

Every person, organisation, product and place-specific facility named here
is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. corvane_q3_fiscal_results: PR Newswire earnings release, straight
#    double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["corvane_q3_fiscal_results"] = dict(nl="\n", paras=[
    [S('''Corvane Systems Reports Record Third Quarter Fiscal 2026 Revenue of $1.24 Billion, Up 14% Year Over Year''',
       N, why="Headline: no CLAIM; its FIGUREs are marked. 'Third Quarter Fiscal 2026' is an ordinal and a year.",
       f=[("$1.24 Billion", "1240000000"), ("14%", "14")])],
    [S('''Raises full-year revenue outlook; board declares quarterly dividend of $0.18 per share''',
       N, why="Subhead (a dek): no CLAIM; the FIGURE ends before 'per'.",
       f=[("$0.18", "0.18")])],
    [S('''News provided by''', N, why="Page furniture.")],
    [S('''Corvane Systems, Inc.''', N, why="Page furniture: the issuer line under 'News provided by'.")],
    [S('''Feb 24, 2026, 16:05 ET''', N, why="Timestamp (a date and a clock time).")],
    [S('''Share this article''', N, why="Page furniture.")],
    [
        S('''SAN JOSE, Calif., Feb. 24, 2026 /PRNewswire/ --''',
          N, why="Dateline: its own item before the first sentence."),
        S('''Corvane Systems, Inc. (NASDAQ: CRVN), a supplier of test, metrology and inspection equipment to semiconductor manufacturers, today reported financial results for the third quarter of fiscal 2026, which ended January 31, 2026.''',
          "Corvane Systems", why="The company reporting its results passes on its assertion (eval12). Legal suffix and ticker dropped from the name; quarter, fiscal year and date are no FIGUREs."),
    ],
    [S('''Third Quarter Fiscal 2026 Highlights''', N, why="Section heading.")],
    [S('''Revenue of $1.24 billion, up 14% year over year and a quarterly record''',
       "", why="Highlights line: a full assertion of results in the release's voice (as eval13's Key facts bullets). 'year over year' holds no number.",
       f=[("$1.24 billion", "1240000000"), ("14%", "14")])],
    [S('''GAAP gross margin of 58.4%, up 180 basis points from a year ago; non-GAAP gross margin of 59.1%''',
       "", why="Highlights line; basis points are a unit; 'a year ago' has the article.",
       f=[("58.4%", "58.4"), ("180 basis points", "180"), ("59.1%", "59.1")])],
    [S('''GAAP earnings per share of $0.87; non-GAAP earnings per share of $1.06, up 21%''',
       "", why="Highlights line; 'earnings per share' holds no number.",
       f=[("$0.87", "0.87"), ("$1.06", "1.06"), ("21%", "21")])],
    [S('''Adjusted EBITDA of $312 million, or 25.2% of revenue''',
       "", why="Highlights line.",
       f=[("$312 million", "312000000"), ("25.2%", "25.2")])],
    [S('''Orders of $1.46 billion and record backlog of $3.4 billion''',
       "", why="Highlights line.",
       f=[("$1.46 billion", "1460000000"), ("$3.4 billion", "3400000000")])],
    [
        S('''Revenue for the quarter was $1.24 billion, compared with $1.09 billion in the third quarter of fiscal 2025, as chipmakers building processors for artificial intelligence data centers bought more of the company's advanced packaging inspection systems.''',
          "", why="Results in the release's own voice (no tag).",
          f=[("$1.24 billion", "1240000000"), ("$1.09 billion", "1090000000")]),
        S('''Revenue from advanced packaging products rose 41% to $412 million, while sales to memory chip customers fell 6%.''',
          "", why="Results in the release's voice.",
          f=[("41%", "41"), ("$412 million", "412000000"), ("6%", "6")]),
    ],
    [
        S('''GAAP net income was $148 million, or $0.87 per diluted share, compared with $112 million, or $0.65 per diluted share, in the prior-year quarter.''',
          "", why="Results in the release's voice; per-share amounts end before 'per'; 'prior-year' is no FIGURE.",
          f=[("$148 million", "148000000"), ("$0.87", "0.87"), ("$112 million", "112000000"), ("$0.65", "0.65")]),
        S('''Non-GAAP net income was $181 million, or $1.06 per diluted share, compared with $151 million, or $0.88 per diluted share.''',
          "", why="Results in the release's voice.",
          f=[("$181 million", "181000000"), ("$1.06", "1.06"), ("$151 million", "151000000"), ("$0.88", "0.88")]),
    ],
    {"s": [
        S('''"We delivered record revenue this quarter, with orders for our advanced packaging systems more than doubling from a year ago.''',
          "Priya Raman", why="First sentence of a two-sentence quotation: checkable (record revenue, orders more than doubled); the speaker is named in the tag after the second sentence. 'more than doubling' holds no number word."),
        S('''As our customers move to more complex chip designs, we believe Corvane is better positioned than at any point in its history," said Priya Raman, president and chief executive officer of Corvane Systems.''',
          N, why="Second sentence with the tag: a belief, not a checkable fact. Title dropped from the speaker."),
    ], "q": [('''"We delivered record revenue this quarter, with orders for our advanced packaging systems more than doubling from a year ago. As our customers move to more complex chip designs, we believe Corvane is better positioned than at any point in its history,"''', "Priya Raman")]},
    [
        S('''"Operating cash flow was $221 million in the quarter, and we returned $95 million to shareholders through share repurchases and dividends," said Daniel Okafor, executive vice president and chief financial officer.''',
          "Daniel Okafor", why="Quotation plus inverted tag asserting checkable amounts; titles dropped.",
          q=[('''"Operating cash flow was $221 million in the quarter, and we returned $95 million to shareholders through share repurchases and dividends,"''', "Daniel Okafor")],
          f=[("$221 million", "221000000"), ("$95 million", "95000000")]),
    ],
    [
        S('''Gross margin expanded as a richer mix of advanced packaging systems and higher factory utilization offset tariff costs of about $14 million, the company said.''',
          "Corvane Systems", why="'the company' resolves to the name at the nearest mention (the tag 'of Corvane Systems').",
          f=[("about $14 million", "14000000")]),
        S('''Operating expenses rose 9% to $512 million, mainly because of higher research and development spending.''',
          "", why="Results in the release's voice.",
          f=[("9%", "9"), ("$512 million", "512000000")]),
    ],
    [
        S('''Corvane's board of directors declared a quarterly cash dividend of $0.18 per share, payable on April 2, 2026, to shareholders of record at the close of business on March 12, 2026.''',
          "", why="A board act (not a speech act) in the release's voice; dates are no FIGUREs.",
          f=[("$0.18", "0.18")]),
        S('''During the quarter, the company repurchased 0.9 million shares for $65 million.''',
          "", why="A checkable act in the release's voice.",
          f=[("0.9 million shares", "900000"), ("$65 million", "65000000")]),
    ],
    [S('''Business Outlook''', N, why="Section heading.")],
    [
        S('''For the fourth quarter of fiscal 2026, Corvane expects revenue of $1.27 billion to $1.33 billion, GAAP earnings per share of $0.88 to $0.96 and non-GAAP earnings per share of $1.08 to $1.16.''',
          "Corvane", why="The company's stated forecast (eval9 'Korvel now expects'). Ranges are one FIGURE each.",
          f=[("$1.27 billion to $1.33 billion", "1270000000-1330000000"), ("$0.88 to $0.96", "0.88-0.96"), ("$1.08 to $1.16", "1.08-1.16")]),
        S('''The company now expects fiscal 2026 revenue of $4.86 billion to $4.92 billion, up from its previous outlook of $4.75 billion to $4.85 billion.''',
          "Corvane", why="The company's forecast; 'The company' resolves to 'Corvane' (previous sentence). Two ranges, not a change-and-level pair inside one range.",
          f=[("$4.86 billion to $4.92 billion", "4860000000-4920000000"), ("$4.75 billion to $4.85 billion", "4750000000-4850000000")]),
        S('''The outlook reflects current export license requirements and does not include any impact from proposed changes to U.S. tariffs on semiconductor equipment.''',
          "", why="States what the published guidance assumes (checkable), not a forecast."),
    ],
    [S('''Conference Call and Webcast''', N, why="Section heading.")],
    [
        S('''Corvane will host a conference call at 1:30 p.m. Pacific Time today to discuss its third quarter results and business outlook.''',
          N, why="Service information for investors (like a helpline line); clock time."),
        S('''A live webcast and a replay, which will be available for 90 days, can be accessed on the Investor Relations section of Corvane's website at investors.corvane.com.''',
          N, why="Service information; the duration is still a FIGURE.",
          f=[("90 days", "90")]),
    ],
    [S('''Non-GAAP Financial Measures''', N, why="Section heading.")],
    [
        S('''The non-GAAP measures in this release exclude stock-based compensation, amortization of acquired intangible assets, restructuring charges and the related tax effects.''',
          "", why="A specific, checkable statement of method (as eval13's Methodology box)."),
        S('''Corvane's management uses these measures to evaluate operating performance and believes they help investors compare results across periods, but they should not be considered a substitute for results prepared under GAAP.''',
          N, why="Legal boilerplate: the standard non-GAAP caveat (a belief and an instruction)."),
        S('''Reconciliations of GAAP to non-GAAP results are included in the tables accompanying this release.''',
          N, why="Signpost to the tables."),
    ],
    [S('''Forward-Looking Statements''', N, why="Section heading.")],
    [
        S('''This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about Corvane's business outlook for the fourth quarter and full year of fiscal 2026, customer demand and the company's competitive position.''',
          N, why="Legal boilerplate; the year in the Act's name is no FIGURE."),
        S('''These statements are based on current expectations and are subject to risks and uncertainties that could cause actual results to differ materially, including changes in semiconductor industry spending, export controls, supply chain disruptions and the other risks described in Corvane's Annual Report on Form 10-K for the fiscal year ended April 30, 2025.''',
          N, why="Legal boilerplate; 'Form 10-K' is a name, the date no FIGURE."),
        S('''Corvane undertakes no obligation to update any forward-looking statement.''',
          N, why="Legal boilerplate."),
    ],
    [S('''About Corvane Systems''', N, why="Section heading.")],
    [
        S('''Corvane Systems designs and manufactures test, metrology and inspection systems used to make semiconductors.''',
          "", why="A checkable fact about the company in the release's voice (see docstring on About paragraphs)."),
        S('''Founded in 1987 and headquartered in San Jose, California, the company employs about 9,400 people in 18 countries.''',
          "", why="Checkable facts in the release's voice; '1987' is a year.",
          f=[("about 9,400 people", "9400"), ("18 countries", "18")]),
        S('''For more information, visit www.corvane.com.''',
          N, why="Service information (a web address)."),
    ],
    [S('''Investor Contact: Laura Chen, Corvane Systems, +1 408-555-0147, ir@corvane.com''',
       N, why="Contact line; a phone number is no FIGURE.")],
    [S('''Media Contact: Tom Reyes, Corvane Systems, +1 408-555-0162, press@corvane.com''',
       N, why="Contact line.")],
    [S('''SOURCE Corvane Systems, Inc.''', N, why="Distribution footer.")],
])

# ---------------------------------------------------------------------------
# 2. halvard_pinecrest_deal_wire: Reuters-style wire story from an
#    acquisition release, curly quotes, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["halvard_pinecrest_deal_wire"] = dict(nl="\n\n", paras=[
    [S("Healthcare & Pharmaceuticals", N, why="Section line.")],
    [S("Halvard to buy home-testing firm Pinecrest for $2.1 billion",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("$2.1 billion", "2100000000")])],
    [S("By Meera Iyer and Caleb Strand", N, why="Byline.")],
    [S("March 9, 2026 7:42 AM EDT Updated 3 hours ago",
       N, why="Date and update stamp; a relative stamp holds no FIGURE (eval12).")],
    [
        S("March 9 (Reuters) -", N, why="Dateline: its own item before the first sentence."),
        S("Medical device maker Halvard Medical (HLVD.N) said on Monday it would buy Pinecrest Diagnostics (PNDX.O) for about $2.1 billion in cash, betting that demand for at-home blood testing will keep growing as insurers push routine care out of hospitals and clinics.",
          "Halvard Medical", why="The lede passes on the company's announcement; the 'betting that' gloss takes the claimant of the attributed main clause. Description and ticker dropped from the name; tickers are no FIGUREs.",
          f=[("about $2.1 billion", "2100000000")]),
    ],
    [
        S("Halvard will pay $38.50 per share, a 31% premium to Pinecrest’s closing price on Friday.",
          "", why="Deal terms with no tag: the wire's voice. The FIGURE ends before 'per'; 'a 31% premium' -> '31%' (eval11's '3% raise').",
          f=[("$38.50", "38.5"), ("31%", "31")]),
        S("Including debt, the deal values Pinecrest at about $2.4 billion.",
          "", why="The wire's own calculation.",
          f=[("about $2.4 billion", "2400000000")]),
    ],
    [
        S("Pinecrest’s shares jumped 28% to $37.60 in premarket trading, just below the offer price, while Halvard’s stock slipped 1.9%.",
          "", why="Market moves in the wire's voice.",
          f=[("28%", "28"), ("$37.60", "37.6"), ("1.9%", "1.9")]),
    ],
    [
        S("Raleigh, North Carolina-based Pinecrest sells finger-prick blood collection kits that patients use at home and mail back to its laboratories, which run more than 120 tests ranging from cholesterol panels to kidney function screens.",
          "", why="Background in the wire's voice.",
          f=[("more than 120 tests", "120")]),
        S("Its revenue rose 22% last year to $486 million, and it employs about 1,400 people.",
          "", why="Background in the wire's voice; a change and a level are two FIGUREs.",
          f=[("22%", "22"), ("$486 million", "486000000"), ("about 1,400 people", "1400")]),
    ],
    [
        S("“Pinecrest is the best platform in home diagnostics, and it gives us a direct relationship with patients where routine testing is heading,” Halvard Chief Executive Sandra Whitfield said in a statement.",
          N, why="Quotation plus tag; an opinion and a prediction. Title dropped from the speaker.",
          q=[("“Pinecrest is the best platform in home diagnostics, and it gives us a direct relationship with patients where routine testing is heading,”", "Sandra Whitfield")]),
    ],
    [
        S("Halvard said it expects the deal to deliver about $85 million in annual cost savings by the end of the third year after it closes and to add to adjusted earnings per share in the first full year.",
          "Halvard", why="Reported forecast of the company (that it said so is checkable); 'third year', 'first full year' are ordinals.",
          f=[("about $85 million", "85000000")]),
        S("The boards of both companies have approved the deal, which is expected to close in the second half of 2026, subject to approval by Pinecrest shareholders and antitrust regulators.",
          "", why="A checkable fact (board approval) with an expectation, in the wire's voice; 'second half of 2026' is no FIGURE."),
    ],
    [
        S("Halvard plans to pay for the acquisition with cash on hand and $1.5 billion in new debt, and will suspend share buybacks for 18 months to pay the borrowing down, the company said.",
          "Halvard", why="'the company' resolves to the name at the nearest mention (the sentence's own 'Halvard').",
          f=[("$1.5 billion", "1500000000"), ("18 months", "18")]),
    ],
    [
        S("Halvard also reported fourth-quarter adjusted earnings of $1.12 per share on revenue of $3.02 billion.",
          "Halvard", why="The company reporting its results passes on its assertion (eval12); 'fourth-quarter' is an ordinal.",
          f=[("$1.12", "1.12"), ("$3.02 billion", "3020000000")]),
        S("Analysts polled by LSEG had expected a profit of $1.05 per share on revenue of $2.97 billion.",
          "LSEG", why="A poll's consensus: the pollster is the claimant (eval12 'LSEG data showed'; poll calls of eval9/13/14).",
          f=[("$1.05", "1.05"), ("$2.97 billion", "2970000000")]),
    ],
    [
        S("Barrow Hale Securities analyst Raymond Cho said the price was reasonable for a business growing revenue at more than 20% a year, but noted that large laboratory chains were also expanding into home collection.",
          "Raymond Cho", why="Reported speech; the job description goes. 'a year' has the article.",
          f=[("more than 20%", "20")]),
        S("“Home testing is still less than 5% of the U.S. lab market, but it is the fastest-growing part of it,” Cho said.",
          "Cho", why="Quotation plus tag asserting a checkable market share and growth ranking.",
          q=[("“Home testing is still less than 5% of the U.S. lab market, but it is the fastest-growing part of it,”", "Cho")],
          f=[("less than 5%", "5")]),
    ],
    [
        S("Elena Marsh, an analyst at Corbel Research, said she did not expect serious antitrust objections because Halvard does not sell diagnostic tests directly to consumers today.",
          "Elena Marsh", why="Reported speech (an expectation and a fact she gave); job description dropped."),
        S("“There is no overlap in products, and regulators have cleared bigger deals in this space,” she said.",
          "Elena Marsh", why="Quotation plus tag asserting checkable facts; 'she' resolves to Elena Marsh.",
          q=[("“There is no overlap in products, and regulators have cleared bigger deals in this space,”", "Elena Marsh")]),
    ],
    [
        S("“Our kits are already used by more than 900,000 patients a year, and Halvard’s relationships with physicians and health systems can take that much further,” Pinecrest founder and Chief Executive Jonah Feld said in the statement.",
          "Jonah Feld", why="Quotation plus tag; the usage count is checkable besides the expectation. Titles dropped.",
          q=[("“Our kits are already used by more than 900,000 patients a year, and Halvard’s relationships with physicians and health systems can take that much further,”", "Jonah Feld")],
          f=[("more than 900,000 patients", "900000")]),
    ],
    [
        S("Morrow Keane & Co is Halvard’s financial adviser, while Lindqvist Partners is advising Pinecrest.",
          "", why="A checkable fact in the wire's voice."),
    ],
    [
        S("The deal is Halvard’s largest since it bought respiratory care company Aeroline for $3.2 billion in 2021.",
          "", why="Background in the wire's voice; '2021' is a year.",
          f=[("$3.2 billion", "3200000000")]),
        S("Halvard’s shares have lost about 12% over the past 12 months as hospitals cut back on spending on new equipment.",
          "", why="Market move in the wire's voice.",
          f=[("about 12%", "12"), ("12 months", "12")]),
    ],
    [S("(Reporting by Meera Iyer in Bengaluru and Caleb Strand in New York; Editing by Anil Varghese)",
       N, why="Credit footer.")],
    [S("Our Standards: The Thomson Reuters Trust Principles.", N, why="Page furniture.")],
])

# ---------------------------------------------------------------------------
# 3. norvik_tennessee_cell_plant: Business Wire plant-opening release,
#    curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["norvik_tennessee_cell_plant"] = dict(nl="\n", paras=[
    [S("Norvik Energy Storage Opens $640 Million Battery Cell Plant in Tennessee, Creating 1,150 Jobs",
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("$640 Million", "640000000"), ("1,150 Jobs", "1150")])],
    [S("Harrow County plant is the company’s first in the U.S.; capacity to triple to 12 gigawatt-hours by 2028",
       N, why="Subhead (a dek): no CLAIM; 'first' is an ordinal, 'triple' no number word (like 'twice').",
       f=[("12 gigawatt-hours", "12")])],
    [S("March 17, 2026 10:00 AM Eastern Daylight Time", N, why="Timestamp.")],
    [
        S("Norvik Energy Storage employees mark the start of production at the company’s plant in Calder Springs, Tennessee.",
          N, why="Photo caption."),
        S("(Photo: Business Wire)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("CALDER SPRINGS, Tenn.--(BUSINESS WIRE)--", N, why="Dateline: its own item before the first sentence."),
        S("Norvik Energy Storage, Inc. (NYSE: NVES) today opened its first U.S. battery cell plant, a $640 million, 650,000-square-foot facility in Harrow County, Tennessee, that will employ 1,150 people at full production.",
          "", why="An act (not a speech act) in the release's voice. 'first' is an ordinal; the area is a hyphenated compound; the ticker is no FIGURE.",
          f=[("$640 million", "640000000"), ("650,000-square-foot", "650000"), ("1,150 people", "1150")]),
    ],
    [
        S("The plant makes lithium iron phosphate cells for Norvik’s grid-scale storage systems and for electric trucks, and has an initial annual capacity of 4 gigawatt-hours.",
          "", why="A checkable fact in the release's voice; the unit joins the span.",
          f=[("4 gigawatt-hours", "4")]),
        S("Norvik plans to raise capacity to 12 gigawatt-hours by 2028, enough for about 40,000 trucks a year.",
          "Norvik", why="The company's stated plan (its position, as eval9 'Korvel now expects'). 'a year' has the article; '2028' is a year.",
          f=[("12 gigawatt-hours", "12"), ("about 40,000 trucks", "40000")]),
    ],
    [
        S("Production began in February with 310 workers on a single shift, and the company has hired 480 people so far, 62% of them from Harrow County and neighboring counties.",
          "", why="Checkable facts in the release's voice; 'a single shift' holds no number word.",
          f=[("310 workers", "310"), ("480 people", "480"), ("62%", "62")]),
        S("Norvik said the average annual wage at the plant would be $68,500, about 40% above the county average, and that it pays the full cost of a 12-week training program run with Harrow Community College.",
          "Norvik", why="Reported statement of the company.",
          f=[("$68,500", "68500"), ("about 40%", "40"), ("12-week", "12")]),
    ],
    {"s": [
        S("“Three years ago this site was a soybean field, and today we are shipping cells from it to customers in four states.",
          "Anders Lindahl", why="First sentence of a two-sentence quotation: checkable (the site's history, shipments); the speaker is named in the tag after the second sentence.",
          f=[("Three years", "3"), ("four states", "4")]),
        S("This plant is the foundation of our North American business, and we intend to keep building on it,” said Anders Lindahl, chief executive officer of Norvik Energy Storage.",
          N, why="Second sentence with the tag: a characterisation and an intention. Title dropped from the speaker."),
    ], "q": [("“Three years ago this site was a soybean field, and today we are shipping cells from it to customers in four states. This plant is the foundation of our North American business, and we intend to keep building on it,”", "Anders Lindahl")]},
    [
        S("The State of Tennessee provided a $27 million grant for site work and training, and Harrow County approved a 20-year property tax abatement valued at about $48 million, according to the company.",
          "Norvik Energy Storage", why="'according to the company' resolves to the name at the nearest mention (the tag 'of Norvik Energy Storage'). '20-year' is a hyphenated compound.",
          f=[("$27 million", "27000000"), ("20-year", "20"), ("about $48 million", "48000000")]),
    ],
    [
        S("“This is the largest private investment in Harrow County’s history, and these are jobs that let young people build a career here without moving away,” said Harrow County Mayor Dale Whitcomb.",
          "Dale Whitcomb", why="Quotation plus inverted tag; the record investment is checkable besides the characterisation. Title dropped.",
          q=[("“This is the largest private investment in Harrow County’s history, and these are jobs that let young people build a career here without moving away,”", "Dale Whitcomb")]),
    ],
    [
        S("Norvik has signed supply agreements with two utilities and a truck maker that together cover about 70% of the plant’s planned output through 2030.",
          "", why="An act (signing) stated in the release's voice; 'a truck maker' has the article, '2030' is a year.",
          f=[("two utilities", "2"), ("about 70%", "70")]),
        S("The company expects the plant to qualify for the federal advanced manufacturing production tax credit, worth $35 per kilowatt-hour for battery cells made and sold in the United States.",
          "Norvik", why="The company's stated expectation; 'The company' resolves to 'Norvik' (previous sentence). The FIGURE ends before 'per'.",
          f=[("$35", "35")]),
    ],
    [
        S("“I spent 14 years driving a forklift at a distribution center, and now I run a coating line that makes battery electrodes,” said Marcus Bell, one of the first graduates of the plant’s training program.",
          "Marcus Bell", why="Quotation plus inverted tag asserting checkable facts about himself; the description goes, 'first' is an ordinal.",
          q=[("“I spent 14 years driving a forklift at a distribution center, and now I run a coating line that makes battery electrodes,”", "Marcus Bell")],
          f=[("14 years", "14")]),
    ],
    [S("About Norvik Energy Storage", N, why="Section heading.")],
    [
        S("Norvik Energy Storage designs and manufactures lithium iron phosphate battery cells and energy storage systems for utilities, commercial fleets and industrial customers.",
          "", why="A checkable fact about the company in the release's voice."),
        S("Headquartered in Gothenburg, Sweden, the company has about 3,600 employees and also operates plants in Sweden and Poland.",
          "", why="Checkable facts in the release's voice.",
          f=[("about 3,600 employees", "3600")]),
        S("Learn more at www.norvikenergy.com.", N, why="Service information (a web address)."),
    ],
    [S("Forward-Looking Statements", N, why="Section heading.")],
    [
        S("This press release contains forward-looking statements, including statements regarding the plant’s production capacity, hiring, customer demand and the availability of tax credits.",
          N, why="Legal boilerplate."),
        S("Actual results could differ materially from those projected due to a number of factors, including changes in demand for energy storage, raw material prices and government policy, and the other risks described in Norvik’s filings with the U.S. Securities and Exchange Commission.",
          N, why="Legal boilerplate."),
        S("Norvik assumes no obligation to update these statements except as required by law.",
          N, why="Legal boilerplate."),
    ],
    [S("Contacts", N, why="Section heading.")],
    [S("Media: Karin Sjöberg, Norvik Energy Storage, +46 31 555 0190, media@norvikenergy.com",
       N, why="Contact line; a phone number is no FIGURE.")],
    [S("Investors: Peter Aldous, Norvik Energy Storage, +1 615-555-0138, ir@norvikenergy.com",
       N, why="Contact line.")],
])

"""Held-out articles, set C (writer c): three original business, markets
and technology stories written for the eighteenth evaluation set, as they
come off the web (article text with the page furniture a scraper keeps,
cf. /work/shared/corpus), at ordinary business-desk density. Real public
bodies, data providers, indexes and companies appear as those outlets
would name them (Kantar, the British Retail Consortium, the FTSE 250,
Alamy; PitchBook, LinkedIn, Layoffs.fyi, Manhattan Associates, Blue
Yonder, TechCrunch and its Disrupt event; Ireland's Central Statistics
Office, Revenue, Banking & Payments Federation Ireland, the Central Bank,
the Department of Housing, the Residential Tenancies Board), but the
events, the figures for them and every quoted or reported word are
invented; the supermarket chain Hollins, the startup Parcelwise and its
investors Northgate Ventures, Baxter Lane Capital and Oriel Partners,
the firms Brightwater Securities, Kestrel Partners, Ardmore Stockbrokers
and Kinsale Economics, and every reporter, executive, analyst, economist,
spokesperson and former employee are invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval17),
above all eval15's and eval16's business and markets stories.

`hollins_annual_results_guidance` is a Sky News-style business story (a UK
supermarket chain's annual results: pre-tax profit, sales and like-for-like
sales, a profit guidance range below the consensus, the share price fall,
the dividend, net debt; its chief executive quoted across a tag and in
reported speech with a partial quotation; two City analysts, one quoted
over two sentences; Kantar market share and grocery inflation; store
openings, jobs and pay; the BRC's cost estimate and its quotation) with
curly double quotes and curly apostrophes, curly single-quoted partial
quotations in the headline and a subhead, "\\n\\n" line ends: section
label, headline, standfirst, byline, a `Wednesday 15 April 2026 08:47,
UK` stamp, an `Image:` caption with a `Pic: Alamy` credit, a quoted
subhead, a closing question and a `Read more from Sky News:` block.
`parcelwise_series_c_layoffs` is a TechCrunch-style startup story (a San
Francisco logistics-software startup raises a Series C at a $1.2 billion
valuation five days after laying off 18% of its staff; the CEO's memo and
interview, a company spokesperson's statement, the lead investor, unnamed
people familiar with the deal, PitchBook, LinkedIn data, Layoffs.fyi, a
laid-off employee who asked not to be named) with straight double quotes
and straight apostrophes, "\\n" line ends: section label, headline with
`$140M` / `$1.2B`, byline, `8:05 AM PDT · April 14, 2026` stamp, a
caption and an `Image Credits:` line, a question subhead, the event
promotion block and a `Topics:` line.
`cso_house_prices_january` is an RTÉ News-style economy story (the CSO's
residential property price index for January: the national, Dublin and
non-Dublin annual rates, median prices, purchase counts, the gap to the
2007 peak; two economists, one quoted across a tag and over two
sentences, one in reported speech then quoted; BPFI mortgage figures;
the Central Bank's lending rules; a Department of Housing spokesperson)
with curly double quotes and straight apostrophes, "\\r\\n" (CRLF) line
ends: site line, section line, headline with `- CSO`, an `Updated /`
stamp, byline, a caption with `(File image)`, a `Read more:` line and a
`Related Stories` block.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times and
ordinals no FIGUREs; titles and job descriptions dropped from names,
honorifics kept (`Ms`, `Mr`); a bare number whose counted noun does not
follow is a FIGURE of the number alone; an adjective between number and
noun ends the span, a noun modifier stays (`212 tech companies`, `3,842
home purchases`); a numeral referring back to a known group is no FIGURE
(`the two measures`); a range is one FIGURE `low-high`, a before and an
after (`from £434m`, `to £512m`) two; hyphenated compounds whole
(`15-minute`); `twice`, `doubled`, `tripled` no FIGUREs; headline,
standfirst, section and site lines, bylines, stamps, captions and
credits, subheads (quoted or question alike), `Read more` / `Related
Stories` link lines, the event promotion and the topics line get no
CLAIM, their QUOTEs and FIGUREs are marked; the outlet's own reporting
has an empty claimant, as in the corpus gold and every earlier set; the
brief's alternative of naming the outlet is not used, so the set stays
comparable). Calls specific to this beat:
- A company reporting its own results, guidance or plans passes on its
  assertion (eval12, eval15, eval16): `Hollins ... has reported ... but
  warned`, `..., the company said`, `Hollins said it expected ...`, `The
  retailer ... said it would open ...` -> `Hollins`; `..., the company
  told TechCrunch` and `Parcelwise says its annual recurring revenue ...`
  -> `Parcelwise` (`told TechCrunch` makes the outlet the audience, as
  eval16's `told The Verge`). A sentence continuing the results with no
  tag of its own (`Sales excluding fuel grew 5.6% ...`) is the outlet's
  voice (eval15, eval16). Acts that are not speech acts are the outlet's
  voice: the proposed dividend (eval15's declared dividend), the layoffs
  and the round itself, `Parcelwise declined to comment on the terms.`
  (a checkable non-statement, as `did not respond`). A decided pay rise
  stated as fact with no tag (`It will also raise pay ... from June`) is
  a fixed, announced event like eval17's scheduled strike: CLAIM in the
  outlet's voice. The outlet's own sum (`That is roughly 3x growth in a
  year, ...`) is a CLAIM in its voice; its tail (`a pace few ... have
  matched`) does not unmake the checkable part (eval9's mixed sentences).
- Guidance against consensus: `Hollins said it expected ... between £480m
  and £520m ..., below the £548m that analysts had forecast, according to
  a company-compiled consensus` keeps the main clause's claimant
  (`Hollins`): the company compiled the consensus too.
- Documents passed on are given to their author when the text names one
  (eval17's `according to the report` -> `NTSB`): `according to a memo
  that co-founder and CEO Ines Okwu sent to staff` -> `Ines Okwu`; each
  later `the memo said` -> the author at the nearest naming mention
  (`Ines Okwu` in the next sentence, `Okwu` after `Okwu wrote`). Data sources: `according to LinkedIn data` ->
  `LinkedIn` (eval17's `according to Nasa satellite data` -> `Nasa`);
  `according to PitchBook` -> `PitchBook`; `Layoffs.fyi, which tracks job
  cuts in tech, has counted ...` -> `Layoffs.fyi` (eval16's Shadowserver
  scans); `According to Kantar` and the following `the data showed` ->
  `Kantar`; `according to the Central Statistics Office` -> that name,
  then `The CSO said`, `The figures show` (the CSO's figures, right after
  its naming) and `the statistics office said` (a description resolved to
  the nearest naming mention, `The CSO said`) -> `CSO`; `figures from Banking &
  Payments Federation Ireland (BPFI) showed` -> `Banking & Payments
  Federation Ireland` (bracketed abbreviation dropped, eval14/eval16);
  `The British Retail Consortium (BRC) has estimated` -> `British Retail
  Consortium`, then `the BRC said` -> `BRC`.
- Unnamed sources keep their description without article or number:
  `Several City analysts said` -> `City analysts` (`Several` is no
  FIGURE); `Two people familiar with the deal said` -> `people familiar
  with the deal`, and `Two people` counts sources: FIGURE 2 (eval17's
  `two negotiators`); `A former account manager, who asked not to be
  named ..., said` -> `former account manager`, also for her tagless
  continuation quotation; `A Parcelwise spokesperson said in an emailed
  statement` -> `Parcelwise spokesperson`; `A spokesperson for the
  Department of Housing said` and `the spokesperson said` ->
  `spokesperson for the Department of Housing` (eval16's `spokesperson
  for the US Trade Representative`).
- Named people: job descriptions and titles go (`Chief executive`,
  `retail analyst at Brightwater Securities`, `an analyst at Kestrel
  Partners`, `co-founder and CEO`, `a general partner at Northgate who
  will join the startup's board`, `chief economist at Ardmore
  Stockbrokers`, `of Kinsale Economics`); the name is the form at the
  nearest mention (`Ruth Delaney` for `she said` after her naming
  sentence, `Ms Delaney` where the sentence says so; `Ms Menon`;
  `Okwu`; `Mr Dunne`; `Siobhán Kearney` for `she said`). The headline's
  `‘tough year’` takes the words of the body's `“a tough year for the
  whole industry”` and goes to `Ruth Delaney`, as named at her naming
  mention (eval11/eval17); the subhead `‘A clear disappointment’` takes
  Tom Gallacher's quoted words and goes to him. `“an overreaction”` (two
  words) is a QUOTE; `‘buy’` (one word, a rating) is a scare quote.
  `"two halves of the same plan."` and `"outplacement support and a
  reference from their manager."` are partial quotations with their full
  stop inside the marks (American style), QUOTEs.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: Delaney's price cuts on more than 3,000 products, Menon's 11
  quarters in a row, Okwu's doubled headcount and her burn rate, Reyes's
  tripled revenue while cutting burn (a checkable account with a verdict
  attached, eval17's Diallo), the former employee's booked offsite,
  Dunne's completions against the target, Kearney's mortgage approvals
  (with her inference attached). Not CLAIMs: Delaney's slogan `cutting
  prices, not corners`, Gallacher's judgement, Menon's `deserves more
  credit`, Okwu's apology and her cash-flow prediction, the employee's
  `Nobody saw it coming`, Dunne's `cooling, but not cracking` and
  `Supply is still the story`, Kearney's hedged prediction, the BRC's
  warning, the department's sympathy. Tagless continuation quotations
  take their speaker as claimant when they are CLAIMs (eval17).
- Reported forecasts are CLAIMs (that they were said is checkable):
  `Mr Dunne said he expected annual price growth to fall to between 4%
  and 5% ...`; `Siobhán Kearney ... was less sure prices would slow that
  quickly` reports her position (CLAIM). `Others were more forgiving.`
  states what other analysts thought, in the outlet's voice: a CLAIM, as
  eval12's `Others are less sure.` Not CLAIMs: the closing question
  (`Can Hollins hold on to its new customers once the price cuts slow?`),
  `For buyers, the slowdown offers only limited relief.` (a judgement).
- A lending rule stated as fact (`Under Central Bank rules, first-time
  buyers can borrow up to four times their gross income ...`) is a CLAIM
  in the outlet's voice (eval13's legal changes, eval17's DGCA rules); so
  are the index's method (`The CSO's index is based on stamp duty returns
  ...`, eval15's non-GAAP method sentence) and the published date of the
  next release (eval12's BOJ calendar).
- FIGUREs, money: pence are money with their unit letter (`286p` -> 286,
  `6.8p per share` -> `6.8p`, `9.9p`, `340p`); `£512m` -> 512000000,
  `£14.3bn` -> 14300000000, `£1.18bn` -> 1180000000, `about £95m`,
  `roughly £160m`, `£7bn`; the headline's `$140M` -> 140000000 and
  `$1.2B` -> 1200000000 (scale letters, as eval16's `bn`); `£12.85 an
  hour` ends before `an hour`, `about $9 million a month` before `a
  month` (eval16); `under $5 million` keeps `under` (eval11); `between
  £480m and £520m` is one range (480000000-520000000); `$480 million
  post-money valuation` -> `$480 million`; `€352,000`, `€710,000`,
  `€190,000`, `€331,500` as written.
- FIGUREs, other calls: `52 weeks`, `12 weeks`, `11 quarters`, `16
  weeks`, `Five days`, `three months` (`the final three months of last
  year` and `the three months to February`; `final` stays out like the
  ordinal `first` in eval16's `first three months`) are durations; `12
  months` in `in the 12 months to January` likewise. `3x` -> 3 (eval16's
  zoom factor). `up to four times their gross income` counts a multiple
  with a number word: FIGURE `up to four times`, value 4 (unlike `twice`,
  which has none). `just under 40%` keeps `just under` as approximator
  (like `nearly`); `10% or more` -> `10%` (the trailing `or more` stays
  out like eval16's `or less`); `between 4% and 5%` one range (4-5).
  Ages: `Ruth Delaney, 54,` -> `54`. `14 new stores` -> `14` and `nine
  smaller convenience shops` -> `nine` (adjectives end the span); `one
  additional week` -> `one`; `a team of 11` -> bare `11`; `1,517 of
  those purchases` -> bare `1,517`; `11,210 new homes` -> `11,210`;
  `41,000` (the target, homes elided) bare; `more than 61,000 layoffs`
  keeps its noun.
- Not FIGUREs: `FTSE 250` (a name), `Series B` / `Series C`, `sixth-largest`
  and `third` (ordinals), dates and years (`28 February`, `22 March`,
  `March 2023`, `April 2007`, `February 2007`, `June 2023`, `2011`, `2019`,
  `2023`, `2024`, `2025`, `October 13-15, 2026`, `15 April`), clock times
  and stamps (`08:47`, `8:05 AM PDT`, `11:24`), `the last decade`, `a
  year`, `a month`, `each year`, `doubled`, `tripled`, `twice`,
  `Several`.

Every person, company and event named here other than the public bodies
and companies listed above is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. hollins_annual_results_guidance: Sky News-style business story, curly
#    quotes and apostrophes, "\n\n", quoted headline and subhead
# ---------------------------------------------------------------------------
ARTICLES["hollins_annual_results_guidance"] = dict(nl="\n\n", paras=[
    [S("Money", N, why="Section label.")],
    [S("Hollins profits jump 18% but boss warns of ‘tough year’ ahead",
       N, why="Headline: no CLAIM; its FIGURE and its two-word partial quotation are marked (speaker as named in the body).",
       q=[("‘tough year’", "Ruth Delaney")],
       f=[("18%", "18")])],
    [S("The UK’s sixth-largest supermarket chain says higher wage bills and a new packaging levy will hold back profits this year.",
       N, why="Standfirst; 'sixth-largest' is an ordinal.")],
    [S("Daniel Okoro, business reporter", N, why="Byline.")],
    [S("Wednesday 15 April 2026 08:47, UK", N, why="Stamp: a date and a clock time.")],
    [
        S("Image: Hollins runs 412 stores across England and Wales.",
          N, why="Photo caption: no CLAIM; its FIGURE is marked.",
          f=[("412 stores", "412")]),
        S("Pic: Alamy", N, why="Photo credit."),
    ],
    [S("Hollins, the UK’s sixth-largest supermarket chain, has reported an 18% jump in annual profits after winning shoppers from bigger rivals with price cuts, but warned that rising costs would squeeze its earnings this year.",
       "Hollins", why="The company reporting its results and issuing a warning passes on its assertion.",
       f=[("18%", "18")])],
    [S("Pre-tax profit rose to £512m in the 52 weeks to 28 February, up from £434m a year earlier, the company said.",
       "Hollins", why="'the company said' resolves to Hollins. An after and a before: two FIGUREs; '28 February' is a date, 'a year' has the article.",
       f=[("£512m", "512000000"), ("52 weeks", "52"), ("£434m", "434000000")])],
    [S("Sales excluding fuel grew 5.6% to £14.3bn, while like-for-like sales, which strip out the effect of new stores, were up 4.1%.",
       "", why="Continues the results with no tag of its own: the outlet's voice (eval15, eval16).",
       f=[("5.6%", "5.6"), ("£14.3bn", "14300000000"), ("4.1%", "4.1")])],
    [S("Chief executive Ruth Delaney, 54, said the chain had won more new customers over the year than at any time in the last decade.",
       "Ruth Delaney", why="Reported speech; title dropped. The bare age is a FIGURE; 'the last decade' has no number word.",
       f=[("54", "54")])],
    [
        S("“We did it by cutting prices, not corners,” she said.",
          N, why="Quotation plus tag: a slogan, no checkable fact. 'she' resolves to Ruth Delaney.",
          q=[("“We did it by cutting prices, not corners,”", "Ruth Delaney")]),
        S("“We have lowered prices on more than 3,000 products since last spring, and we have paid for that out of our own margin.”",
          "Ruth Delaney", why="Continuation quotation after the tag (a second QUOTE): a checkable fact.",
          q=[("“We have lowered prices on more than 3,000 products since last spring, and we have paid for that out of our own margin.”", "Ruth Delaney")],
          f=[("more than 3,000 products", "3000")]),
    ],
    [S("But Ms Delaney warned that retailers faced “a tough year for the whole industry”, with higher employer national insurance contributions and a new packaging levy adding about £95m to Hollins’s costs.",
       "Ms Delaney", why="Reported speech with a partial quotation; honorific kept, name as the sentence gives it.",
       q=[("“a tough year for the whole industry”", "Ms Delaney")],
       f=[("about £95m", "95000000")])],
    [S("Hollins said it expected underlying operating profit of between £480m and £520m in the current financial year, below the £548m that analysts had forecast, according to a company-compiled consensus.",
       "Hollins", why="A company's guidance is its stated position; the consensus was compiled by the company too. A range is one FIGURE.",
       f=[("between £480m and £520m", "480000000-520000000"), ("£548m", "548000000")])],
    [S("Shares in Hollins fell 7.2% to 286p in morning trading, making the company the biggest faller on the FTSE 250.",
       "", why="Market move in the outlet's voice; 'FTSE 250' is a name. Pence are money.",
       f=[("7.2%", "7.2"), ("286p", "286")])],
    [
        S("The board has proposed a final dividend of 6.8p per share, taking the total for the year to 9.9p, up 10% on last year.",
          "", why="Proposing a dividend is an act, not a speech act: the outlet's voice (eval15). 'per share' ends the span.",
          f=[("6.8p", "6.8"), ("9.9p", "9.9"), ("10%", "10")]),
        S("Net debt, excluding leases, fell by £210m to £1.18bn.",
          "", why="Results continued with no tag: the outlet's voice.",
          f=[("£210m", "210000000"), ("£1.18bn", "1180000000")]),
    ],
    [S("‘A clear disappointment’",
       N, why="Subhead: no CLAIM; the quotation takes Tom Gallacher's words below and goes to him.",
       q=[("‘A clear disappointment’", "Tom Gallacher")])],
    [S("Several City analysts said the guidance implied the first fall in annual profits since the pandemic.",
       "City analysts", why="Unnamed sources keep their description; 'Several' is no FIGURE, 'first' an ordinal.")],
    [S("“This is a clear disappointment, and it tells you the price war is a long way from over,” said Tom Gallacher, retail analyst at Brightwater Securities.",
       N, why="Quotation plus inverted tag: a judgement. Job description dropped.",
       q=[("“This is a clear disappointment, and it tells you the price war is a long way from over,”", "Tom Gallacher")])],
    [S("He said Hollins had spent roughly £160m on price cuts over the year, about twice what it set aside when the programme began.",
       "Tom Gallacher", why="'He' resolves to the nearest naming mention. 'twice' holds no number word.",
       f=[("roughly £160m", "160000000")])],
    [
        S("Others were more forgiving.",
          "", why="What other analysts thought, in the outlet's voice (eval12's 'Others are less sure.')."),
        S("Priya Menon, an analyst at Kestrel Partners, called the share price fall “an overreaction” and kept her ‘buy’ rating on the stock, with a target price of 340p.",
          "Priya Menon", why="A position taken ('called ... “...”'); the two-word partial quotation is a QUOTE, the one-word rating a scare quote.",
          q=[("“an overreaction”", "Priya Menon")],
          f=[("340p", "340")]),
    ],
    {"s": [
        S("“Hollins has grown faster than the market for 11 quarters in a row.",
          "Ms Menon", why="First sentence of a two-sentence quotation whose tag follows the second: a checkable record.",
          f=[("11 quarters", "11")]),
        S("That deserves more credit than it is getting,” Ms Menon said.",
          N, why="Same quotation, the tag attached: a judgement."),
    ], "q": [("“Hollins has grown faster than the market for 11 quarters in a row. That deserves more credit than it is getting,”", "Ms Menon")]},
    [
        S("According to Kantar, Hollins’s share of the grocery market rose to 5.4% in the 12 weeks to 22 March, from 5.1% a year earlier.",
          "Kantar", why="'According to Kantar'; an after and a before; '22 March' is a date.",
          f=[("5.4%", "5.4"), ("12 weeks", "12"), ("5.1%", "5.1")]),
        S("Grocery price inflation, which peaked at 17.5% in March 2023, stood at 3.9% over the same period, the data showed.",
          "Kantar", why="'the data' are Kantar's, named in the sentence before.",
          f=[("17.5%", "17.5"), ("3.9%", "3.9")]),
    ],
    [
        S("The retailer, which employs about 68,000 people, said it would open 14 new stores this year, creating around 1,100 jobs, and close nine smaller convenience shops.",
          "Hollins", why="'The retailer' resolves to Hollins; a stated plan. Adjectives ('new', 'smaller') end the spans.",
          f=[("about 68,000 people", "68000"), ("14", "14"), ("around 1,100 jobs", "1100"), ("nine", "9")]),
        S("It will also raise pay for store staff to £12.85 an hour from June, a rise of 4.5%.",
          "", why="A decided pay rise stated as fact, no tag: a fixed announced event, the outlet's voice. 'an hour' stays out.",
          f=[("£12.85", "12.85"), ("4.5%", "4.5")]),
    ],
    [S("The British Retail Consortium (BRC) has estimated that the two measures will cost retailers £7bn this year.",
       "British Retail Consortium", why="A reported estimate; the bracketed abbreviation is dropped. 'the two measures' refers back: no FIGURE.",
       f=[("£7bn", "7000000000")])],
    [S("“Retailers cannot absorb £7bn of new costs without passing some of it on to shoppers,” the BRC said.",
       N, why="Quotation plus tag: a warning about the future, not a checkable fact. An organisation as speaker.",
       q=[("“Retailers cannot absorb £7bn of new costs without passing some of it on to shoppers,”", "BRC")],
       f=[("£7bn", "7000000000")])],
    [S("Can Hollins hold on to its new customers once the price cuts slow?",
       N, why="A question.")],
    [S("Read more from Sky News:", N, why="Link block heading.")],
    [S("Shop price inflation eases to 1.2%, BRC says",
       N, why="Related link line: no CLAIM; its FIGURE is marked.",
       f=[("1.2%", "1.2")])],
    [S("Supermarket price war: who is winning?", N, why="Related link line.")],
])

# ---------------------------------------------------------------------------
# 2. parcelwise_series_c_layoffs: TechCrunch-style startup story, straight
#    quotes and apostrophes, "\n", question subhead, event promotion
# ---------------------------------------------------------------------------
ARTICLES["parcelwise_series_c_layoffs"] = dict(nl="\n", paras=[
    [S('''Startups''', N, why="Section label.")],
    [S('''Parcelwise raises $140M at a $1.2B valuation, days after cutting 18% of its staff''',
       N, why="Headline: no CLAIM; its FIGUREs are marked (scale letters M and B).",
       f=[("$140M", "140000000"), ("$1.2B", "1200000000"), ("18%", "18")])],
    [S('''Marisa Chen''', N, why="Byline.")],
    [S('''8:05 AM PDT · April 14, 2026''', N, why="Stamp: a clock time and a date.")],
    [
        S('''Parcelwise co-founder and CEO Ines Okwu.''', N, why="Photo caption."),
        S('''Image Credits: Parcelwise''', N, why="Image credit."),
    ],
    [S('''Parcelwise, a San Francisco-based startup that sells software for routing parcels through warehouses, has raised $140 million in a Series C round that values it at $1.2 billion, the company told TechCrunch.''',
       "Parcelwise", why="The company's own account of its round; 'told TechCrunch' makes the outlet the audience. 'Series C' is a name.",
       f=[("$140 million", "140000000"), ("$1.2 billion", "1200000000")])],
    [S('''The round was led by Northgate Ventures, with participation from existing investors Baxter Lane Capital and Oriel Partners.''',
       "", why="A fact about the round in the outlet's voice.")],
    [
        S('''Five days before the announcement, Parcelwise laid off about 95 employees, or 18% of its workforce, according to a memo that co-founder and CEO Ines Okwu sent to staff last Thursday and that TechCrunch has viewed.''',
          "Ines Okwu", why="'according to' a memo whose author the sentence names: the author is the claimant (eval17's report -> its author). Title dropped.",
          f=[("Five days", "5"), ("about 95 employees", "95"), ("18%", "18")]),
        S('''The cuts fell mostly on sales and customer support teams in the U.S. and Europe, the memo said.''',
          "Ines Okwu", why="'the memo said': the memo's author at the nearest naming mention."),
    ],
    [S('''Parcelwise had about 520 employees before the cuts, according to LinkedIn data.''',
       "LinkedIn", why="'according to LinkedIn data': the data's author (eval17's Nasa satellite data).",
       f=[("about 520 employees", "520")])],
    [
        S('''"We doubled our headcount in 2024, and our revenue did not keep pace," Okwu wrote.''',
          "Okwu", why="Quotation plus tag asserting a checkable fact; 'doubled' has no number word, '2024' is a year.",
          q=[('''"We doubled our headcount in 2024, and our revenue did not keep pace,"''', "Okwu")]),
        S('''"That is on me, and I am sorry."''',
          N, why="Continuation quotation after the tag: an apology.",
          q=[('''"That is on me, and I am sorry."''', "Okwu")]),
    ],
    [S('''Departing employees will receive 16 weeks of pay, plus one additional week for each year of service, and health insurance through September, the memo said.''',
       "Okwu", why="'the memo said': its author at the nearest naming mention ('Okwu wrote'). The adjective 'additional' ends the span of 'one'; 'each year' has no number.",
       f=[("16 weeks", "16"), ("one", "1")])],
    [S('''A Parcelwise spokesperson said in an emailed statement that all affected employees had been offered "outplacement support and a reference from their manager."''',
       "Parcelwise spokesperson", why="Reported statement with a partial quotation (full stop inside the marks); unnamed spokesperson keeps the description.",
       q=[('''"outplacement support and a reference from their manager."''', "Parcelwise spokesperson")])],
    [S('''Why raise and cut at the same time?''', N, why="Question subhead.")],
    [S('''In an interview, Okwu said the layoffs and the funding were "two halves of the same plan."''',
       "Okwu", why="Reported position with a partial quotation.",
       q=[('''"two halves of the same plan."''', "Okwu")])],
    [
        S('''"We were burning about $9 million a month at the start of the year, and we have already cut that to under $5 million," she said.''',
          "Okwu", why="Quotation plus tag asserting checkable figures. 'a month' stays out; 'under' is an approximator. 'she' resolves to Okwu.",
          q=[('''"We were burning about $9 million a month at the start of the year, and we have already cut that to under $5 million,"''', "Okwu")],
          f=[("about $9 million", "9000000"), ("under $5 million", "5000000")]),
        S('''"We will be cash-flow positive by the end of next year."''',
          N, why="Continuation quotation: a prediction.",
          q=[('''"We will be cash-flow positive by the end of next year."''', "Okwu")]),
    ],
    [S('''Parcelwise says its annual recurring revenue (ARR) reached $64 million at the end of March, up from $21 million a year earlier, and that its software now runs in more than 2,400 warehouses in 38 countries.''',
       "Parcelwise", why="The company's stated figures ('says').",
       f=[("$64 million", "64000000"), ("$21 million", "21000000"), ("more than 2,400 warehouses", "2400"), ("38 countries", "38")])],
    [S('''That is roughly 3x growth in a year, a pace few logistics software companies have matched since the pandemic boom.''',
       "", why="The outlet's own sum with a characterisation attached: the checkable part makes a CLAIM. A ratio is a FIGURE of its number.",
       f=[("roughly 3x", "3")])],
    [S('''The company last raised money in 2023, when it closed a $55 million Series B at a $480 million post-money valuation.''',
       "", why="Funding history in the outlet's voice; 'post-money' (an adjective) ends the span.",
       f=[("$55 million", "55000000"), ("$480 million", "480000000")])],
    [
        S('''Two people familiar with the deal said Northgate had pushed for a valuation of about $1 billion before agreeing to the final price.''',
          "people familiar with the deal", why="Unnamed sources keep their description without the number; 'Two people' counts sources (eval17).",
          f=[("Two people", "2"), ("about $1 billion", "1000000000")]),
        S('''Parcelwise declined to comment on the terms.''',
          "", why="A checkable non-statement in the outlet's voice."),
    ],
    [S('''"Parcelwise has tripled revenue while cutting its burn, which is exactly what we look for in this market," said Daniel Reyes, a general partner at Northgate who will join the startup's board.''',
       "Daniel Reyes", why="Quotation plus inverted tag: a checkable account with a verdict attached (eval17's Diallo). 'tripled' is no FIGURE; the job description goes.",
       q=[('''"Parcelwise has tripled revenue while cutting its burn, which is exactly what we look for in this market,"''', "Daniel Reyes")])],
    [S('''U.S. venture funding for supply chain and logistics startups fell 31% last year to $9.8 billion, the lowest total since 2017, according to PitchBook.''',
       "PitchBook", why="'according to PitchBook'.",
       f=[("31%", "31"), ("$9.8 billion", "9800000000")])],
    [S('''Layoffs.fyi, which tracks job cuts in tech, has counted more than 61,000 layoffs at 212 tech companies so far this year.''',
       "Layoffs.fyi", why="A tracker's count passed on with its source (eval16's Shadowserver scans). 'tech' is a noun modifier.",
       f=[("more than 61,000 layoffs", "61000"), ("212 tech companies", "212")])],
    [S('''A former account manager, who asked not to be named because she had signed a severance agreement, said her team of 11 was told of the cuts in a 15-minute video call.''',
       "former account manager", why="Unnamed source keeps her description without the article. Bare count; hyphenated compound.",
       f=[("11", "11"), ("15-minute", "15")])],
    {"s": [
        S('''"Nobody saw it coming.''',
          N, why="Tagless continuation quotation: a feeling, not checkable."),
        S('''We had a team offsite booked for next month."''',
          "former account manager", why="Same quotation: a checkable fact; the speaker is the claimant (eval17)."),
    ], "q": [('''"Nobody saw it coming. We had a team offsite booked for next month."''', "former account manager")]},
    [
        S('''Parcelwise was founded in 2019 by Okwu, a former operations manager at an online retailer, and chief technology officer Tomasz Wierzbicki.''',
          "", why="Background in the outlet's voice; '2019' is a year."),
        S('''It competes with larger warehouse software providers such as Manhattan Associates and Blue Yonder.''',
          "", why="Background in the outlet's voice."),
    ],
    [S('''TechCrunch Event''', N, why="Event promotion block.")],
    [S('''San Francisco | October 13-15, 2026''', N, why="Event promotion block: a place and dates.")],
    [S('''Register now and save up to $400 on your pass.''',
       N, why="Event promotion boilerplate: no CLAIM; its FIGURE is marked.",
       f=[("up to $400", "400")])],
    [S('''Topics: Fundraising, Layoffs, Logistics, Startups''', N, why="Topics line.")],
])

# ---------------------------------------------------------------------------
# 3. cso_house_prices_january: RTÉ News-style economy story, curly double
#    quotes with straight apostrophes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["cso_house_prices_january"] = dict(nl="\r\n", paras=[
    [S("RTÉ News", N, why="Site line.")],
    [S("Business", N, why="Section line.")],
    [S("Annual house price inflation eases to 6.1% - CSO",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("6.1%", "6.1")])],
    [S("Updated / Wednesday, 18 Mar 2026 11:24", N, why="Stamp: a date and a clock time.")],
    [S("By Aoife Brennan, Business Reporter", N, why="Byline.")],
    [S("Prices outside Dublin rose faster than in the capital (File image)",
       N, why="Photo caption with its credit note.")],
    [S("Residential property prices nationally rose by 6.1% in the 12 months to January, down from 7.3% in the year to December, according to the Central Statistics Office.",
       "Central Statistics Office", why="'according to the Central Statistics Office'. A new rate and the previous one: two FIGUREs; 'the year to December' holds no number.",
       f=[("6.1%", "6.1"), ("12 months", "12"), ("7.3%", "7.3")])],
    [S("The CSO said it was the slowest rate of annual growth since June 2023.",
       "CSO", why="Reported statement; the name as the sentence gives it. 'June 2023' is a date.")],
    [S("In Dublin, prices increased by 4.8% in the year, while prices outside Dublin were 7.2% higher.",
       "", why="Continues the release's figures with no tag of its own: the outlet's voice.",
       f=[("4.8%", "4.8"), ("7.2%", "7.2")])],
    [
        S("The figures show the median price paid for a home over the period was €352,000.",
          "CSO", why="'The figures' are the CSO's, named just before: its author is the claimant.",
          f=[("€352,000", "352000")]),
        S("The most expensive area was Dún Laoghaire-Rathdown, where the median price was €710,000, while Longford was the least expensive at €190,000.",
          "", why="No tag of its own: the outlet's voice.",
          f=[("€710,000", "710000"), ("€190,000", "190000")]),
    ],
    [
        S("A total of 3,842 home purchases were filed with Revenue in January, down 5.6% on the same month last year.",
          "", why="The outlet's voice; 'home' is a noun modifier.",
          f=[("3,842 home purchases", "3842"), ("5.6%", "5.6")]),
        S("First-time buyers made up 1,517 of those purchases, or just under 40%.",
          "", why="The outlet's voice. The counted noun does not follow 1,517 (bare number); 'just under' is an approximator.",
          f=[("1,517", "1517"), ("just under 40%", "40")]),
    ],
    [S("National prices are now 15.4% above their April 2007 peak, the statistics office said, while Dublin prices remain 2.1% below their February 2007 high.",
       "CSO", why="'the statistics office' resolves to the name at its nearest naming mention ('The CSO said'); the tag covers the sentence; dates are no FIGUREs.",
       f=[("15.4%", "15.4"), ("2.1%", "2.1")])],
    [S("“The market is cooling, but it is not cracking,” said Fergal Dunne, chief economist at Ardmore Stockbrokers.",
       N, why="Quotation plus inverted tag: a judgement. Job description dropped.",
       q=[("“The market is cooling, but it is not cracking,”", "Fergal Dunne")])],
    {"s": [
        S("“Supply is still the story.",
          N, why="Tagless continuation quotation: a judgement."),
        S("The country completed about 33,000 homes last year, when the Government's own target was 41,000.”",
          "Fergal Dunne", why="Same quotation: checkable figures; the speaker is the claimant. '41,000' counts homes that do not follow: bare number.",
          f=[("about 33,000 homes", "33000"), ("41,000", "41000")]),
    ], "q": [("“Supply is still the story. The country completed about 33,000 homes last year, when the Government's own target was 41,000.”", "Fergal Dunne")]},
    [S("Mr Dunne said he expected annual price growth to fall to between 4% and 5% by the end of the year as more new homes come on stream.",
       "Mr Dunne", why="A reported forecast (that he said so is checkable); honorific kept. A range is one FIGURE.",
       f=[("between 4% and 5%", "4-5")])],
    [S("Siobhán Kearney of Kinsale Economics was less sure prices would slow that quickly.",
       "Siobhán Kearney", why="Reports her position.")],
    [S("“Mortgage approvals were up 11% in the three months to February, which tells you demand is still very strong,” she said.",
       "Siobhán Kearney", why="Quotation plus tag asserting a checkable figure with an inference attached. 'she' resolves to the nearest naming mention.",
       q=[("“Mortgage approvals were up 11% in the three months to February, which tells you demand is still very strong,”", "Siobhán Kearney")],
       f=[("11%", "11"), ("three months", "3")])],
    [S("“I would not be surprised to see prices in some commuter counties rise by 10% or more this year.”",
       N, why="Continuation quotation: a hedged prediction. 'or more' stays out of the FIGURE.",
       q=[("“I would not be surprised to see prices in some commuter counties rise by 10% or more this year.”", "Siobhán Kearney")],
       f=[("10%", "10")])],
    [S("Separately, figures from Banking & Payments Federation Ireland (BPFI) showed the average mortgage drawn down by first-time buyers reached €331,500 in January.",
       "Banking & Payments Federation Ireland", why="'figures from ... showed': the figures' author; the bracketed abbreviation is dropped.",
       f=[("€331,500", "331500")])],
    [S("Under Central Bank rules, first-time buyers can borrow up to four times their gross income and need a deposit of at least 10%.",
       "", why="A lending rule stated as fact: the outlet's voice. A multiple with a number word is a FIGURE.",
       f=[("up to four times", "4"), ("at least 10%", "10")])],
    [S("A spokesperson for the Department of Housing said 11,210 new homes were completed in the final three months of last year, the highest quarterly total since the CSO's series began in 2011.",
       "spokesperson for the Department of Housing", why="Unnamed spokesperson keeps the description. 'new' ends the first span; 'final' stays out of the duration; '2011' is a year.",
       f=[("11,210", "11210"), ("three months", "3")])],
    [S("“We know that is little comfort to people who are trying to buy their first home today,” the spokesperson said.",
       N, why="Quotation plus tag: sympathy, not a checkable fact.",
       q=[("“We know that is little comfort to people who are trying to buy their first home today,”", "spokesperson for the Department of Housing")])],
    [S("For buyers, the slowdown offers only limited relief.",
       N, why="A judgement in the outlet's voice.")],
    [
        S("The CSO's index is based on stamp duty returns filed with Revenue and covers only purchases by households at market prices.",
          "", why="The index's method stated as fact: checkable, the outlet's voice."),
        S("The next release, covering February, is due on 15 April.",
          "", why="A published release date: a checkable schedule, not a forecast."),
    ],
    [S("Read more: Rents up 5.2% in year to December - RTB",
       N, why="'Read more:' link line: no CLAIM; its FIGURE is marked.",
       f=[("5.2%", "5.2")])],
    [S("Related Stories", N, why="Link block heading.")],
    [S("Mortgage approvals rise 11% in February - BPFI",
       N, why="Related link line: no CLAIM; its FIGURE is marked.",
       f=[("11%", "11")])],
    [S("Construction activity slows for third month in a row",
       N, why="Related link line; 'third' is an ordinal.")],
])

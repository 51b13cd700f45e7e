"""Held-out articles, set C (writer c): three original news stories written
for the twelfth evaluation set as text scraped off news websites (body plus
the page furniture a scraper keeps), at ordinary live-page, regional-paper
and sports-site density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
three real scraped articles in /work/shared/corpus and the conventions of
the eval10 and eval11 sets.
`storm_fenella_live` is a storm live blog in a national-paper style with
"\\n": headline, standfirst, an `Updated 2m ago` stamp, a two-name byline,
a `Key events` block, `Show key events only`, a pinned `Key points`
summary in bullet style (no final full stops), entries newest first headed
by clock times (`15:47`) and entry headings, `Advertisement` slots, and an
embedded Met Office post with emoji and handle; curly double quotes, one
quote split by its attribution, a two-sentence quote after `said:`.
`pub_arson_landlord_jailed` is a regional newspaper court report (a
landlord jailed for setting fire to his own pub) with "\\n\\n", straight
double quotes and a straight single-quoted headline quotation: headline,
standfirst, byline, date/`Updated` stamp, image caption with credit, an
`Advertisement` slot, a `Read more:` line, a newsletter sign-up line and an
author bio line; a judge's three-sentence quotation and a police officer's
quotation running over two paragraphs.
`fife_derby_match_report` is a sports-site football report (Dunfermline v
Raith Rovers) with "\\n" and curly quotes (one quotation with a nested
single-quoted quotation): section label, headline with score, `Published 1
hour ago`, `Share this article`, image source/caption lines, an embedded
club post with emoji, `Advertisement`, a `Match stats` block, line-ups,
referee/attendance line, a `Related:` line and a follow line.

Real public institutions (Met Office, ScotRail, LNER, Avanti West Coast,
Northern Powergrid, SP Energy Networks, Edinburgh Airport, FlightAware,
Cumbria Constabulary, Cheshire Constabulary, Chester Crown Court, Cheshire
Fire and Rescue Service, HMRC, Dunfermline Athletic, Raith Rovers, Ayr
United, Partick Thistle) and real places appear; the events, the storm,
the pub, the outlet names and every person named are invented.

Judgement calls (earlier sets' calls followed: approximators inside the
span; years, dates, clock times, ordinals not FIGUREs; titles dropped from
names, honorifics kept (`Mr Mahoney`); a bare number counting a noun that
does not follow it is a FIGURE of the number alone; an adjective between
number and noun ends the span; a numeral referring back to a known group is
no FIGURE; `twice` no FIGURE; a football score one FIGURE with its value as
printed (`3-1`); `the court heard` has no claimant (eval5, eval7);
headline, standfirst, byline, timestamps, captions, credits, related and
newsletter lines get no CLAIM but their QUOTEs and FIGUREs are marked; an
embedded social post is no CLAIM and no QUOTE (no quotation marks) but its
FIGUREs are marked, its name/handle/date footer holds none (eval3);
`Hundreds` is an inexact FIGURE with an empty value (eval10/11); a quote
over two paragraphs is one QUOTE per paragraph (eval10)). New calls:
- Relative page stamps (`Updated 2m ago`, `Published 1 hour ago`) are
  timestamps like clock times: no FIGURE (and `2m` is not 2 million).
  Live-entry time lines (`15:47`) are clock times.
- The pinned `Key points` summary lines are full assertions in the page's
  voice (bullet style, no full stop): each is a CLAIM (claimant empty, or
  `Met Office` for `The Met Office says ...`), unlike the `Key events`
  link lines and entry headings, which are headings (no CLAIM).
- `The Met Office has published the strongest gusts recorded so far
  today:` introduces the embed: a signpost, no CLAIM.
- Speeds: `93mph gusts` -> FIGURE `93mph` (the unit is in the token;
  `gusts` is not what is counted); `above 60mph` keeps `above` like
  `over`/`under 40`; `gusts of 70 to 80mph` -> range `70-80`.
- `a further 46,000 homes`: `a further` is not an approximator (as
  `another`); `about a third of its departures` is a fraction like
  `half`: no FIGURE.
- A sentence with two speech tags for two sources was avoided by splitting
  (LNER / Avanti West Coast are separate sentences).
- `the company added` after SP Energy Networks resolves to it (nearest
  mention). `A police spokesman` -> `police spokesman`; `a ScotRail
  spokeswoman` -> `ScotRail spokeswoman`; `A neighbour` -> `neighbour`;
  `A fire investigator found ... and concluded ...` passes on an expert's
  finding: claimant `fire investigator`; `according to the club` ->
  `Dunfermline` (the club's name as the sentence uses it).
- `jailed for six years and eight months`: two FIGUREs (`six years`,
  `eight months`), each a duration with its unit; no summed value.
- `The court was told` (agentless, like `the court heard`): claimant empty.
  `In a police interview he had claimed ...` passes on the defendant's
  account: claimant `O'Rourke`.
- The headline quotation `'Greed, pure and simple'` trims the judge's
  `"This was greed, pure and simple."`: a QUOTE by `Siân Llewellyn`, named
  as in the body. The quotation `"This was greed, pure and simple.` (a
  verdict on motive) and `Those people could have died."` (a
  counterfactual) are no CLAIMs; `You knew there were two people asleep
  above that bar and you set it alight anyway.` is the judge's finding of
  fact: CLAIM. There `two people` refers back to the couple: no FIGURE;
  the officer's `two lives at risk` counts lives (a quantity asserted):
  FIGURE `two lives`.
- The officer's quotation runs over two paragraphs; the second paragraph
  (thanks) is no CLAIM. `Det Insp` is a title: speaker `Aled Morgan`.
- The author bio line (`... has covered ... for nine years.`) is furniture
  like a byline: no CLAIM, its FIGURE marked.
- Sports furniture: `Match stats` lines, line-ups and the referee /
  attendance line get no CLAIM; stats numbers are FIGUREs of the bare
  number (the counted noun precedes them), the attendance `7,412` too;
  the substitution minutes in the line-ups (`Bäckström 46`) are match-clock
  times (as `the 68th minute`): no FIGURE. `#COYP` and `@officialDAFC`
  hold no figures.
- `trained only once` -> no FIGURE (like `twice`); `one decision` in the
  manager's quotation counts decisions: FIGURE (value 1); `second best`,
  `24th minute`, `a third` (goal) are ordinals.
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (the passenger's gate changes; `I told the players that at
  half-time`; `he said, 'Gaffer, I'm playing'`); no CLAIM for feelings,
  condolences, advice, predictions, opinions (`We know how disruptive this
  is`, `It's a clear foul ...`). The nested single-quoted quotation inside
  Aitchison's quotation is not a separate QUOTE.
- Names keep the apostrophe as the text spells them: `O’Hare` (curly, in
  the sports body) and `O'Rourke` (straight, in the regional report);
  `Rachel O’Sullivan`, `Orla Ní Mhurchú`, `Siân Llewellyn` keep their
  diacritics. The British-style partial quotation with the full stop
  outside (`“... for the last few years”.`) ends at the closing mark.
- `seven of their nine league games`: `seven` is marked alone, `nine
  league games` keeps its noun modifier (as `41 league goals` in eval11).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. storm_fenella_live: live blog, "\n", curly quotes, entries newest first
# ---------------------------------------------------------------------------
ARTICLES["storm_fenella_live"] = dict(nl="\n", paras=[
    [S("Storm Fenella live: man dies after tree hits car as 93mph gusts leave 120,000 homes without power",
       N, why="Headline: no CLAIM; FIGUREs marked ('93mph' holds its unit; 'gusts' is not counted).",
       f=[("93mph", "93"), ("120,000 homes", "120000")])],
    [S("Amber wind warning in force across northern England and southern Scotland until 9pm; ScotRail suspends all trains and more than 200 flights cancelled",
       N, why="Standfirst: no CLAIM; '9pm' is a clock time.",
       f=[("more than 200 flights", "200")])],
    [S("Updated 2m ago", N, why="Relative page timestamp: no CLAIM, no FIGURE.")],
    [S("Ellie Ward (now) and Callum Fraser (earlier)", N, why="Byline.")],
    [S("Key events", N, why="Page furniture (block label).")],
    [S("Man dies after tree falls on car in Cumbria", N, why="Key-event link line (a heading).")],
    [S("ScotRail suspends all services", N, why="Key-event link line (a heading).")],
    [S("Show key events only", N, why="Page control.")],
    [S("Key points", N, why="Heading of the pinned summary.")],
    [S("A man has died after a tree fell on his car on the A591 in Cumbria",
       "", why="Summary bullet: a full assertion in the page's voice; 'A591' is a road name.")],
    [S("About 120,000 homes are without power across northern England and southern Scotland",
       "", why="Summary bullet in the page's voice.",
       f=[("About 120,000 homes", "120000")])],
    [S("ScotRail has suspended all services, and more than 200 flights have been cancelled at Edinburgh, Glasgow and Newcastle",
       "", why="Summary bullet in the page's voice.",
       f=[("more than 200 flights", "200")])],
    [S("The Met Office says gusts have reached 93mph, and its amber warning runs until 9pm",
       "Met Office", why="Summary bullet passing on the Met Office's figure; '9pm' is a clock time.",
       f=[("93mph", "93")])],

    # --- entry 15:47 ---
    [S("15:47", N, why="Live-entry time (a clock time).")],
    [S("Power cuts now affecting 120,000 homes", N, why="Entry heading: no CLAIM; FIGURE marked.",
       f=[("120,000 homes", "120000")])],
    [
        S("Northern Powergrid said about 74,000 of its customers were without electricity at 3pm, most of them in Northumberland, County Durham and North Yorkshire.",
          "Northern Powergrid", why="Reported speech; '74,000' counts customers that do not directly follow; '3pm' a clock time.",
          f=[("about 74,000", "74000")]),
        S("SP Energy Networks said a further 46,000 homes had lost supply in the Scottish Borders and Dumfries and Galloway.",
          "SP Energy Networks", why="Reported speech; 'a further' is not an approximator.",
          f=[("46,000 homes", "46000")]),
    ],
    [S("Engineers cannot work on overhead lines while gusts stay above 60mph, the company added, warning that some customers might not be reconnected until Sunday.",
       "SP Energy Networks", why="'the company' resolves to the nearest named company; 'above' kept like 'over'.",
       f=[("above 60mph", "60")])],
    [S("Advertisement", N, why="Ad slot.")],

    # --- entry 15:20 ---
    [S("15:20", N, why="Live-entry time.")],
    [S("93mph gust recorded in Northumberland", N, why="Entry heading: no CLAIM; FIGURE marked.",
       f=[("93mph", "93")])],
    [S("The Met Office has published the strongest gusts recorded so far today:",
       N, why="Signpost introducing the embedded post.")],
    [S("⚠️ Strongest gusts so far today: 93mph at Brizlee Wood, 84mph at Loftus and 79mph at Eskdalemuir 🌬️",
       N, why="Embedded social post: no CLAIM, no QUOTE; FIGUREs marked.",
       f=[("93mph", "93"), ("84mph", "84"), ("79mph", "79")])],
    [S("Our Amber warning for wind remains in force until 21:00.",
       N, why="Embedded social post; '21:00' is a clock time.")],
    [S("— Met Office (@metoffice) October 18, 2025", N, why="Embed footer: name, handle, date.")],
    [S("Brizlee Wood, on a hilltop near Alnwick, is one of the windiest weather stations in England.",
       "", why="The page's own voice; 'one of' is pronoun 'one'.")],

    # --- entry 14:58 ---
    [S("14:58", N, why="Live-entry time.")],
    [S("Man dies after tree falls on car in Cumbria", N, why="Entry heading.")],
    [
        S("A 67-year-old man has died after a tree fell on the car he was driving on the A591 between Windermere and Ambleside, Cumbria Constabulary said.",
          "Cumbria Constabulary", why="Police statement passed on.",
          f=[("67-year-old", "67")]),
        S("Officers were called at about 1.15pm and the man was pronounced dead at the scene.",
          "", why="No tag of its own: the page's voice; '1.15pm' is a clock time."),
        S("No one else was in the car.", "", why="The page's voice; 'No one' is no FIGURE."),
    ],
    {"s": [
        S("A police spokesman said: “Our thoughts are with the man’s family at this incredibly difficult time.",
          N, why="Tag plus first sentence of the quotation: a condolence, not checkable."),
        S("We would ask people not to travel in the affected areas unless their journey is absolutely essential.”",
          N, why="Second sentence of the quotation: advice."),
    ], "q": [("“Our thoughts are with the man’s family at this incredibly difficult time. We would ask people not to travel in the affected areas unless their journey is absolutely essential.”", "police spokesman")]},
    [S("The road is expected to stay closed until at least this evening while fallen trees are cleared.",
       N, why="A prediction.")],

    # --- entry 14:31 ---
    [S("14:31", N, why="Live-entry time.")],
    [S("ScotRail suspends all services", N, why="Entry heading.")],
    [S("ScotRail has suspended every train in Scotland for the rest of the day after more than 40 trees and other objects were reported on the line.",
       "", why="The event in the page's voice; the agentless 'were reported' names no source.",
       f=[("more than 40 trees", "40")])],
    [
        S("“We know how disruptive this is,” a ScotRail spokeswoman said.",
          N, why="Quotation plus tag; a sentiment, not checkable. Unnamed source keeps its description.",
          q=[("“We know how disruptive this is,”", "ScotRail spokeswoman")]),
        S("“But our teams have already found trees, a trampoline and even a garden shed on the tracks today, and we will not run trains until every route has been checked.”",
          "ScotRail spokeswoman", why="Continuation quotation asserting checkable finds (and a policy); 'a trampoline' has the article.",
          q=[("“But our teams have already found trees, a trampoline and even a garden shed on the tracks today, and we will not run trains until every route has been checked.”", "ScotRail spokeswoman")]),
    ],
    [
        S("LNER said it had cancelled all services north of Newcastle.", "LNER", why="Reported speech."),
        S("Avanti West Coast told passengers not to travel north of Preston.",
          "Avanti West Coast", why="Reported advice (a position the operator took)."),
    ],
    [S("Advertisement", N, why="Ad slot.")],

    # --- entry 13:50 ---
    [S("13:50", N, why="Live-entry time.")],
    [S("Hundreds of passengers stranded at Edinburgh Airport", N, why="Entry heading: no CLAIM; 'Hundreds' is an inexact FIGURE.",
       f=[("Hundreds", "")])],
    [S("More than 200 flights have been cancelled at Edinburgh, Glasgow and Newcastle airports, according to the tracking website FlightAware.",
       "FlightAware", why="'according to' a named website; 'tracking website' is a description.",
       f=[("More than 200 flights", "200")])],
    [S("Edinburgh Airport said about a third of its departures had been cancelled and urged passengers to check with their airline before travelling.",
       "Edinburgh Airport", why="Reported speech; 'a third' is a fraction like 'half': no FIGURE.")],
    [
        S("Orla Ní Mhurchú, 34, who had been due to fly to Dublin with her two children, said she had been at the airport since 6am.",
          "Orla Ní Mhurchú", why="Reported speech; bare age; '6am' a clock time.",
          f=[("34", "34"), ("two children", "2")]),
        S("“We’ve had three gate changes, then a delay, and then the cancellation just came up on the board,” she said.",
          "Orla Ní Mhurchú", why="Quotation plus tag asserting checkable events; 'she' resolves to her name.",
          q=[("“We’ve had three gate changes, then a delay, and then the cancellation just came up on the board,”", "Orla Ní Mhurchú")],
          f=[("three gate changes", "3")]),
        S("“Nobody from the airline has spoken to us.”",
          "Orla Ní Mhurchú", why="Continuation quotation; a checkable fact.",
          q=[("“Nobody from the airline has spoken to us.”", "Orla Ní Mhurchú")]),
    ],

    # --- entry 12:40 ---
    [S("12:40", N, why="Live-entry time.")],
    [S("Amber warning: what to expect", N, why="Entry heading.")],
    [S("The Met Office issued an amber warning for wind on Thursday covering Cumbria, Northumberland, Tyne and Wear, County Durham and southern Scotland, with gusts of 70 to 80mph expected inland and up to 90mph on exposed coasts and hills.",
       "", why="The issuing of the warning is an event in the page's voice; a range is one FIGURE; 'up to' an approximator.",
       f=[("70 to 80mph", "70-80"), ("up to 90mph", "90")])],
    [
        S("Rachel O’Sullivan, a deputy chief meteorologist at the Met Office, said Fenella was “an unusually deep low for October” and that the strongest winds would arrive between midday and early evening.",
          "Rachel O’Sullivan", why="Reported speech with a partial quotation; job description dropped.",
          q=[("“an unusually deep low for October”", "Rachel O’Sullivan")]),
        S("“With trees still in full leaf, we expect to see a lot of them come down,” she said.",
          N, why="Quotation plus tag: a prediction.",
          q=[("“With trees still in full leaf, we expect to see a lot of them come down,”", "Rachel O’Sullivan")]),
    ],
    [S("Fenella is the second named storm of the 2025-26 season.",
       "", why="The page's voice; 'second' is an ordinal and '2025-26' a season label (eval8): no FIGURE.")],
])

# ---------------------------------------------------------------------------
# 2. pub_arson_landlord_jailed: regional newspaper court report, "\n\n",
#    straight quotes
# ---------------------------------------------------------------------------
ARTICLES["pub_arson_landlord_jailed"] = dict(nl="\n\n", paras=[
    [S("""'Greed, pure and simple': landlord who torched his own pub for insurance payout while couple slept upstairs is jailed""",
       N, why="Headline: no CLAIM; the quotation trims the judge's words in the body: a QUOTE by her.",
       q=[("'Greed, pure and simple'", "Siân Llewellyn")])],
    [S("""Declan O'Rourke, 52, poured petrol around the bar of the Swan at Marston just 11 days after raising its insurance cover to £480,000""",
       N, why="Standfirst: no CLAIM; FIGUREs marked.",
       f=[("52", "52"), ("11 days", "11"), ("£480,000", "480000")])],
    [S("""By Hannah Prowse, Court Reporter""", N, why="Byline.")],
    [S("""10:12, 14 NOV 2025 Updated 11:40, 14 NOV 2025""", N, why="Timestamps (clock times and dates).")],
    [S("""Declan O'Rourke was jailed at Chester Crown Court (Image: Cheshire Constabulary)""", N, why="Image caption with credit.")],
    [S("""A pub landlord who set fire to his own pub to claim a £480,000 insurance payout while a couple slept in the flat above has been jailed for six years and eight months.""",
       "", why="The sentence in the paper's voice; the compound term is two durations (see docstring).",
       f=[("£480,000", "480000"), ("six years", "6"), ("eight months", "8")])],
    [S("""Declan O'Rourke, 52, soaked the bar and cellar of the Swan in Marston, near Northwich, with petrol in the early hours of March 9 last year, Chester Crown Court heard.""",
       "", why="'the court heard' names no one who asserts it (eval5, eval7); 'March 9' a date.",
       f=[("52", "52")])],
    [S("""The fire spread into the roof and caused about £310,000 of damage, gutting the 200-year-old building's main bar.""",
       "", f=[("about £310,000", "310000"), ("200-year-old", "200")])],
    [S("""A couple who rented the flat above the pub escaped down an external staircase after they were woken by a smoke alarm.""",
       "", why="The paper's voice.")],
    [S("""A neighbour, who did not want to be named, said: "I looked out of the window at about half three and the whole roof was alight.\"""",
       "neighbour", why="Witness's quotation asserting what she saw (checkable); 'half three' is a clock time.",
       q=[('''"I looked out of the window at about half three and the whole roof was alight."''', "neighbour")])],
    [S("""Advertisement""", N, why="Ad slot.")],
    [S("""Prosecuting, Gareth Mahoney said O'Rourke had increased the buildings insurance on the pub from £350,000 to £480,000 just 11 days before the fire, at a time when he owed more than £62,000 to his brewery and HMRC.""",
       "Gareth Mahoney", why="Reported speech; 'from ... to ...' gives two FIGUREs; 'just' is not an approximator.",
       f=[("£350,000", "350000"), ("£480,000", "480000"), ("11 days", "11"), ("more than £62,000", "62000")])],
    [S("""\"He was in serious financial trouble and he saw that fire as his way out," Mr Mahoney told the court.""",
       "Mr Mahoney", why="Quotation plus tag asserting a checkable state (his debts); honorific kept.",
       q=[('''"He was in serious financial trouble and he saw that fire as his way out,"''', "Mr Mahoney")])],
    [S("""CCTV from a petrol station in Winsford showed him filling two 10-litre cans shortly after 1am, and his car was picked up by a number-plate camera heading towards Marston 20 minutes later.""",
       "", why="Evidence in the paper's voice; the compound '10-litre' ends the span after 'two'; '1am' a clock time.",
       f=[("two", "2"), ("10-litre", "10"), ("20 minutes", "20")])],
    [S("""Cheshire Fire and Rescue Service sent six fire engines and about 30 firefighters, who spent more than five hours bringing the blaze under control.""",
       "", f=[("six fire engines", "6"), ("about 30 firefighters", "30"), ("more than five hours", "5")])],
    [S("""A fire investigator found traces of petrol in three separate places on the ground floor and concluded the fire had been started deliberately.""",
       "fire investigator", why="An expert's finding passed on; the adjective 'separate' ends the span.",
       f=[("three", "3")])],
    [S("""O'Rourke denied arson with intent to endanger life but was convicted by a jury after a six-day trial in September.""",
       "", f=[("six-day", "6")])],
    [S("""In a police interview he had claimed he was at home in bed that night and that someone must have broken into the pub.""",
       "O'Rourke", why="Passes on the defendant's account; 'he' resolves to O'Rourke.")],
    [S("""Read more: Winsford bakery that fed the town for 60 years to close as owners retire""",
       N, why="'Read more' link line; FIGURE marked.",
       f=[("60 years", "60")])],
    [S("""Defending, Priya Venkataraman said her client had "lost everything", including his marriage and his home, and was "deeply ashamed" of what he had done.""",
       "Priya Venkataraman", why="Reported speech with two two-word partial quotations.",
       q=[('''"lost everything"''', "Priya Venkataraman"), ('''"deeply ashamed"''', "Priya Venkataraman")])],
    [S("""She told the court he had run the Swan for 14 years without any trouble and had no previous convictions.""",
       "Priya Venkataraman", why="'She' resolves to the barrister.",
       f=[("14 years", "14")])],
    {"s": [
        S("""Sentencing him, Judge Siân Llewellyn said: "This was greed, pure and simple.""",
          N, why="Tag plus first sentence of the quotation: a verdict on motive."),
        S("""You knew there were two people asleep above that bar and you set it alight anyway.""",
          "Siân Llewellyn", why="The judge's finding of fact; 'two people' refers back to the couple: no FIGURE."),
        S("""Those people could have died.\"""",
          N, why="A counterfactual."),
    ], "q": [('''"This was greed, pure and simple. You knew there were two people asleep above that bar and you set it alight anyway. Those people could have died."''', "Siân Llewellyn")]},
    [S("""O'Rourke, of Lostock Gralam, will serve half of his sentence in custody before being released on licence.""",
       "", why="A checkable term of the sentence; 'half' is no FIGURE.")],
    [S("""His insurer, which refused to pay out after the fire, is suing him for £96,000 it spent on investigators and on making the building safe, the court was told.""",
       "", why="'the court was told' is agentless, like 'the court heard'.",
       f=[("£96,000", "96000")])],
    {"s": [
        S("""After the hearing, Det Insp Aled Morgan, of Cheshire Constabulary, said: "Declan O'Rourke put two lives at risk because he wanted the insurance money.""",
          "Aled Morgan", why="Tag plus quotation asserting what the jury found; 'two lives' counts lives: FIGURE. Title dropped.",
          f=[("two lives", "2")]),
        S("""He then sat in front of my officers and lied about it.""",
          "Aled Morgan", why="Checkable (his false account in interview)."),
    ], "q": [('''"Declan O'Rourke put two lives at risk because he wanted the insurance money. He then sat in front of my officers and lied about it.''', "Aled Morgan")]},
    [S("""\"I want to thank the couple who lived above the pub, who had to relive a terrifying night in court, and the fire investigators whose work proved this was no accident.\"""",
       N, why="Quotation continued from the previous paragraph (its own QUOTE); thanks, not a claim.",
       q=[('''"I want to thank the couple who lived above the pub, who had to relive a terrifying night in court, and the fire investigators whose work proved this was no accident."''', "Aled Morgan")])],
    [
        S("""Get the latest court stories from across Cheshire straight to your inbox.""", N, why="Newsletter boilerplate."),
        S("""Sign up to our free newsletter here.""", N, why="Newsletter boilerplate."),
    ],
    [S("""Hannah Prowse is the Mid-Cheshire Chronicle's court reporter and has covered Chester and Warrington crown courts for nine years.""",
       N, why="Author bio line (furniture like a byline); FIGURE marked.",
       f=[("nine years", "9")])],
])

# ---------------------------------------------------------------------------
# 3. fife_derby_match_report: sports site, "\n", curly quotes
# ---------------------------------------------------------------------------
ARTICLES["fife_derby_match_report"] = dict(nl="\n", paras=[
    [S("Football | Scottish Championship", N, why="Section label.")],
    [S("Dunfermline 3-1 Raith Rovers: O’Hare double sends Pars three points clear",
       N, why="Headline: no CLAIM; the score and the gap are FIGUREs.",
       f=[("3-1", "3-1"), ("three points", "3")])],
    [S("Published 1 hour ago", N, why="Relative page timestamp: no FIGURE.")],
    [S("Share this article", N, why="Share control.")],
    [S("Image source, SNS Group", N, why="Image credit.")],
    [S("Image caption, Ruairí O’Hare has now scored seven goals this season",
       N, why="Image caption: no CLAIM; FIGURE marked.",
       f=[("seven goals", "7")])],
    [S("Ruairí O’Hare scored twice in the second half as Dunfermline came from behind to beat Raith Rovers 3-1 in the Fife derby and move three points clear at the top of the Scottish Championship.",
       "", why="Result in the site's voice; 'twice' no FIGURE; 'second' an ordinal.",
       f=[("3-1", "3-1"), ("three points", "3")])],
    [S("Raith led at the break through Callum Strachan’s header from a corner in the 24th minute, and they should have been further ahead when Josh Nkemelu hit the post just before half-time.",
       "", why="Match events in the site's voice (with a judgement attached); '24th' an ordinal.")],
    [S("Dunfermline manager Colin Aitchison made two changes at the interval, and it took his side only 11 minutes of the second half to draw level, Jonas Müller’s low cross turned in at the near post by O’Hare.",
       "", f=[("two changes", "2"), ("11 minutes", "11")])],
    [S("O’Hare, 21, headed in his second from Kalle Bäckström’s free-kick in the 68th minute, and substitute Tomás Ferreira ran clear from halfway to add a third in stoppage time.",
       "", why="Bare age; 'second', '68th', 'third' are ordinals.",
       f=[("21", "21")])],
    [S("FULL-TIME | Pars 3-1 Raith 🖤🤍", N, why="Embedded club post: no CLAIM; the score is a FIGURE.",
       f=[("3-1", "3-1")])],
    [S("Fife is black and white ⚫⚪ #COYP", N, why="Embedded club post.")],
    [S("— Dunfermline Athletic FC (@officialDAFC) October 25, 2025", N, why="Embed footer: name, handle, date.")],
    [
        S("It was Dunfermline’s first home league win over their neighbours since 2019, according to the club.",
          "Dunfermline", why="'according to the club' resolves to the club named in the sentence; 'first' an ordinal, '2019' a year."),
        S("The crowd of 7,412 was the biggest at East End Park for a league match in five years.",
          "", why="Bare number counting the crowd; 'five years' a duration.",
          f=[("7,412", "7412"), ("five years", "5")]),
    ],
    [S("Advertisement", N, why="Ad slot.")],
    {"s": [
        S("“We were second best for 45 minutes and I told the players that at half-time,” Aitchison said.",
          "Aitchison", why="Quotation plus tag asserting a checkable event (what he told the players); 'second best' an ordinal.",
          q=[("“We were second best for 45 minutes and I told the players that at half-time,”", "Aitchison")],
          f=[("45 minutes", "45")]),
        S("“The lads showed a lot of character.",
          N, why="Continuation quotation: an opinion."),
        S("To come back against a good Raith side in a derby tells you everything about this group.”",
          N, why="Same quotation: an opinion."),
    ], "q": [("“The lads showed a lot of character. To come back against a good Raith side in a derby tells you everything about this group.”", "Aitchison")]},
    [
        S("Aitchison said O’Hare had been struggling with a tight hamstring all week and had trained only once, on Thursday.",
          "Aitchison", why="Reported speech; 'once' is no FIGURE (like 'twice')."),
        S("“I asked him on Friday whether he was fit, and he looked at me and said, ‘Gaffer, I’m playing,’” he added.",
          "Aitchison", why="Quotation plus tag asserting a checkable exchange; the nested single-quoted words stay inside the outer QUOTE.",
          q=[("“I asked him on Friday whether he was fit, and he looked at me and said, ‘Gaffer, I’m playing,’”", "Aitchison")]),
    ],
    [
        S("O’Hare, who joined from Hibernian in July on a two-year deal, said the win was “for the fans who have had to listen to Raith for the last few years”.",
          "O’Hare", why="Reported speech with a partial quotation (British style, full stop outside); the compound 'two-year' is marked alone; 'few years' has no number word.",
          q=[("“for the fans who have had to listen to Raith for the last few years”", "O’Hare")],
          f=[("two-year", "2")]),
        S("“My hamstring was sore, but there was no chance I was missing this one,” he told BBC Sportsound.",
          N, why="Quotation plus tag: a feeling and a resolve, not checkable; 'this one' is pronoun 'one'. 'he' resolves to O’Hare.",
          q=[("“My hamstring was sore, but there was no chance I was missing this one,”", "O’Hare")]),
    ],
    [S("Raith manager Dougie Rennie said his side had been the “architects of our own downfall” and insisted Dunfermline’s equaliser should not have stood because Müller had fouled Strachan in the build-up.",
       "Dougie Rennie", why="Reported speech with a partial quotation; 'manager' dropped.",
       q=[("“architects of our own downfall”", "Dougie Rennie")])],
    [
        S("“It’s a clear foul and everybody in the ground saw it apart from the referee,” he said.",
          N, why="Quotation plus tag: an opinion on a disputed decision.",
          q=[("“It’s a clear foul and everybody in the ground saw it apart from the referee,”", "Dougie Rennie")]),
        S("“We’ll look at it again, but I’m not going to sit here and blame one decision for a 3-1 defeat.”",
          N, why="Continuation quotation: a stance. 'one decision' counts decisions (FIGURE); the score is a FIGURE.",
          q=[("“We’ll look at it again, but I’m not going to sit here and blame one decision for a 3-1 defeat.”", "Dougie Rennie")],
          f=[("one decision", "1"), ("3-1", "3-1")]),
    ],
    [S("Raith, who have now gone four matches without a win, drop to fourth, six points behind Dunfermline.",
       "", why="Table position in the site's voice; 'fourth' an ordinal.",
       f=[("four matches", "4"), ("six points", "6")])],
    [S("Dunfermline have won seven of their nine league games this season and conceded only five goals.",
       "", why="Season record in the site's voice; 'seven' counts games that do not directly follow: the number alone.",
       f=[("seven", "7"), ("nine league games", "9"), ("five goals", "5")])],
    [S("Dunfermline travel to Ayr United next Saturday, while Raith host Partick Thistle.",
       "", why="A fixed fixture: checkable (eval7).")],
    [S("Match stats", N, why="Block label.")],
    [S("Possession: Dunfermline 48% Raith Rovers 52%", N, why="Stats line: no CLAIM; FIGUREs marked.",
       f=[("48%", "48"), ("52%", "52")])],
    [S("Shots on target: Dunfermline 6 Raith Rovers 3", N, why="Stats line; bare counts (the counted noun precedes).",
       f=[("6", "6"), ("3", "3")])],
    [S("Corners: Dunfermline 5 Raith Rovers 7", N, why="Stats line; bare counts.",
       f=[("5", "5"), ("7", "7")])],
    [S("Dunfermline: Lennox; Baird, Müller, Kinnear, Ogundele; Dalziel, Carrick (Bäckström 46), Haldane; Strathie (Rae 84), O'Hare, Gilchrist (Ferreira 46).",
       N, why="Line-up: no CLAIM; substitution minutes are match-clock times, no FIGURE.")],
    [S("Raith Rovers: Mowat; Petrie, Ashworth, Kowalski, Duff; Strachan, Imrie (Lennon 71), Bruce; Hegarty, Nkemelu, Yates.",
       N, why="Line-up.")],
    [S("Referee: Graeme Lyall | Attendance: 7,412", N, why="Match furniture; the attendance is a FIGURE.",
       f=[("7,412", "7412")])],
    [S("Related: Strachan signs new Raith Rovers deal until 2027", N, why="Related-story line; '2027' a year.")],
    [S("Follow us on X, Instagram and TikTok for the latest Scottish football news and reaction.", N, why="Follow boilerplate.")],
])

"""Held-out articles, set A (writer a): three original news stories written
for the fifteenth evaluation set, in the style of East and Southeast Asian
English-language papers as scraped off their web pages (body plus the page
furniture a scraper keeps). Real public figures and institutions appear as
those outlets name them (family name first, later references by family
name), but the events, figures and quoted words are invented; bylines,
analysts, residents and fishermen are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the earlier sets (eval3-eval14) and the corpus gold.

`bok_rate_cut_extra_budget` is a Korea JoongAng Daily business page (the
Bank of Korea cuts its base rate to 2.25 percent and the government
readies an 18.5 trillion won supplementary budget; Rhee Chang-yong, the
BOK's statement, Koo Yun-cheol, the Finance Ministry, Lee Jae-myung, the
People Power Party, the Financial Services Commission, an invented Hana
Institute of Finance economist; won/dollar and Kospi moves) with straight
double quotes, "\\n" line ends, a site/section line, a headline, a
JoongAng-style `Published: ... Updated: ...` stamp, a caption with a
`[YONHAP]` credit and the all-caps byline with e-mail at the foot of the
article, as the paper prints it. `scarborough_water_cannon_protest` is an
INQUIRER.net page (a China Coast Guard ship water-cannons a BFAR vessel
near Bajo de Masinloc; Jay Tarriela, Liu Dejun, Mao Ning, the DFA,
Ferdinand Marcos Jr., the US Embassy, BFAR, a Zambales fisherman; pesos
written `P1.3 billion`) with curly double quotes, "\\n\\n" line ends, a
headline, a `By: ...` byline, an `INQUIRER.net / time date` stamp, a
caption with a `PHOTO COURTESY OF ...` credit, the in-text `MANILA,
Philippines —` dateline, a `READ:` line and the paper's West Philippine
Sea boilerplate. `typhoon_haitang_kyushu` is a Straits Times Asia page (a
typhoon kills nine in south-western Japan; the Fire and Disaster
Management Agency, the JMA, Sanae Takaichi, Minoru Kihara, Kyushu
Electric Power, a Kagoshima restaurant owner, an invented SMBC Nikko
analyst, the agriculture ministry and Singapore's MFA; yen with an S$
conversion) with curly double quotes, a single-quoted headline quotation,
"\\n" line ends, a section line, headline, byline, `Published:` stamp, a
caption with a `PHOTO: KYODO` credit, a `TOKYO –` dateline, a `READ MORE:`
line and the `Join ST's Telegram channel` line.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: site/section lines, headlines, bylines
  (the JoongAng byline at the foot of the article included), `Published:`
  / `INQUIRER.net /` stamps, captions and their credits (`[YONHAP]`,
  `PHOTO COURTESY OF THE PHILIPPINE COAST GUARD`, `PHOTO: KYODO`),
  datelines (`MANILA, Philippines —`, `TOKYO –`, each its own item before
  the first sentence, as in earlier sets), `READ:` / `READ MORE:` lines,
  the Inquirer's West Philippine Sea boilerplate and ST's Telegram line.
  QUOTEs and FIGUREs inside them are still marked (headline `2.25%`,
  `18.5 trillion won`; `3 crew`; `9`, `3`, and the ST headline's
  single-quoted `'Everything in the kitchen is gone'` -> `Kenji Nagata`,
  as the body names him; the caption's `a day` is no FIGURE).
- Name order: East Asian names are written family name first and later
  references use the family name (`Rhee said`, `Koo told reporters`,
  `Mao said`, `Liu`); speakers and claimants take the form of the nearest
  mention (`Rhee Chang-yong` for reported speech after the full-name
  mention, `Rhee` for a quotation tagged `Rhee said`; `Tarriela` likewise;
  `Ferdinand Marcos Jr.` keeps its suffix, which is part of the name).
  Titles, job descriptions and military/coast-guard ranks go (`Governor`,
  `Deputy Prime Minister and Finance Minister`, `President`, `Commodore`,
  `spokesperson`, `foreign ministry spokeswoman`, `Prime Minister`, `Chief
  Cabinet Secretary`, `restaurant owner`, `Fisherman`), as eval14 drops
  police ranks.
- Organisation claimants: `the BOK said in a statement` -> `BOK` (the
  abbreviation the paper uses from the lede on, as eval12's `BOJ`); `the
  Finance Ministry said` / `the ministry said` / `according to the
  ministry` -> `Finance Ministry`; `The main opposition People Power Party
  criticized ..., saying ...` -> `People Power Party`; `according to the
  Financial Services Commission`; `The Department of Foreign Affairs
  (DFA) said` -> `Department of Foreign Affairs`; `The US Embassy in
  Manila said in a post on X` -> `US Embassy in Manila` (speaker of its
  partial quotations too); `BFAR said` -> `BFAR`; `the Philippine Coast
  Guard (PCG) said` -> `Philippine Coast Guard`; `the Fire and Disaster
  Management Agency said` / `according to the disaster management agency`
  -> `Fire and Disaster Management Agency`; `the Japan Meteorological
  Agency (JMA) said` / `the agency said` (the JMA is the nearest agency)
  -> `Japan Meteorological Agency`, and `The JMA said` -> `JMA`;
  `local officials told public broadcaster NHK` -> `local officials`;
  `Kyushu Electric Power said`; `The agriculture ministry said` ->
  `agriculture ministry`; Singapore's `Ministry of Foreign Affairs`, with
  `It advised` resolving to it.
- The BOK's rate cut (`cut its key interest rate ... on Thursday`) is the
  bank's act reported as an event: the paper's voice, claimant empty (as
  eval12's BOJ hike). Its forecasts are passed on with `said in a
  statement`: claimant `BOK`. The Board's next meeting date is the bank's
  published calendar stated in the paper's voice (eval12): CLAIM, empty.
  Market moves (won, Kospi) and the flight cancellations are the outlet's
  voice.
- A sentence mixing the outlet's facts with an attributed part gets the
  claimant of the attributed part (eval9, eval14): `Lee Jae-myung, who
  took office in June last year, has called for "active fiscal policy"`
  -> `Lee Jae-myung`; `Beijing declared a national nature reserve at the
  shoal in September last year, a move Manila said was a pretext ...` ->
  `Manila` (the Philippine government named by its capital, as the text
  names it).
- Liu Dejun's `“expelled”` is a single quoted word: a scare quote, no
  QUOTE; his `“illegally intruded”` (two words) is one. Mao Ning's
  two-sentence quotation (`“Huangyan Dao has always been China’s
  territory. We urge ...,” Mao said.`) is one QUOTE over two sentences;
  the first sentence is a checkable (contested) sovereignty assertion,
  a CLAIM with the speaker `Mao` as claimant; the second, a demand, is
  not. The fisherman's and the restaurant owner's two-sentence quotations
  are handled the same way (one QUOTE each, one decision per sentence).
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: Rhee's five months of inflation around 2 percent; the
  water cannon hitting the bridge and shattering its windows; Marcos's
  fishermen fishing the shoal for generations; the fisherman's two-week
  catch; Nagata's 40 years and his ruined kitchen. Not CLAIMs: Rhee's
  risks-and-caution sentence, Koo's `need to move in the same direction`,
  Lim's `bought itself time`, the fisherman's figurative `nothing but
  diesel bills`, Takaichi's pledge.
- Reported speech is a CLAIM even when it carries a forecast or advice
  (Lim's expected cut, Sato's insured-loss estimate, the JMA's warning,
  the MFA's advice to Singaporeans, Takaichi's order to ministries).
- FIGUREs: `0.25 percentage point` takes its unit words; `2.25 percent`,
  `1.6 percent`, `51.4 percent` take `percent`; won and yen amounts take
  scale word and currency (`18.5 trillion won`, `about 11 trillion won`,
  `¥350 billion`), the dollar and S$ conversions in brackets are separate
  FIGUREs (`$12.8 billion`, `S$3 billion`), pesos written `P1.3 billion`
  (Inquirer style) keep the `P` like a currency sign; `1,452.3 won` (per
  dollar, `per dollar` not joined) -> 1452.3; the Kospi level `4,210.35`
  is a bare number. Adjectives end spans: `five straight months` ->
  `five`; `five biggest banks` -> `five`; `more than 640 domestic
  flights` -> `more than 640`; `the injured crew members` refers back
  to the three of the lede: no FIGURE. ST's `2.4 per cent` and `1.9 per
  cent` take `per cent` (two shares' moves: two FIGUREs, not a range).
  Units: `about 21 nautical miles`, `about 10 minutes`,
  `162kmh`, `up to 234kmh`, `612.5mm`, `35kmh`, `about 300 kilos`.
  `from around 1,000 kilos` (a before) and `to about 300 kilos` (an after)
  are two FIGUREs. `hundreds of thousands` and `millions` are inexact
  number words: FIGUREs with an empty value, the words alone since `of`
  stands before the noun (eval11's `thousands`). Bare numbers counting a
  noun that does not follow are FIGUREs of the number: ages after a name
  (`47`, `58`), `three` (missing), `540,000` (households), the
  headline's `9` and `3`. `seven-member`, `83-year-old`, `71-year-old`,
  `42-year-old` are hyphenated compounds; `one member` and `two CCG ships`
  (noun-noun compound kept) are counts.
- Not FIGUREs: dates, years and clock times (`26 Feb. 2026, 11:42`,
  `April 17`, `04:38 PM`, `Sept 14`, `around 7am`, `6pm`, `2012`, `2016`,
  `1977`, `2022`), ordinals (`first reduction`, `12th this year`, `12th
  of the season`), `in over a year`, `within an hour`, `a day`,
  `a single trip` (the article), the June local elections, e-mail
  addresses and the X handle.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. bok_rate_cut_extra_budget: Korea JoongAng Daily, straight double
#    quotes, "\n", site line, headline, stamp, caption, byline at the foot
# ---------------------------------------------------------------------------
ARTICLES["bok_rate_cut_extra_budget"] = dict(nl="\n", paras=[
    [S("Korea JoongAng Daily | Business > Economy", N, why="Site and section line.")],
    [S("BOK cuts base rate to 2.25% as government readies 18.5 trillion won extra budget",
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("2.25%", "2.25"), ("18.5 trillion won", "18500000000000")])],
    [S("Published: 26 Feb. 2026, 11:42 Updated: 26 Feb. 2026, 17:05",
       N, why="Publication stamp: dates and clock times.")],
    [S("Bank of Korea Governor Rhee Chang-yong bangs the gavel at a meeting of the Monetary Policy Board in central Seoul on Thursday. [YONHAP]",
       N, why="Photo caption with its credit: no CLAIM.")],
    [
        S("The Bank of Korea (BOK) cut its key interest rate by 0.25 percentage point to 2.25 percent on Thursday, its first reduction in nine months, as the central bank moved to support an economy weighed down by weak construction investment and slowing exports.",
          "", why="The bank's decision reported as an event in the paper's voice (as eval12's BOJ hike). 'first' is an ordinal; a change and a level are two FIGUREs.",
          f=[("0.25 percentage point", "0.25"), ("2.25 percent", "2.25"), ("nine months", "9")]),
    ],
    [
        S("The decision by the seven-member Monetary Policy Board was not unanimous, with one member voting to keep the rate on hold, Governor Rhee Chang-yong told a press briefing after the meeting.",
          "Rhee Chang-yong", why="Passes on what Rhee told the briefing; 'Governor' is a title and goes. 'seven-member' is a hyphenated compound; 'one member' a count.",
          f=[("seven-member", "7"), ("one member", "1")]),
    ],
    [
        S("\"Consumer prices have risen by around 2 percent for five straight months, and that has given the board room to focus on growth,\" Rhee said.",
          "Rhee", why="Quotation plus tag asserting a checkable fact about inflation. The adjective 'straight' ends the span: FIGURE 'five'. Speaker as the tag names him.",
          q=[("\"Consumer prices have risen by around 2 percent for five straight months, and that has given the board room to focus on growth,\"", "Rhee")],
          f=[("around 2 percent", "2"), ("five", "5")]),
        S("\"But the exchange rate and household debt remain risks, so we will watch the data carefully before deciding on further cuts.\"",
          N, why="Continuation quotation: a judgement about risks and a statement of intent, not a checkable fact.",
          q=[("\"But the exchange rate and household debt remain risks, so we will watch the data carefully before deciding on further cuts.\"", "Rhee")]),
    ],
    [
        S("In a statement, the BOK said it now expects the economy to grow 1.6 percent this year, down from the 1.8 percent it projected in November, and kept its inflation forecast for the year at 2 percent.",
          "BOK", why="The bank's forecasts passed on with 'said'; the abbreviation the paper uses is the name. Old and new forecasts are two FIGUREs.",
          f=[("1.6 percent", "1.6"), ("1.8 percent", "1.8"), ("2 percent", "2")]),
    ],
    [
        S("Hours before the rate decision, the Finance Ministry said the government would submit an 18.5 trillion won ($12.8 billion) supplementary budget to the National Assembly next month, its first extra budget this year.",
          "Finance Ministry", why="Reported announcement of the ministry. The dollar conversion is a separate FIGURE; 'first' is an ordinal.",
          f=[("18.5 trillion won", "18500000000000"), ("$12.8 billion", "12800000000")]),
    ],
    [
        S("Of the total, 8.1 trillion won will go to local currency vouchers and support for small merchants, 5.6 trillion won to infrastructure projects in the provinces and the rest to job programs for young people, according to the ministry.",
          "Finance Ministry", why="'according to the ministry' resolves to the ministry's name at its nearest mention.",
          f=[("8.1 trillion won", "8100000000000"), ("5.6 trillion won", "5600000000000")]),
        S("Households with incomes below the median will receive vouchers worth 150,000 won per person, to be spent at neighborhood stores by the end of August.",
          "", why="No tag of its own: a checkable detail of the plan in the paper's voice. 'per person' is not joined to the amount.",
          f=[("150,000 won", "150000")]),
    ],
    [
        S("\"The economy is at a point where fiscal and monetary policy need to move in the same direction,\" Deputy Prime Minister and Finance Minister Koo Yun-cheol told reporters at the government complex in Sejong.",
          N, why="Quotation plus inverted tag; a judgement about policy. Both titles go.",
          q=[("\"The economy is at a point where fiscal and monetary policy need to move in the same direction,\"", "Koo Yun-cheol")]),
    ],
    [
        S("The ministry said about 11 trillion won of the package would be financed by issuing additional government bonds, which would push the ratio of national debt to GDP to 51.4 percent.",
          "Finance Ministry", why="Reported statement of the ministry.",
          f=[("about 11 trillion won", "11000000000000"), ("51.4 percent", "51.4")]),
    ],
    [
        S("President Lee Jae-myung, who took office in June last year, has called for \"active fiscal policy\" to revive growth and has said the country cannot afford to wait for exports to recover on their own.",
          "Lee Jae-myung", why="Passes on Lee's stated position (the relative clause is the paper's fact): the attributed part gives the claimant. Three-word partial quotation.",
          q=[("\"active fiscal policy\"", "Lee Jae-myung")]),
        S("The main opposition People Power Party criticized the plan as \"a giveaway ahead of the June local elections,\" saying the government should cut wasteful spending before adding to the national debt.",
          "People Power Party", why="Passes on the party's position ('criticized ... saying'). The partial quotation is the party's; 'June' is a month.",
          q=[("\"a giveaway ahead of the June local elections,\"", "People Power Party")]),
    ],
    [
        S("Markets had largely expected the cut.",
          "", why="A state of affairs about market expectations in the paper's voice (as eval10's 'Not everyone was convinced.')."),
        S("The won strengthened 0.3 percent to close at 1,452.3 won per dollar in Seoul, while the benchmark Kospi rose 1.1 percent to 4,210.35.",
          "", why="Market moves in the paper's voice. 'per dollar' is not joined; the index level is a bare number.",
          f=[("0.3 percent", "0.3"), ("1,452.3 won", "1452.3"), ("1.1 percent", "1.1"), ("4,210.35", "4210.35")]),
    ],
    [
        S("Lim Ji-hoon, a senior economist at Hana Institute of Finance, said he expected the BOK to lower the rate once more in the second half, to 2 percent, but that rising apartment prices in Seoul would keep the board cautious.",
          "Lim Ji-hoon", why="Reported speech (a forecast he gave); job description dropped. 'second half' is an ordinal.",
          f=[("2 percent", "2")]),
        S("\"The board has bought itself time, but it cannot ignore Seoul housing,\" he said.",
          N, why="Quotation plus tag; a judgement. 'he' resolves to Lim Ji-hoon.",
          q=[("\"The board has bought itself time, but it cannot ignore Seoul housing,\"", "Lim Ji-hoon")]),
    ],
    [
        S("Household loans at the country's five biggest banks rose by 1.9 trillion won in January, the largest monthly increase since last July, according to the Financial Services Commission.",
          "Financial Services Commission", why="'according to' names the source. The adjective 'biggest' ends the span: FIGURE 'five'.",
          f=[("five", "5"), ("1.9 trillion won", "1900000000000")]),
    ],
    [
        S("The Monetary Policy Board's next rate-setting meeting is scheduled for April 17.",
          "", why="The bank's published calendar stated in the paper's voice (eval12): a CLAIM; a date is no FIGURE."),
    ],
    [S("BY KIM SO-YEON, YONHAP [kim.soyeon@joongang.co.kr]",
       N, why="Byline at the foot of the article (JoongAng style) with e-mail.")],
])

# ---------------------------------------------------------------------------
# 2. scarborough_water_cannon_protest: INQUIRER.net, curly double quotes,
#    "\n\n", headline, byline, stamp, caption, in-text dateline, READ line,
#    boilerplate
# ---------------------------------------------------------------------------
ARTICLES["scarborough_water_cannon_protest"] = dict(nl="\n\n", paras=[
    [S("PCG: China Coast Guard water-cannoned BFAR vessel near Bajo de Masinloc; 3 crew hurt",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("3 crew", "3")])],
    [S("By: Marie Aurelio Cabrera - Reporter / @MCabreraINQ", N, why="Byline with handle.")],
    [S("INQUIRER.net / 04:38 PM April 14, 2026", N, why="Publication stamp: a clock time and a date.")],
    [S("The BFAR vessel BRP Datu Gumbay Piang is hit by water cannon from a China Coast Guard ship near Bajo de Masinloc on Monday, April 13, 2026. PHOTO COURTESY OF THE PHILIPPINE COAST GUARD",
       N, why="Photo caption with its credit: no CLAIM.")],
    [
        S("MANILA, Philippines —",
          N, why="Dateline: furniture, its own item before the lede."),
        S("A China Coast Guard (CCG) ship fired water cannon at a Philippine government fisheries vessel near Bajo de Masinloc (Scarborough Shoal) on Monday, injuring three crew members and damaging the vessel’s mast, the Philippine Coast Guard (PCG) said on Tuesday.",
          "Philippine Coast Guard", why="The lede passes on the PCG's account.",
          f=[("three crew members", "3")]),
    ],
    [
        S("PCG spokesperson for the West Philippine Sea Commodore Jay Tarriela said the Bureau of Fisheries and Aquatic Resources (BFAR) vessel BRP Datu Gumbay Piang was about 21 nautical miles southeast of the shoal, delivering fuel and food packs to Filipino fishermen, when two CCG ships approached and blasted it with water cannon for about 10 minutes.",
          "Jay Tarriela", why="Reported speech; job description and the rank 'Commodore' go. 'CCG' is a noun modifier and stays in the span.",
          f=[("about 21 nautical miles", "21"), ("two CCG ships", "2"), ("about 10 minutes", "10")]),
    ],
    [
        S("“The water cannon was aimed directly at the bridge and the mast, and the force of it shattered the windows of the navigation bridge,” Tarriela said in a statement.",
          "Tarriela", why="Quotation plus tag asserting checkable facts about the attack. Speaker as the tag names him.",
          q=[("“The water cannon was aimed directly at the bridge and the mast, and the force of it shattered the windows of the navigation bridge,”", "Tarriela")]),
    ],
    [
        S("He said the injured crew members suffered cuts and bruises from broken glass and were treated on board, while a 42-year-old engine mechanic was later brought to a hospital in Infanta, Pangasinan, for X-rays.",
          "Tarriela", why="Reported speech; 'He' resolves to the nearest naming mention. 'the injured crew members' refers back to the three: no FIGURE.",
          f=[("42-year-old", "42")]),
    ],
    [
        S("CCG spokesperson Liu Dejun said in a statement that the Chinese ships had taken “necessary control measures in accordance with law” to expel the vessel, which he said had “illegally intruded” into the waters of Huangyan Dao, China’s name for the shoal.",
          "Liu Dejun", why="Reported speech with two multi-word partial quotations; job description dropped.",
          q=[("“necessary control measures in accordance with law”", "Liu Dejun"), ("“illegally intruded”", "Liu Dejun")]),
    ],
    [
        S("In Beijing, Chinese foreign ministry spokeswoman Mao Ning told a regular briefing that the Philippines had “repeatedly provoked” China and that the coast guard’s actions were “professional, restrained and legitimate.”",
          "Mao Ning", why="Reported speech with two partial quotations (the full stop inside the second stays in its span).",
          q=[("“repeatedly provoked”", "Mao Ning"), ("“professional, restrained and legitimate.”", "Mao Ning")]),
    ],
    {"s": [
        S("“Huangyan Dao has always been China’s territory.",
          "Mao", why="First sentence of a two-sentence quotation: a checkable (contested) sovereignty assertion; the tag on the next sentence names the speaker 'Mao'."),
        S("We urge the Philippine side to immediately stop its infringement and provocations,” Mao said.",
          N, why="Second sentence of the quotation with its tag: a demand, not a checkable fact."),
    ], "q": [("“Huangyan Dao has always been China’s territory. We urge the Philippine side to immediately stop its infringement and provocations,”", "Mao")]},
    [
        S("The Department of Foreign Affairs (DFA) said it had summoned a senior official of the Chinese Embassy in Manila and lodged a diplomatic protest, the 12th this year over incidents in the West Philippine Sea.",
          "Department of Foreign Affairs", why="Reported statement of the department. '12th' is an ordinal: no FIGURE."),
    ],
    [S("READ: US, Japan back PH after water cannon attack near Ayungin Shoal",
       N, why="READ line: a link to another story, no CLAIM.")],
    [
        S("President Ferdinand Marcos Jr. told reporters in Malacañang that the Philippines would “not be intimidated” and would continue resupply missions to Filipino fishermen in the area.",
          "Ferdinand Marcos Jr.", why="Reported speech with a three-word partial quotation; 'President' goes, the suffix 'Jr.' is part of the name.",
          q=[("“not be intimidated”", "Ferdinand Marcos Jr.")]),
        S("“Our fishermen have fished in Bajo de Masinloc for generations, long before anyone drew lines on a map,” Marcos said.",
          "Marcos", why="Quotation plus tag asserting a checkable historical fact (traditional fishing at the shoal).",
          q=[("“Our fishermen have fished in Bajo de Masinloc for generations, long before anyone drew lines on a map,”", "Marcos")]),
    ],
    [
        S("The US Embassy in Manila said in a post on X that Washington “stands with our ally, the Philippines” and condemned the CCG’s “dangerous and unlawful actions.”",
          "US Embassy in Manila", why="Passes on the embassy's stated position; both partial quotations are the embassy's.",
          q=[("“stands with our ally, the Philippines”", "US Embassy in Manila"), ("“dangerous and unlawful actions.”", "US Embassy in Manila")]),
    ],
    [
        S("BFAR said fishermen from Zambales and Pangasinan have lost roughly P1.3 billion in income since Chinese vessels began blocking access to the shoal’s lagoon in 2012, with average catches per trip falling from around 1,000 kilos to about 300 kilos.",
          "BFAR", why="Reported statement of the bureau, named by the abbreviation the article uses. A before and an after are two FIGUREs; '2012' is a year.",
          f=[("roughly P1.3 billion", "1300000000"), ("around 1,000 kilos", "1000"), ("about 300 kilos", "300")]),
    ],
    [
        S("Fisherman Rommel Dizon, 47, from Masinloc town in Zambales, said his boat had not been able to enter the lagoon in over a year.",
          "Rommel Dizon", why="Reported speech; the description 'Fisherman' goes; the bare age is a FIGURE; 'over a year' has the article.",
          f=[("47", "47")]),
    ],
    {"s": [
        S("“Before, a single trip could feed my family for two weeks.",
          "Rommel Dizon", why="First sentence of a two-sentence quotation: a checkable account of his catch; 'he' in the tag resolves to Rommel Dizon. 'a single trip' has the article.",
          f=[("two weeks", "2")]),
        S("Now we come home with nothing but diesel bills,” he said in Filipino.",
          N, why="Second sentence with its tag: a figurative characterisation, not a checkable fact."),
    ], "q": [("“Before, a single trip could feed my family for two weeks. Now we come home with nothing but diesel bills,”", "Rommel Dizon")]},
    [
        S("Beijing declared a national nature reserve at the shoal in September last year, a move Manila said was a pretext for occupying it.",
          "Manila", why="Mixes the paper's fact with an attributed position: the attributed part gives the claimant, the Philippine government as the text names it."),
        S("A 2016 ruling by an arbitral tribunal in The Hague invalidated China’s sweeping claims to nearly the entire South China Sea, a decision Beijing has refused to recognize.",
          "", why="Background facts in the paper's voice; '2016' is a year."),
    ],
    [S("For comprehensive coverage, in-depth analysis, visit our special site on the West Philippine Sea. Gain insights and stay informed with our articles.",
       N, why="Site boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. typhoon_haitang_kyushu: The Straits Times, curly double quotes,
#    single-quoted headline quotation, "\n", section line, byline, stamp,
#    caption, dateline, READ MORE line, Telegram line
# ---------------------------------------------------------------------------
ARTICLES["typhoon_haitang_kyushu"] = dict(nl="\n", paras=[
    [S("The Straits Times | Asia | East Asia", N, why="Site and section line.")],
    [S("'Everything in the kitchen is gone': Typhoon Haitang leaves 9 dead, 3 missing in south-western Japan",
       N, why="Headline: no CLAIM; the single-quoted quotation is a QUOTE (speaker as the body names him); 'dead' and 'missing' are adjectives: bare numbers.",
       q=[("'Everything in the kitchen is gone'", "Kenji Nagata")],
       f=[("9", "9"), ("3", "3")])],
    [S("Ayumi Hara, Japan Correspondent", N, why="Byline.")],
    [S("Published: 8:47pm, 15 Sep 2026", N, why="Publication stamp: a clock time and a date.")],
    [S("Residents clearing debris from a flooded street in Kagoshima on Sept 15, a day after Typhoon Haitang made landfall. PHOTO: KYODO",
       N, why="Photo caption with its credit: no CLAIM; 'a day' has the article.")],
    [
        S("TOKYO –", N, why="Dateline: furniture, its own item before the lede."),
        S("Typhoon Haitang left at least nine people dead and three missing after it slammed into south-western Japan on Sept 14, triggering landslides and cutting power to hundreds of thousands of homes, the Fire and Disaster Management Agency said.",
          "Fire and Disaster Management Agency", why="The lede passes on the agency's toll. 'three' counts people who are not named after it: bare number; 'hundreds of thousands' is inexact (empty value), the words alone since 'of' precedes the noun.",
          f=[("at least nine people", "9"), ("three", "3"), ("hundreds of thousands", "")]),
    ],
    [
        S("The storm, the 12th of the season, made landfall near Makurazaki in Kagoshima prefecture at around 7am with maximum sustained winds of 162kmh and gusts of up to 234kmh, the Japan Meteorological Agency (JMA) said.",
          "Japan Meteorological Agency", why="Reported statement of the agency. '12th' is an ordinal, 'around 7am' a clock time; speeds keep their unit.",
          f=[("162kmh", "162"), ("up to 234kmh", "234")]),
        S("Ebino in neighbouring Miyazaki prefecture recorded 612.5mm of rain in 24 hours, the highest since comparable records began there in 1977, the agency said.",
          "Japan Meteorological Agency", why="'the agency' resolves to the nearest agency named, the JMA. '1977' is a year.",
          f=[("612.5mm", "612.5"), ("24 hours", "24")]),
    ],
    [
        S("Among the dead were an 83-year-old woman whose house in Tarumizu was buried by a landslide and a 71-year-old man who was swept away by a swollen river in Miyazaki while checking on his rice paddy, local officials told public broadcaster NHK.",
          "local officials", why="Passes on what the officials told NHK; an unnamed source keeps its description without the article.",
          f=[("83-year-old", "83"), ("71-year-old", "71")]),
    ],
    [
        S("At least 118 people were injured across Kyushu and Shikoku, and evacuation orders were issued to about 2.3 million residents at the height of the storm, according to the disaster management agency.",
          "Fire and Disaster Management Agency", why="'according to the disaster management agency' resolves to the agency's name at its nearest mention.",
          f=[("At least 118 people", "118"), ("about 2.3 million residents", "2300000")]),
    ],
    [
        S("Prime Minister Sanae Takaichi convened a meeting of the government's disaster task force on the morning of Sept 15 and ordered ministries to “do everything possible” to find the missing and restore power and water.",
          "Sanae Takaichi", why="Passes on the order she gave (reported speech); 'Prime Minister' goes; three-word partial quotation.",
          q=[("“do everything possible”", "Sanae Takaichi")]),
        S("“We will put people’s lives first and respond with a sense of urgency,” she told reporters at her office.",
          N, why="Quotation plus tag; a pledge. 'she' resolves to Sanae Takaichi.",
          q=[("“We will put people’s lives first and respond with a sense of urgency,”", "Sanae Takaichi")]),
    ],
    [
        S("Chief Cabinet Secretary Minoru Kihara said the Self-Defense Forces had sent about 1,800 personnel to the worst-hit areas, and that the government would consider designating the typhoon a severe disaster under the law, which would raise the state’s share of reconstruction costs.",
          "Minoru Kihara", why="Reported speech; the title goes.",
          f=[("about 1,800 personnel", "1800")]),
    ],
    [S("READ MORE: Japan issues rare emergency warning as Typhoon Haitang nears Kyushu",
       N, why="READ MORE line: a link to another story, no CLAIM.")],
    [
        S("Kyushu Electric Power said about 310,000 households were still without electricity as at 6pm on Sept 15, down from a peak of 540,000.",
          "Kyushu Electric Power", why="Reported statement of the utility. '540,000' counts households that do not follow: bare number; '6pm' is a clock time.",
          f=[("about 310,000 households", "310000"), ("540,000", "540000")]),
        S("Japan Airlines and All Nippon Airways cancelled more than 640 domestic flights over two days, while JR Kyushu suspended Kyushu Shinkansen services between Hakata and Kagoshima-Chuo for most of Sept 14.",
          "", why="Transport disruption in the paper's voice. The adjective 'domestic' ends the span.",
          f=[("more than 640", "640"), ("two days", "2")]),
    ],
    [
        S("In Kagoshima city, restaurant owner Kenji Nagata, 58, said muddy water had reached waist height inside his shop within an hour.",
          "Kenji Nagata", why="Reported speech; the description goes; the bare age is a FIGURE. 'within an hour' has the article.",
          f=[("58", "58")]),
    ],
    {"s": [
        S("“I have lived here for 40 years and I have never seen the river come up so fast.",
          "Kenji Nagata", why="First sentence of a two-sentence quotation: checkable facts about his residence and experience; the speaker is the nearest naming mention ('he' in the tag).",
          f=[("40 years", "40")]),
        S("Everything in the kitchen is gone,” he said.",
          "Kenji Nagata", why="Second sentence with its tag: a checkable account of his losses."),
    ], "q": [("“I have lived here for 40 years and I have never seen the river come up so fast. Everything in the kitchen is gone,”", "Kenji Nagata")]},
    [
        S("Haruka Sato, an analyst at SMBC Nikko Securities, estimated that insured losses from the storm could reach ¥350 billion (S$3 billion), making it one of the costliest typhoons for Japanese non-life insurers in recent years.",
          "Haruka Sato", why="Reported estimate; job description dropped. The S$ conversion is a separate FIGURE; 'one of' is a pronoun.",
          f=[("¥350 billion", "350000000000"), ("S$3 billion", "3000000000")]),
        S("The agriculture ministry said damage to crops, livestock facilities and farmland in Kyushu had already exceeded ¥12 billion, with sweet potato and tea fields in Kagoshima among the hardest hit.",
          "agriculture ministry", why="Reported statement of the ministry, kept as the text describes it.",
          f=[("¥12 billion", "12000000000")]),
        S("Shares of Tokio Marine Holdings and MS&AD Insurance Group fell 2.4 per cent and 1.9 per cent respectively in Tokyo on Sept 15.",
          "", why="Market moves in the paper's voice; two percentages, not a range.",
          f=[("2.4 per cent", "2.4"), ("1.9 per cent", "1.9")]),
    ],
    [
        S("The JMA said the typhoon, downgraded to a tropical storm, was moving north-east over the Sea of Japan at 35kmh on the evening of Sept 15, and warned of further landslides as the ground remained saturated.",
          "JMA", why="Reported statement and warning of the agency, as the text names it here.",
          f=[("35kmh", "35")]),
        S("Haitang is the strongest typhoon to make landfall in Kyushu since Typhoon Nanmadol in September 2022, which forced millions of people to seek shelter.",
          "", why="Comparison in the paper's voice; a year is no FIGURE; 'millions' is inexact (empty value), the word alone since 'of' precedes the noun.",
          f=[("millions", "")]),
    ],
    [
        S("In Singapore, the Ministry of Foreign Affairs said there were no reports of Singaporeans hurt in the storm, and that 214 Singaporeans in Kyushu had e-registered with the ministry.",
          "Ministry of Foreign Affairs", why="Reported statement of the ministry.",
          f=[("214 Singaporeans", "214")]),
        S("It advised Singaporeans in the affected areas to monitor local news and follow the instructions of the Japanese authorities.",
          "Ministry of Foreign Affairs", why="Reported advice from the ministry ('It' resolves to it): that it was given is checkable (eval10, eval11)."),
    ],
    [S("Join ST's Telegram channel and get the latest breaking news delivered to you.",
       N, why="Site boilerplate.")],
])

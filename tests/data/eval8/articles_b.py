"""Held-out articles, set B: three original news stories written for the
eighth evaluation set, at ordinary newspaper, wire and magazine density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`inflation_surprise` is a wire story with a dateline, straight quotes and
"\\n"; `apartment_fire_inquest` is a court story with a headline, a byline,
curly quotes and "\\r\\n"; `startup_profile_interview` is a magazine profile
with a headline, a dek, a byline, curly quotes and "\\n".

Judgement calls (the guidelines do not settle these outright):
- Wire dateline ("HALVIK, May 13 (Meridian News) -") is its own non-claim
  sentence, as in earlier sets; the credit line at the end is a byline.
- Ranges written with "to"/"or"/"between ... and" are one FIGURE with a
  `low-high` value: "between 3.4% and 3.6%" -> "3.4-3.6", "two to three
  months" -> "2-3", and the approximate "two or three times" -> "2-3".
- Basis points and percentage points are units: "25 basis points" -> "25",
  "0.5 percentage points" -> "0.5".
- "one-off" (an idiom, no quantity) is not a FIGURE; "seventh-floor" is an
  ordinal compound, not a FIGURE; "a single month's" / "a single hot month"
  hold no FIGURE ("a" is an article).
- "about 310,000 low-income households": the adjective ends the span, so
  the FIGURE is "about 310,000". Likewise "five largest home insurers" ->
  "five"; "10 of the 12 categories" -> "10" (no noun directly follows) and
  "12 categories"; "More than 40 of Quillwater's staff" -> "More than 40".
- "a dozen lengths" is an exact written number (like "a million") -> 12.
- Bare ages after a name ("Agnes Morrow, 74,") are FIGUREs with the number
  alone as span. A headline "Three died" counts people: FIGURE "Three".
- Inquest lede "..., an inquest has heard." passes on evidence given at the
  inquest without naming the witness: CLAIM with claimant "inquest" (the
  description without its article, as "city records" in set 7).
- A witness first described ("a man who lived on the ninth floor told the
  court ...") and named in the next sentence: claimant and speaker resolve
  to the name given there ("Callum Rourke").
- A quotation running over two paragraphs in the newspaper style (first
  paragraph has no closing mark, the next reopens): one QUOTE per
  paragraph; the first runs from its opening mark to the paragraph's final
  full stop.
- A family statement read aloud by a solicitor: the words are the family's
  ("the statement said"), so the speaker/claimant is "Mrs Morrow’s family",
  not the solicitor who read it; likewise the minister's written statement
  ("the statement said") is given to "Petra Valsgaard".
- "Economists polled by Meridian News had expected ..." is the wire's own
  poll: CLAIM in the article's own voice (claimant "").
- "data from the statistics office showed" and "according to the company's
  latest accounts": the claimant is the author of the data/accounts.
- Feature scene-setting in the present tense ("Maren Oduya, the company's
  36-year-old founder ..., is crouched beside it") is not a CLAIM even where
  an apposition is checkable; FIGUREs inside are still marked.
- Rhetorical-question quotes and the fragments answering them ("The
  insurer. And who pays the insurer? All of us.") are not CLAIMs; the
  founder's habitual anecdote "Investors always ask me how big this can
  get" is treated as colour, not a checkable fact, whereas the specific
  anecdote "It took three plumbers to find it, and one of them was my dad"
  is a CLAIM.
- "She argues that ..." / "She says she wants ..." report her position:
  CLAIM with her as claimant.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. inflation_surprise: economics wire story, dateline, straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["inflation_surprise"] = dict(nl="\n", paras=[
    [
        S('''HALVIK, May 13 (Meridian News) -''',
          N, why="Dateline (place, date, agency): a byline-like block, not a CLAIM; 'May 13' is a date, not a FIGURE."),
        S('''Vestria's annual inflation rate rose unexpectedly to 4.1% in April from 3.6% in March, its highest in 14 months, the National Statistics Office said on Tuesday.''',
          "National Statistics Office", why="Passes on the office's figures ('the National Statistics Office said').",
          f=[("4.1%", "4.1"), ("3.6%", "3.6"), ("14 months", "14")]),
    ],
    [
        S('''Economists polled by Meridian News had expected a reading of between 3.4% and 3.6%.''',
          "", why="The wire's own poll, reported in its own voice. The range is one FIGURE with a low-high value.",
          f=[("between 3.4% and 3.6%", "3.4-3.6")]),
        S('''The rise of 0.5 percentage points in the annual rate was the largest since September 2022.''',
          "", why="Checkable statistic in the wire's voice; 'September 2022' is a date.",
          f=[("0.5 percentage points", "0.5")]),
        S('''Month on month, prices rose 0.8%.''',
          "", f=[("0.8%", "0.8")]),
    ],
    [
        S('''Electricity and gas prices were 11.2% higher than a year earlier after the government ended a cap on household energy tariffs on April 1, while food and non-alcoholic drinks cost 6.3% more, the office said.''',
          "National Statistics Office", why="'the office' resolves to the National Statistics Office. 'a year' is an article plus noun; 'April 1' is a date.",
          f=[("11.2%", "11.2"), ("6.3%", "6.3")]),
        S('''Core inflation, which excludes energy, food, alcohol and tobacco, edged up to 3.2% from 3.1%, and services inflation held at 4.7%.''',
          "", why="No attribution tag in the sentence: the wire's own voice.",
          f=[("3.2%", "3.2"), ("3.1%", "3.1"), ("4.7%", "4.7")]),
    ],
    [
        S('''Bank of Vestria Deputy Governor Henrik Saldana said the figures were "clearly disappointing" but that policymakers would not overreact to a single month's data.''',
          "Henrik Saldana", why="Reported speech with a two-word partial quote; job title dropped. 'a single month's' holds no FIGURE.",
          q=[('''"clearly disappointing"''', "Henrik Saldana")]),
        S('''The central bank cut its benchmark rate by 25 basis points to 4.25% in February, its first reduction in more than three years, and has kept it there since.''',
          "", why="Checkable policy history in the wire's voice; 'first' is an ordinal.",
          f=[("25 basis points", "25"), ("4.25%", "4.25"), ("more than three years", "3")]),
    ],
    [
        S('''"A good part of this is the energy cap coming off, and that is a one-off," Saldana told a banking conference in Halvik.''',
          N, why="Quotation plus attribution; the quotation is his interpretation and judgement, not a checkable fact. 'one-off' is an idiom, not a FIGURE.",
          q=[('''"A good part of this is the energy cap coming off, and that is a one-off,"''', "Saldana")]),
        S('''"But we need to see what wages and services prices do over the next two to three months before we draw any conclusions."''',
          N, why="Continuation of Saldana's quotation after the tag (a separate QUOTE); a statement of intent, not checkable. The range is one FIGURE.",
          q=[('''"But we need to see what wages and services prices do over the next two to three months before we draw any conclusions."''', "Saldana")],
          f=[("two to three months", "2-3")]),
    ],
    [
        S('''Markets quickly scaled back bets on a rate cut at the bank's next policy meeting on June 11.''',
          "", why="Market move reported in the wire's voice, checkable against pricing; 'June 11' is a date."),
        S('''The thaler strengthened 0.6% on a trade-weighted basis and the yield on two-year government bonds jumped 18 basis points to 3.91%.''',
          "", why="Market data in the wire's voice; the hyphenated compound 'two-year' is marked alone.",
          f=[("0.6%", "0.6"), ("two-year", "2"), ("18 basis points", "18"), ("3.91%", "3.91")]),
    ],
    [
        S('''Ingrid Aalvik, chief economist at Nordhavn Bank, said the April figure had "all but killed off" a June cut.''',
          "Ingrid Aalvik", why="Reported speech (her view) with a partial quote of several words.",
          q=[('''"all but killed off"''', "Ingrid Aalvik")]),
        S('''She now expects the bank to keep rates at 4.25% until at least September and to cut by a total of 50 basis points by the end of the year.''',
          "Ingrid Aalvik", why="Reports the forecast she gave, i.e. a position she took; 'She' resolves to Ingrid Aalvik. 'at least September' is a date, not a FIGURE.",
          f=[("4.25%", "4.25"), ("50 basis points", "50")]),
        S('''"Energy was always going to push the headline number up this spring, but what worries me is how broad the increase was," Aalvik said.''',
          N, why="Quotation plus attribution; the quotation is an assessment and a feeling, not a checkable fact.",
          q=[('''"Energy was always going to push the headline number up this spring, but what worries me is how broad the increase was,"''', "Aalvik")]),
        S('''"Prices went up in 10 of the 12 categories the statistics office tracks."''',
          "Aalvik", why="Continuation of Aalvik's quotation after the tag; asserts a checkable fact, so a CLAIM with her as claimant. '10' is followed by 'of', so it is marked alone; '12 categories' is a first mention, not a back-reference.",
          q=[('''"Prices went up in 10 of the 12 categories the statistics office tracks."''', "Aalvik")],
          f=[("10", "10"), ("12 categories", "12")]),
    ],
    [
        S('''Marek Tolvanen, an economist at Baltrum Bank, said a July cut was still possible if May's figures showed the energy effect fading.''',
          "Marek Tolvanen", why="Reported speech; employer description dropped from the name."),
        S('''"A single hot month does not make a trend," he said.''',
          N, why="Quotation plus attribution; a maxim, not a checkable fact. 'A single' holds no FIGURE.",
          q=[('''"A single hot month does not make a trend,"''', "Marek Tolvanen")]),
        S('''Wage growth slowed to an annual 5.2% in the first quarter from 6.8% a year earlier, separate data from the statistics office showed last week.''',
          "National Statistics Office", why="'data from the statistics office showed': the data's author is the claimant, by its name. 'first quarter' is an ordinal.",
          f=[("5.2%", "5.2"), ("6.8%", "6.8")]),
    ],
    [
        S('''Finance Minister Petra Valsgaard said in a statement that ending the energy cap had been "necessary and responsible" and that a targeted support scheme worth 1.4 billion thalers would protect about 310,000 low-income households from the full rise in bills.''',
          "Petra Valsgaard", why="Reported speech (a written statement); job title dropped. The adjective 'low-income' ends the household FIGURE span.",
          q=[('''"necessary and responsible"''', "Petra Valsgaard")],
          f=[("1.4 billion thalers", "1400000000"), ("about 310,000", "310000")]),
        S('''"Inflation will come down this year, and it will come down without families carrying the burden alone," the statement said.''',
          N, why="Quotation plus attribution; a prediction. 'the statement' is the minister's, so the speaker is Petra Valsgaard.",
          q=[('''"Inflation will come down this year, and it will come down without families carrying the burden alone,"''', "Petra Valsgaard")]),
    ],
    [
        S('''The cap, introduced in late 2022, had cost the treasury about 2.9 billion thalers a year.''',
          "", why="Checkable cost in the wire's voice; 'late 2022' is a date; 'a year' is not a FIGURE.",
          f=[("about 2.9 billion thalers", "2900000000")]),
        S('''The opposition Civic Alliance said the government had been warned that lifting it in April would push inflation higher, and called for the cap to be restored until the autumn.''',
          "Civic Alliance", why="Reported speech from a party."),
    ],
    [
        S('''The Bank of Vestria targets inflation of 2%, and the rate has not been below 3% since early 2021.''',
          "", why="Checkable facts in the wire's voice; 'early 2021' is a date.",
          f=[("2%", "2"), ("3%", "3")]),
        S('''May inflation data is due on June 10, a day before the rate decision.''',
          "", why="A scheduled publication, checkable; 'a day' is an article plus noun."),
    ],
    [
        S('''(Reporting by Sofie Brandt; Editing by Ian Marsh)''',
          N, why="Wire byline/credit line."),
    ],
])

# ---------------------------------------------------------------------------
# 2. apartment_fire_inquest: court/inquest story, headline and byline,
#    curly quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["apartment_fire_inquest"] = dict(nl="\r\n", paras=[
    [S("Three died after stairwell fire door was wedged open, Larkfield House inquest told",
       N, why="Headline: no CLAIM; 'Three' counts the dead, so its FIGURE is marked.",
       f=[("Three", "3")])],
    [S("By Naomi Treharne, Courts Correspondent",
       N, why="Byline.")],
    [
        S("A fire that killed three people in a Castlebridge tower block spread quickly because a fire door on the seventh floor had been wedged open with a folded doormat, an inquest has heard.",
          "inquest", why="'an inquest has heard' passes on evidence without naming the witness; the claimant is the description without its article. 'seventh' is an ordinal.",
          f=[("three people", "3")]),
    ],
    [
        S("Agnes Morrow, 74, and her neighbours Daniel Osei, 31, and his six-year-old daughter, Kiera, died in the blaze at Larkfield House on 3 February.",
          "", why="Checkable facts in the paper's own voice. Bare ages after names are FIGUREs; '3 February' is a date.",
          f=[("74", "74"), ("31", "31"), ("six-year-old", "6")]),
    ],
    [
        S("Senior coroner Margaret Ashdown opened the hearing at Sedgeworth Coroner’s Court on Monday by telling the families that her task was to establish how the three had died, not to apportion blame.",
          "Margaret Ashdown", why="Reported speech; job title 'Senior coroner' dropped. 'the three' refers back to the known victims and is not a FIGURE."),
        S("The inquest is scheduled to last two weeks and is sitting with a jury.",
          "", why="A checkable schedule and arrangement, not the reporter's forecast.",
          f=[("two weeks", "2")]),
    ],
    [
        S("On Tuesday, a man who lived on the ninth floor told the court he had woken shortly after 2am to the smell of smoke and found the corridor outside his flat “black from floor to ceiling”.",
          "Callum Rourke", why="Reported speech from a witness described before he is named; the description resolves to the name given in the next sentence. '2am' is a clock time; 'ninth' an ordinal.",
          q=[("“black from floor to ceiling”", "Callum Rourke")]),
        S("Callum Rourke, 45, said he had banged on his neighbours’ doors before escaping down the east stairwell with a wet towel over his face.",
          "Callum Rourke", why="Reported speech; bare age is a FIGURE.",
          f=[("45", "45")]),
    ],
    [
        S("“I could hear Agnes’s radio through her door, but she didn’t answer,” he told the court.",
          "Callum Rourke", why="Quotation plus attribution; the quotation is a first-hand account of events, checkable as testimony.",
          q=[("“I could hear Agnes’s radio through her door, but she didn’t answer,”", "Callum Rourke")]),
        S("“I shouted her name two or three times, and then the smoke was too thick and I had to go.",
          "Callum Rourke", why="Continuation of the quotation, which runs on into the next paragraph (no closing mark here): QUOTE from the opening mark to the paragraph's final full stop. A first-hand account, so a CLAIM. 'two or three times' is an approximate range, one FIGURE.",
          q=[("“I shouted her name two or three times, and then the smoke was too thick and I had to go.", "Callum Rourke")],
          f=[("two or three times", "2-3")]),
    ],
    [
        S("“I have thought about that door every day since.”",
          N, why="Second paragraph of Rourke's running quotation (a separate QUOTE); a personal reflection, not checkable.",
          q=[("“I have thought about that door every day since.”", "Callum Rourke")]),
    ],
    [
        S("Station Commander Ruth Penhaligon, who led Castlebridge Fire and Rescue Service’s investigation, gave evidence on Wednesday.",
          "", why="An event (giving evidence) in the paper's own voice."),
        S("She told the court the fire had started in a seventh-floor kitchen, where a pan of oil had been left on a lit hob, and had spread into the communal corridor within about four minutes.",
          "Ruth Penhaligon", why="Reported speech; the rank 'Station Commander' is a job title and is dropped. 'seventh-floor' is an ordinal compound, not a FIGURE.",
          f=[("about four minutes", "4")]),
        S("The door between the corridor and the stairwell should have closed automatically, she said, but investigators found a doormat folded beneath it and its self-closing arm disconnected.",
          "Ruth Penhaligon", why="Reported speech with a mid-sentence tag; the findings are part of her evidence."),
    ],
    [
        S("“Had that door been shut, in my professional opinion the stairwell would have stayed clear of smoke for at least 30 minutes,” she said.",
          N, why="Quotation plus attribution; a counterfactual professional opinion, not a checkable fact. Its FIGURE is still marked.",
          q=[("“Had that door been shut, in my professional opinion the stairwell would have stayed clear of smoke for at least 30 minutes,”", "Ruth Penhaligon")],
          f=[("at least 30 minutes", "30")]),
        S("“That is what the building was designed to give people,” she added.",
          "Ruth Penhaligon", why="Quotation plus attribution; the quotation states the building's design standard, a checkable fact.",
          q=[("“That is what the building was designed to give people,”", "Ruth Penhaligon")]),
    ],
    [
        S("On Thursday, the jury heard from the man responsible for fire safety at the housing association that owns the 14-storey block.",
          "", why="An event in the paper's own voice; the hyphenated compound '14-storey' is marked alone.",
          f=[("14-storey", "14")]),
        S("Graham Tull, head of compliance at Ashvale Housing Trust, said the fire doors on every floor had been checked in June last year, eight months before the fire, and had been working properly.",
          "Graham Tull", why="Reported speech from the witness described in the previous sentence; job description dropped.",
          f=[("eight months", "8")]),
        S("Under questioning from Peter Lusk, the barrister representing the Osei family, he accepted that residents had reported the seventh-floor door being propped open on at least four occasions in the previous year.",
          "Graham Tull", why="Reported admission ('he accepted'); 'he' resolves to Graham Tull, not the barrister.",
          f=[("at least four occasions", "4")]),
        S("“We wrote to residents every time,” he added.",
          "Graham Tull", why="Quotation plus attribution; the quotation asserts a checkable fact (letters sent).",
          q=[("“We wrote to residents every time,”", "Graham Tull")]),
        S("“With hindsight, letters were not enough.”",
          N, why="Continuation of Tull's quotation after the tag (a separate QUOTE); a judgement.",
          q=[("“With hindsight, letters were not enough.”", "Graham Tull")]),
    ],
    [
        S("At the end of Thursday’s evidence, solicitor Alice Brennan read a statement to the court on behalf of Mrs Morrow’s family.",
          "", why="An event in the paper's own voice."),
        S("“Mum lived in Larkfield House for 38 years and raised four children there,” the statement said.",
          "Mrs Morrow’s family", why="Quotation plus attribution; the quotation asserts checkable facts. The statement is the family's (read aloud by the solicitor), so the family is speaker and claimant, by description without an article.",
          q=[("“Mum lived in Larkfield House for 38 years and raised four children there,”", "Mrs Morrow’s family")],
          f=[("38 years", "38"), ("four children", "4")]),
    ],
    {"s": [
        S("“She was the first person anyone on the seventh floor went to when they needed help.",
          N, why="First sentence of a two-sentence quotation from the family statement; a tribute, not a checkable fact. 'first' and 'seventh' are ordinals."),
        S("We want to know why a door that was supposed to protect her was allowed to fail.”",
          N, why="Second sentence of the quotation; a wish/demand, not a checkable fact."),
    ], "q": [
        ("“She was the first person anyone on the seventh floor went to when they needed help. We want to know why a door that was supposed to protect her was allowed to fail.”", "Mrs Morrow’s family"),
    ]},
    [
        S("In a separate statement, the Osei family said Daniel had been carrying Kiera down the stairs when the two were overcome by smoke.",
          "Osei family", why="Reported speech from an unnamed collective source, described without the article. 'the two' refers back to known people and is not a FIGURE."),
        S("The inquest was adjourned until Monday, when the jury is expected to hear from Castlebridge Borough Council’s building control officers.",
          "", why="A checkable procedural fact and the scheduled next witnesses."),
    ],
])

# ---------------------------------------------------------------------------
# 3. startup_profile_interview: magazine feature, headline, dek, byline,
#    curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["startup_profile_interview"] = dict(nl="\n", paras=[
    [S("The plumber’s daughter who wants to stop buildings leaking",
       N, why="Headline.")],
    [
        S("Maren Oduya’s Quillwater employs 85 people and has just raised £18m.",
          N, why="Dek (standfirst): no CLAIM, but its FIGUREs are marked. 'm' is the scale word (million).",
          f=[("85 people", "85"), ("£18m", "18000000")]),
        S("She says the hard part is only beginning.",
          N, why="Dek (standfirst)."),
    ],
    [S("By Theo Castellan",
       N, why="Byline.")],
    [
        S("The first thing you notice in Quillwater’s office is the sound of running water.",
          N, why="Scene-setting by the writer; 'first' is an ordinal."),
        S("On a bench beneath the tall windows of a former biscuit factory in Brennock’s Saltmarsh district, a dozen lengths of copper and plastic pipe have been bolted into a sprawling test rig that drips steadily into plastic trays.",
          N, why="Scene-setting description. 'a dozen' is an exact number in words (like 'a million'), so 'a dozen lengths' is a FIGURE with value 12.",
          f=[("a dozen lengths", "12")]),
        S("Maren Oduya, the company’s 36-year-old founder and chief executive, is crouched beside it with a torch, listening.",
          N, why="Present-tense scene-setting; the checkable apposition does not make the sentence a claim. The hyphenated age is still a FIGURE.",
          f=[("36-year-old", "36")]),
        S("“Every building in this country is leaking somewhere,” she says, without looking up.",
          N, why="Quotation plus attribution; a sweeping opinion, not a checkable fact.",
          q=[("“Every building in this country is leaking somewhere,”", "Maren Oduya")]),
        S("“The only question is whether anybody knows about it.”",
          N, why="Continuation of the quotation (a separate QUOTE); opinion.",
          q=[("“The only question is whether anybody knows about it.”", "Maren Oduya")]),
    ],
    [
        S("Oduya started Quillwater in 2019 with £40,000 of her own savings and a loan from her father, a plumber who spent 30 years fixing burst pipes in the city’s terraced streets.",
          "", why="Checkable biography in the writer's voice; '2019' is a year.",
          f=[("£40,000", "40000"), ("30 years", "30")]),
        S("The company makes palm-sized sensors that clip onto water pipes and pick up the faint vibration of a leak, and software that alerts building managers by text message.",
          "", why="Checkable description of the product in the writer's voice."),
        S("It now monitors about 14,000 buildings, most of them blocks of flats owned by housing associations.",
          "", f=[("about 14,000 buildings", "14000")]),
        S("The company says its sensors have found more than 3,200 leaks that would otherwise have gone unnoticed.",
          "Quillwater", why="'The company says': the description resolves to its name.",
          f=[("more than 3,200 leaks", "3200")]),
    ],
    [
        S("Revenue rose to £11.6m in the year to March, from £4.9m a year earlier, according to the company’s latest accounts.",
          "Quillwater", why="'according to' the company's accounts: their author is the claimant.",
          f=[("£11.6m", "11600000"), ("£4.9m", "4900000")]),
        S("The business is not yet profitable and lost £2.3m over the same period.",
          "", f=[("£2.3m", "2300000")]),
        S("In September it raised £18m in a Series B round led by Harcourt Lane Ventures, bringing the total it has raised to £26.5m.",
          "", why="Checkable funding facts in the writer's voice; 'Series B' is a name.",
          f=[("£18m", "18000000"), ("£26.5m", "26500000")]),
    ],
    {"s": [
        S("Oduya argues that insurers, not landlords, will decide whether leak detection becomes standard.",
          "Oduya", why="Reports a position she takes ('argues'): that she holds it is checkable."),
        S("“Who pays when a pipe has been dripping behind a wall for six months?” she asks.",
          N, why="A rhetorical question in quotation marks plus its tag: not an assertion. Its FIGURE is still marked.",
          q=[("“Who pays when a pipe has been dripping behind a wall for six months?”", "Oduya")],
          f=[("six months", "6")]),
        S("“The insurer.",
          N, why="Fragment answering her own rhetorical question; part of her argument, not a checkable fact. The three-sentence quotation is one QUOTE (paragraph level)."),
        S("And who pays the insurer?",
          N, why="Rhetorical question."),
        S("All of us.”",
          N, why="Fragment answering the rhetorical question; opinion/argument."),
        S("Quillwater now sells through three of the country’s five largest home insurers, which offer customers discounts of up to 15% on their premiums if they fit the sensors.",
          "", why="Checkable commercial facts in the writer's voice. 'three' is followed by 'of' and marked alone; in 'five largest home insurers' the adjective ends the span.",
          f=[("three", "3"), ("five", "5"), ("up to 15%", "15")]),
    ], "q": [
        ("“The insurer. And who pays the insurer? All of us.”", "Oduya"),
    ]},
    [
        S("She did not set out to run a company.",
          N, why="About her intentions; a framing line, not checkable."),
        S("After studying mechanical engineering at Brennock Polytechnic, she spent seven years designing industrial pumps for Tarrant Hydraulics and left in 2018, when the firm was sold to a rival.",
          "", why="Checkable career history in the writer's voice; '2018' is a year.",
          f=[("seven years", "7")]),
        S("The idea for Quillwater came, she says, from a leak in her parents’ flat that took three weeks to trace to a cracked joint under the bathroom floor.",
          "Oduya", why="Reported speech with a mid-sentence tag; 'she' resolves to the name at the nearest mention, 'Oduya'.",
          f=[("three weeks", "3")]),
        S("“It took three plumbers to find it, and one of them was my dad,” she says, laughing.",
          "Oduya", why="Quotation plus attribution; a specific, checkable anecdote. 'one of them' is a pronoun, not a FIGURE.",
          q=[("“It took three plumbers to find it, and one of them was my dad,”", "Oduya")],
          f=[("three plumbers", "3")]),
        S("“I remember thinking: why are we still finding leaks by pulling up floors?”",
          N, why="Continuation of the quotation; a recollected thought ending in a rhetorical question, not a checkable assertion.",
          q=[("“I remember thinking: why are we still finding leaks by pulling up floors?”", "Oduya")]),
    ],
    [
        S("Upstairs, engineers in hooded tops sit at long tables beneath whiteboards covered in pipe diagrams, while a grey lurcher called Valve sleeps by the radiator.",
          N, why="Scene-setting."),
        S("More than 40 of Quillwater’s staff work in engineering, and the company plans to hire another 30 people next year, most of them in sales.",
          "", why="Checkable staffing facts and a stated hiring plan in the writer's voice; 'More than 40' is followed by 'of' and marked without a noun.",
          f=[("More than 40", "40"), ("30 people", "30")]),
        S("“Maren is the least hype-driven founder I’ve backed,” says Jonah Ferrier, a partner at Harcourt Lane who sits on Quillwater’s board.",
          N, why="Quotation plus attribution; the quotation is an opinion. The identifying apposition is part of the attribution.",
          q=[("“Maren is the least hype-driven founder I’ve backed,”", "Jonah Ferrier")]),
        S("“She’ll tell you what the sensor can’t do before she tells you what it can.”",
          N, why="Continuation of Ferrier's quotation; a characterisation, not checkable.",
          q=[("“She’ll tell you what the sensor can’t do before she tells you what it can.”", "Jonah Ferrier")]),
    ],
    [
        S("Some early customers complained about false alarms.",
          "", why="Checkable fact in the writer's voice; 'Some' is not a FIGURE."),
        S("Oduya admits the first version of the sensor was “far too jumpy”, and says the detection software has since been rewritten from scratch.",
          "Oduya", why="Reported speech ('admits', 'says') with a partial quote of three words; 'first' is an ordinal.",
          q=[("“far too jumpy”", "Oduya")]),
        S("She says she wants Quillwater’s sensors in 100,000 buildings within five years, and that she is in no hurry to raise more money.",
          "Oduya", why="Reported speech: her stated aim; that she said it is checkable.",
          f=[("100,000 buildings", "100000"), ("five years", "5")]),
        S("“Investors always ask me how big this can get,” she says.",
          N, why="Quotation plus attribution; a habitual anecdote used as colour to set up the closing question, not a checkable fact.",
          q=[("“Investors always ask me how big this can get,”", "Oduya")]),
        S("“I ask them: how many buildings do you know that have never had a leak?”",
          N, why="Continuation of the quotation ending in a rhetorical question; not an assertion.",
          q=[("“I ask them: how many buildings do you know that have never had a leak?”", "Oduya")]),
    ],
])

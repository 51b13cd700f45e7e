"""Held-out articles, set C: three original news stories written for the
seventh evaluation set, at ordinary newspaper and wire density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`rail_strike_talks` is a translated European labour story with guillemets
in one part and curly quotes elsewhere, "\\n" line endings;
`volcano_eruption_update` is wire copy with straight quotes and "\\n";
`startup_layoffs_feature` is a business feature with curly quotes and
"\\r\\n".

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. rail_strike_talks: guillemets for the union leader, curly quotes
#    elsewhere, "\n"
# ---------------------------------------------------------------------------
ARTICLES["rail_strike_talks"] = dict(nl="\n", paras=[
    [S("Rail union rejects pay offer and calls four days of strikes in May",
       N, why="Headline (title block): no CLAIM, but its FIGURE is marked.",
       f=[("four days", "4")])],
    [S("By Claire Vennet, Lermont", N, why="Byline.")],
    [
        S("Rail workers across the country will strike on four days next month after their largest union on Wednesday rejected the government’s latest pay offer as inadequate.",
          "", why="The union's announced strike dates and its rejection are reported as events in the article's own voice; the strike is called, not forecast by the reporter.",
          f=[("four days", "4")]),
    ],
    [
        S("The United Railworkers’ Federation (FCU), which represents about 41,000 of the 95,000 staff at the state operator RFN, said its members would walk out on 14, 15, 21 and 22 May.",
          "United Railworkers’ Federation",
          why="Passes on the union's announcement ('said'). The strike days are calendar dates, not FIGUREs; 'about 41,000' is followed by 'of', so the span stops at the number.",
          f=[("about 41,000", "41000"), ("95,000 staff", "95000")]),
        S("The decision came after talks at the transport ministry in Lermont broke down late on Tuesday, following nearly three months of negotiations.",
          "", f=[("nearly three months", "3")]),
    ],
    [
        S("The government has offered a rise of 3.2% this year and a further 2% next year, up from the 2.5% it put forward in March.",
          "", why="The offer is stated in the article's own voice. '2%' also occurs inside '3.2%', so the second occurrence is the stand-alone figure.",
          f=[("3.2%", "3.2"), ("2%", "2", 2), ("2.5%", "2.5")]),
        S("The FCU is demanding between 5% and 6%, arguing that its members’ wages have fallen well behind inflation since 2022.",
          "FCU", why="Passes on the union's position and argument ('is demanding', 'arguing'). A range is one FIGURE; '2022' is a year.",
          f=[("between 5% and 6%", "5-6")]),
    ],
    [
        S("«We have negotiated in good faith for eleven weeks,» Odile Ferrand, the union’s general secretary, told the newspaper.",
          "Odile Ferrand",
          why="Quotation plus attribution; the quotation asserts a checkable fact (the length of the talks). Job title dropped from the speaker.",
          q=[("«We have negotiated in good faith for eleven weeks,»", "Odile Ferrand")],
          f=[("eleven weeks", "11")]),
        S("«In all that time the minister has moved by less than one percentage point.»",
          "Odile Ferrand",
          why="Continuation of Ferrand's quotation after the tag (a separate QUOTE); checkable against the offers (2.5% to 3.2%). 'less than' is an approximator.",
          q=[("«In all that time the minister has moved by less than one percentage point.»", "Odile Ferrand")],
          f=[("less than one percentage point", "1")]),
    ],
    {"s": [
        S("«Our members have lost around 9% of their purchasing power since 2022.",
          "Odile Ferrand",
          why="First sentence of a two-sentence quotation; a checkable quantity. The tag on the next sentence ('she said') resolves to Ferrand.",
          f=[("around 9%", "9")]),
        S("Asking them to accept another rise below inflation is an insult to people who kept this country running through every crisis,» she said.",
          N, why="Second sentence of the quotation, carrying the tag; an opinion, not a checkable fact."),
    ], "q": [
        ("«Our members have lost around 9% of their purchasing power since 2022. Asking them to accept another rise below inflation is an insult to people who kept this country running through every crisis,»", "Odile Ferrand"),
    ]},
    [
        S("Ferrand said the union was ready to return to the table at any time if the ministry put a new offer in writing.",
          "Ferrand", why="Reported speech stating the union's position."),
    ],
    [
        S("Transport Minister Sabine Delorme defended the offer on Wednesday evening.",
          "", why="A speech act reported only as an event ('defended'); no assertion of hers is passed on in this sentence, so claimant is empty."),
        S("She said: “This is the most generous offer any government has made to rail staff in 15 years.”",
          "Sabine Delorme",
          why="Quotation introduced by a colon; the quotation asserts a checkable comparison. The sentence ends with the closing quotation mark. 'She' resolves to Sabine Delorme.",
          q=[("“This is the most generous offer any government has made to rail staff in 15 years.”", "Sabine Delorme")],
          f=[("15 years", "15")]),
        S("Delorme called the union’s demand “unrealistic at a time when every ministry is being asked to save money” and accused its leaders of “taking passengers hostage”.",
          "Delorme", why="Passes on her position and accusation ('called', 'accused'); two partial quotes of two or more words.",
          q=[("“unrealistic at a time when every ministry is being asked to save money”", "Delorme"),
             ("“taking passengers hostage”", "Delorme")]),
        S("She told reporters that each additional percentage point on the pay bill would cost the state about 120 million euros a year.",
          "Delorme", why="Reported speech; 'a year' is an article plus noun, not a FIGURE.",
          f=[("about 120 million euros", "120000000")]),
        S("“Someone has to pay for that, and it will be either taxpayers or passengers.”",
          N, why="Stand-alone quotation continuing Delorme's remarks; an argument and prediction, not a checkable fact.",
          q=[("“Someone has to pay for that, and it will be either taxpayers or passengers.”", "Delorme")]),
    ],
    [
        S("During the last walkout, a 48-hour strike in March, RFN cancelled about 60% of its long-distance trains and about 45% of regional services.",
          "", f=[("48-hour", "48"), ("about 60%", "60"), ("about 45%", "45")]),
        S("The operator said on Wednesday that it expected similar disruption in May and advised passengers to postpone journeys that were not essential.",
          "RFN", why="Reported statement of the operator (RFN); its content is a forecast, but that it said so is checkable."),
    ],
    [
        S("At Lermont-Central station, commuters greeted the news with weary resignation.",
          N, why="Scene-setting colour."),
        S("“I support the workers, but I have already lost two days’ pay this year because of strikes,” said Inès Caradec, a 34-year-old nurse who travels in from Sarrac.",
          "Inès Caradec",
          why="Quotation plus attribution; the quotation states a checkable personal fact (lost pay) alongside a stance.",
          q=[("“I support the workers, but I have already lost two days’ pay this year because of strikes,”", "Inès Caradec")],
          f=[("two days", "2"), ("34-year-old", "34")]),
    ],
    [
        S("No date has been set for further talks.", ""),
        S("Unless one side gives ground, the summer timetable looks set to begin amid another wave of cancellations.",
          N, why="Reporter's prediction. 'one side' refers to one of the two known parties, not a FIGURE."),
    ],
    [S("This article was originally published in French and has been translated by our editorial team.",
       N, why="Boilerplate translation note.")],
])

# ---------------------------------------------------------------------------
# 2. volcano_eruption_update: wire copy, straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["volcano_eruption_update"] = dict(nl="\n", paras=[
    [S('''Mount Tavaro erupts again, forcing thousands from their homes''',
       N, why="Headline (title block). 'thousands' is an inexact quantity: FIGURE with empty value, as for 'dozens'.",
       f=[("thousands", "")])],
    [S('''By Lucia Ferreyra, Meridian News''', N, why="Byline.")],
    [
        S('''Mount Tavaro on the island of Calvera erupted again early on Tuesday, sending a column of ash about 8 km into the sky and forcing about 3,000 people to leave their homes, officials said.''',
          "officials", why="Passes on what unnamed officials said; the description is kept without an article.",
          f=[("about 8 km", "8"), ("about 3,000 people", "3000")]),
    ],
    [
        S('''The eruption began at around 4:40 a.m. local time, when lava broke through a new fissure on the volcano's eastern flank, according to the Calvera Volcanological Institute (CVI).''',
          "Calvera Volcanological Institute", why="'according to' attribution. 'around 4:40 a.m.' is a clock time, not a FIGURE."),
        S('''The institute said a 4.2-magnitude earthquake struck beneath the summit about 20 minutes before the eruption, the strongest of more than 300 tremors recorded since Saturday.''',
          "Calvera Volcanological Institute", why="Reported statement; 'the institute' resolves to its name. The hyphenated '4.2-magnitude' is marked whole.",
          f=[("4.2-magnitude", "4.2"), ("about 20 minutes", "20"), ("more than 300 tremors", "300")]),
        S('''The institute had raised its alert level to orange, the second-highest on its four-level scale, on May 3 after a swarm of small earthquakes.''',
          "", why="A recorded action stated in the article's voice. 'second-highest' is an ordinal; 'May 3' a date; 'four-level' a hyphenated compound FIGURE.",
          f=[("four-level", "4")]),
    ],
    [
        S('''By midday the lava had advanced about 2.5 km and was moving towards the village of San Lirio at roughly 100 metres an hour, the institute said.''',
          "Calvera Volcanological Institute", why="Tag at the end of reported speech. 'an hour' is an article plus noun.",
          f=[("about 2.5 km", "2.5"), ("roughly 100 metres", "100")]),
        S('''Scientists measured the temperature of the flow at about 1,100 degrees Celsius.''',
          "", f=[("about 1,100 degrees Celsius", "1100")]),
    ],
    [
        S('''Civil protection authorities ordered the evacuation of San Lirio and two other villages inside a 5-km exclusion zone around the eastern vent.''',
          "", why="An order reported as an event. In 'two other villages' the adjective 'other' ends the FIGURE span.",
          f=[("two", "2"), ("5-km", "5")]),
        S('''Buses took most of the evacuees to schools in Porto Ameno, 15 km to the south, while about 400 people stayed with relatives elsewhere on the island.''',
          "", f=[("15 km", "15"), ("about 400 people", "400")]),
        S('''No injuries have been reported.''', ""),
    ],
    [
        S('''"Everyone inside the zone has been accounted for," Civil Protection Director Paolo Brandi told a news conference in Villaclara, the island's capital.''',
          "Paolo Brandi", why="Quotation plus attribution; the quotation asserts a checkable fact. Job title dropped.",
          q=[('''"Everyone inside the zone has been accounted for,"''', "Paolo Brandi")]),
        S('''"Nobody should try to go back for belongings until we say it is safe."''',
          N, why="Continuation of Brandi's quotation; an instruction, not an assertion.",
          q=[('''"Nobody should try to go back for belongings until we say it is safe."''', "Paolo Brandi")]),
    ],
    [
        S('''Marta Kessling, a volcanologist at the CVI who has monitored Tavaro for two decades, said the eruption could continue for several weeks.''',
          "Marta Kessling",
          why="Reported speech: the content is hedged ('could'), but that she said it is checkable, so a CLAIM. 'several weeks' has no number.",
          f=[("two decades", "2")]),
    ],
    {"s": [
        S('''"The seismic data show magma moving at a depth of around 3 km.''',
          "Marta Kessling", why="First sentence of a two-sentence quotation; a checkable measurement. Claimant from the tag on the next sentence.",
          f=[("around 3 km", "3")]),
        S('''It may find another way to the surface, and frankly that worries me more than the lava we can see," she said.''',
          N, why="Second sentence of the quotation, with its tag; a hedge ('may') and a personal concern, not a checkable fact."),
    ], "q": [
        ('''"The seismic data show magma moving at a depth of around 3 km. It may find another way to the surface, and frankly that worries me more than the lava we can see,"''', "Marta Kessling"),
    ]},
    [
        S('''Tavaro last erupted in 2019, when lava destroyed 14 homes on its southern slopes.''',
          "", why="'2019' is a year.", f=[("14 homes", "14")]),
        S('''Its deadliest eruption, in 1911, killed 212 people.''',
          "", why="'1911' is a year.", f=[("212 people", "212")]),
    ],
    [
        S('''Ash fell on Porto Ameno throughout the afternoon, and the temperature in the town dropped from 24C to 17C within an hour as the cloud blotted out the sun, the Calvera Weather Service said.''',
          "Calvera Weather Service", why="Tag at the end of reported content. 'an hour' is an article plus noun.",
          f=[("24C", "24"), ("17C", "17")]),
        S('''The island's only airport suspended all flights until at least 6 p.m. on Wednesday.''',
          "", why="'6 p.m.' is a clock time, so 'at least 6 p.m.' is not a FIGURE; 'only' is not a number."),
        S('''The ash cloud may also disrupt flights to the mainland later in the week if the wind shifts to the north.''',
          N, why="Hedged prediction ('may') in the article's own voice."),
    ],
    [S('''This story has been updated with new evacuation figures and comments from the Calvera Volcanological Institute.''',
       N, why="Boilerplate update note.")],
    [S('''Reporting by Lucia Ferreyra; Editing by Mark Olden''', N, why="Byline/credit line.")],
])

# ---------------------------------------------------------------------------
# 3. startup_layoffs_feature: curly quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["startup_layoffs_feature"] = dict(nl="\r\n", paras=[
    [S("After the boom, the cuts: inside Lumora’s year of layoffs", N, why="Headline.")],
    [
        S("The Halbridge software company raised $40 million last spring.",
          N, why="Standfirst (title block): no CLAIM, but its FIGURE is marked.",
          f=[("$40 million", "40000000")]),
        S("This month it cut 140 jobs.",
          N, why="Standfirst (title block): no CLAIM, but its FIGURE is marked.",
          f=[("140 jobs", "140")]),
    ],
    [S("By Naomi Feld, Technology Correspondent", N, why="Byline.")],
    [
        S("On a Tuesday morning in early March, employees at Lumora were invited to an all-hands video call at 9:15 a.m.",
          "", why="A narrative event in the article's voice, checkable; '9:15 a.m.' is a clock time."),
        S("By lunchtime, the company had cut 140 jobs.",
          "", f=[("140 jobs", "140")]),
    ],
    [
        S("For Lumora, which makes scheduling software for dental and veterinary clinics, the layoffs removed a third of its staff, less than a year after it raised a $40 million Series B round led by Northgate Ventures.",
          "", why="'a third' is a fraction of a counted group, a FIGURE; its value as a plain decimal is given to three places (the guidelines set no precision). 'less than a year' has only the article 'a'. 'Series B' is a name.",
          f=[("a third", "0.333"), ("$40 million", "40000000")]),
        S("The company had more than doubled its headcount in 2023, to about 420 people, and opened offices in Carrow and Westley.",
          "", why="'2023' is a year; 'doubled' is not a written number.",
          f=[("about 420 people", "420")]),
    ],
    [
        S("In a blog post published the same afternoon, chief executive Corin Matlock said the company had “hired ahead of demand” and that growth in new customers had slowed sharply in the second half of last year.",
          "Corin Matlock", why="Reported written statement with a partial quote; job title dropped. 'second' is an ordinal.",
          q=[("“hired ahead of demand”", "Corin Matlock")]),
        S("“Our revenue grew 38% last year, but our costs grew by 85%,” Matlock wrote.",
          "Matlock", why="Quotation plus attribution from the blog post; the quotation asserts checkable quantities.",
          q=[("“Our revenue grew 38% last year, but our costs grew by 85%,”", "Matlock")],
          f=[("38%", "38"), ("85%", "85")]),
        S("“That is not a gap any company can sustain, and the responsibility for it is mine.”",
          N, why="Continuation of Matlock's quotation; a judgement and an acceptance of blame, not a checkable fact.",
          q=[("“That is not a gap any company can sustain, and the responsibility for it is mine.”", "Matlock")]),
        S("He said departing employees would receive 12 weeks of severance pay and health cover until the end of the year.",
          "Matlock", why="Reported speech; 'He' resolves to Matlock.",
          f=[("12 weeks", "12")]),
    ],
    [
        S("But was the slowdown really a surprise?", N, why="Rhetorical question in the article's voice."),
        S("Four former employees interviewed for this article said the warning signs had been visible for months.",
          "former employees",
          why="Reported speech from unnamed sources; claimant keeps their description. In 'Four former employees' the adjective 'former' ends the FIGURE span.",
          f=[("Four", "4")]),
    ],
    [
        S("“My manager told me on the Friday that our team was ‘completely safe’, and on Tuesday my laptop was locked before the call had even ended,” one engineer said.",
          "engineer",
          why="Quotation plus attribution; the quotation recounts checkable events. The nested ‘completely safe’ is inside the outer quotation and is not a separate QUOTE. Unnamed source: description without 'one'.",
          q=[("“My manager told me on the Friday that our team was ‘completely safe’, and on Tuesday my laptop was locked before the call had even ended,”", "engineer")]),
        S("She asked not to be named because her severance agreement includes a non-disparagement clause.",
          "", why="A checkable fact about the source, in the article's voice."),
    ],
    [
        S("Tessa Kowalczyk, who spent three years on Lumora’s customer support team before she was laid off, said managers had often described the company as a “family”.",
          "Tessa Kowalczyk",
          why="Reported speech. The single quoted word “family” is a scare quote, not a QUOTE.",
          f=[("three years", "3")]),
        S("“You don’t lock your family out of their laptops,” she said.",
          N, why="Quotation plus attribution; a rhetorical complaint, not a checkable fact.",
          q=[("“You don’t lock your family out of their laptops,”", "Tessa Kowalczyk")]),
    ],
    [
        S("A former product designer said the company had stopped matching pension contributions in January without announcing the change.",
          "former product designer", why="Reported speech from an unnamed source; description without the article."),
        S("Lumora’s “unlimited” holiday policy, she added, had quietly been capped at 25 days.",
          "former product designer",
          why="Reported speech with a mid-sentence tag. “unlimited” is a one-word scare quote, not a QUOTE.",
          f=[("25 days", "25")]),
    ],
    [
        S("A Lumora spokesperson said the pension change had been announced to staff in December and that the holiday policy had been “clarified, not cut”.",
          "Lumora spokesperson", why="Reported speech with a partial quote of three words.",
          q=[("“clarified, not cut”", "Lumora spokesperson")]),
        S("The company declined to comment on individual employees.",
          "", why="A speech act reported as an event; claimant empty."),
    ],
    [
        S("Lumora is not alone: more than 60 startups in the Halbridge region have announced job cuts since January, according to a tracker kept by the trade body Tech Halbridge.",
          "Tech Halbridge", why="'according to' attribution.",
          f=[("more than 60 startups", "60")]),
        S("Northgate Ventures did not respond to a request for comment.",
          "", why="A checkable statement of fact in the article's voice."),
    ],
    [
        S("Kowalczyk has since found work at a hospital software firm in Carrow, on a salary about 10% lower than she earned at Lumora.",
          "", f=[("about 10%", "10")]),
        S("“I’d go back to a startup,” she said.",
          N, why="Quotation plus attribution; a hypothetical, not a checkable fact.",
          q=[("“I’d go back to a startup,”", "Kowalczyk")]),
        S("“I just wouldn’t believe anyone who tells me it’s a family.”",
          N, why="Continuation of Kowalczyk's quotation; an attitude, not a checkable fact. 'family' here is not in its own quotation marks.",
          q=[("“I just wouldn’t believe anyone who tells me it’s a family.”", "Kowalczyk")]),
    ],
])

"""Held-out articles, set C: three original news stories written for this evaluation set.

`tennis_final_upset` (curly quotes, "\n"), `heat_pump_subsidy` (straight
quotes, a timestamp line and a "Read more:" line, "\n") and `museum_theft`
(curly quotes plus one translated «guillemet» quote, "\r\n"). Every sentence
carries a deliberate CLAIM / not-a-claim decision, with the reasoning in
`why` where the guidelines leave room for doubt.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
ARTICLES["tennis_final_upset"] = dict(nl="\n", paras=[
    [S("Unseeded Carrow stuns top seed Whitlock to win Port Aldery Open", N,
       why="headline")],
    [S("By Tomas Reyland, Tennis Correspondent", N, why="byline")],
    [S("Inès Carrow, a qualifier ranked 143rd in the world, won the Port Aldery Open on Sunday, "
       "beating the top seed Dana Whitlock in three sets in a final that lasted almost three hours.", "",
       why="result in the article's own voice; '143rd' is a ranking ordinal, not a FIGURE",
       f=[("three sets", "3"), ("almost three hours", "3")])],
    [S("The 22-year-old had to win three matches in qualifying just to reach the main draw, and she "
       "saved two match points in the second-set tie-break before running away with the decider.", "",
       why="'second-set' is an ordinal compound, not a FIGURE",
       f=[("22-year-old", "22"), ("three matches", "3"), ("two match points", "2")]),
     S("She is the first qualifier to lift the trophy in the tournament’s 38-year history, and her "
       "winner’s cheque of 640,000 euros is more than she had earned in her entire career before this week.", "",
       why="'first' is an ordinal; the hyphenated '38-year' is marked alone",
       f=[("38-year", "38"), ("640,000 euros", "640000")])],
    [S("“I came here hoping to win one match,” Carrow said, still clutching the trophy at the on-court ceremony.", N,
       why="the quotation gives a past hope, not a checkable fact; the tag only reports it",
       q=[("“I came here hoping to win one match,”", "Carrow")], f=[("one match", "1")]),
     S("“Now I don’t know what to do with myself.”", N, why="a feeling, not a checkable fact",
       q=[("“Now I don’t know what to do with myself.”", "Carrow")])],
    [S("Whitlock, the world No 2, had not dropped a set all week and was chasing her fourth title of the season.", "",
       why="checkable record; 'No 2' is a ranking position and 'fourth' an ordinal, so no FIGURE")],
    [S("“She played the big points better than me, simple as that,” she told reporters afterwards.", N,
       why="the quotation is Whitlock's assessment of the match, an opinion",
       q=[("“She played the big points better than me, simple as that,”", "Whitlock")]),
     S("Whitlock said a wrist injury had troubled her since her semi-final but refused to use it as an excuse.",
       "Whitlock", why="reported speech")],
    [S("“I’m not going to sit here and blame my wrist,” the 27-year-old said.", N,
       why="the quotation is a stance about what she will say, not a checkable fact; 'the 27-year-old' resolves to Whitlock",
       q=[("“I’m not going to sit here and blame my wrist,”", "Whitlock")], f=[("27-year-old", "27")]),
     S("“Inès deserved it.”", N, why="opinion", q=[("“Inès deserved it.”", "Whitlock")])],
    [S("Carrow’s coach, Pieter Aaldering, said the pair had rebuilt her serve over the winter after she lost "
       "in the first round of qualifying at four tournaments in a row.", "Aaldering",
       why="reported speech; 'first round' is an ordinal", f=[("four tournaments", "4")])],
    {"s": [
        S("“There were weeks when she wanted to stop,” he said.", N,
          why="her inner state as the coach recalls it; not checkable",
          q=[("“There were weeks when she wanted to stop,”", "Aaldering")]),
        S("“We changed her grip, we changed her toss, we changed everything.", "Aaldering",
          why="inner sentence of a multi-sentence quote; describes checkable changes to her technique"),
        S("It took five months before she trusted it.”", "Aaldering",
          why="inner sentence of a multi-sentence quote; a checkable duration",
          f=[("five months", "5")]),
    ], "q": [("“We changed her grip, we changed her toss, we changed everything. "
              "It took five months before she trusted it.”", "Aaldering")]},
    [S("“I have commentated on this tournament for 20 years and I have never seen a comeback like it,” said "
       "Maureen Sallis, the former doubles champion who called the final for Meridian Sport.", "Maureen Sallis",
       why="the quotation asserts a checkable fact (20 years of commentary); 'never seen a comeback like it' "
           "is colour but rests on her checkable experience",
       q=[("“I have commentated on this tournament for 20 years and I have never seen a comeback like it,”",
           "Maureen Sallis")],
       f=[("20 years", "20")]),
     S("Sallis said Carrow’s forehand was “the heaviest shot in the women’s game right now” and predicted "
       "she would be seeded at a major within a year.", "Sallis",
       why="reported speech: that Sallis said and predicted this is checkable, although its content is "
           "opinion and forecast; 'a year' is the article, not a FIGURE",
       q=[("“the heaviest shot in the women’s game right now”", "Sallis")])],
    [S("Tournament director Gregor Fenn said in a statement that 61,400 spectators had passed through the "
       "gates over the week, a record and up 8% on last year.", "Fenn",
       why="reported speech ('in a statement')",
       f=[("61,400 spectators", "61400"), ("8%", "8")]),
     S("Sunday’s final had sold out by Wednesday morning, according to the organisers.", "organisers",
       why="'according to'; unnamed collective source keeps its description")],
    [S("“We have always said the depth in the women’s draw is extraordinary,” Fenn added.", N,
       why="promotional opinion about the draw; the quotation asserts nothing checkable",
       q=[("“We have always said the depth in the women’s draw is extraordinary,”", "Fenn")]),
     S("“Today proved it.”", N, why="opinion", q=[("“Today proved it.”", "Fenn")])],
    [S("One player agent, who asked not to be named because talks were continuing, said at least three "
       "sponsors had approached Carrow’s team since her semi-final.", "player agent",
       why="unnamed source keeps its description without the article; 'One' here is the determiner of "
           "the description, not a counted quantity",
       f=[("at least three sponsors", "3")])],
    [S("Whitlock struck a warmer note later in the evening.", N,
       why="the writer's scene-setting for the post that follows")],
    {"s": [
        S("She wrote on social media: “Gutted, but proud of this week.", N,
          why="quotation plus its tag; the quotation gives feelings, nothing checkable"),
        S("Congratulations Inès, you earned every point.”", N, why="congratulation, an opinion"),
    ], "q": [("“Gutted, but proud of this week. Congratulations Inès, you earned every point.”", "Whitlock")]},
    [S("It was, by any measure, a remarkable week.", N, why="the writer's opinion"),
     S("Can she do it again?", N, why="question")],
    [S("Carrow’s ranking is expected to climb to around 60th when the new list is published on Monday, "
       "enough to take her straight into the main draw at most events.", N,
       why="projection of a future ranking, a prediction; '60th' is an ordinal"),
     S("Her days of qualifying may be over for some time.", N, why="the writer's prediction")],
])

# ---------------------------------------------------------------------------
ARTICLES["heat_pump_subsidy"] = dict(nl="\n", paras=[
    [S("Heat pump grant cut to £5,000 in 'targeted' overhaul", N,
       why="headline; 'targeted' is a single quoted word, a scare quote and not a QUOTE",
       f=[("£5,000", "5000")])],
    [S("By Helen Carver, Energy Correspondent", N, why="byline")],
    [S("Published Tuesday 11 March, 07:15 GMT", N,
       why="timestamp line; the date and clock time are not FIGUREs")],
    [S("The standard grant for households installing a heat pump will fall from £7,500 to £5,000, "
       "Energy Minister Rachel Dunmore announced on Monday, while families on low incomes will be able "
       "to claim up to £10,000.", "Dunmore",
       why="announced policy change passed on from the minister (job title dropped); 'from £7,500 to "
           "£5,000' is a change between two amounts, not a range, so two FIGUREs",
       f=[("£7,500", "7500"), ("£5,000", "5000"), ("up to £10,000", "10000")])],
    [S("Under the revised Warm Homes Grant, which opens to applications on 1 June, households with a "
       "combined annual income below £32,000 will qualify for the higher payment.", "",
       why="terms of the scheme, checkable against its published rules; '1 June' is a date",
       f=[("£32,000", "32000")]),
     S("Everyone else will receive £2,500 less than under the current rules.", "",
       why="arithmetic on the announced amounts, checkable", f=[("£2,500", "2500")])],
    {"s": [
        S("\"We want every pound of public money to go where it makes the biggest difference,\" Ms Dunmore said.", N,
          why="the quotation states an aim, not a checkable fact",
          q=[("\"We want every pound of public money to go where it makes the biggest difference,\"", "Ms Dunmore")]),
        S("\"Better-off households are already buying heat pumps without help.", "Ms Dunmore",
          why="inner sentence of a multi-sentence quote; checkable against sales data"),
        S("Families who can't afford one deserve the same chance.\"", N,
          why="opinion; 'one' is a pronoun, not a FIGURE"),
    ], "q": [("\"Better-off households are already buying heat pumps without help. "
              "Families who can't afford one deserve the same chance.\"", "Ms Dunmore")]},
    [S("Figures published last month by the Energy Statistics Office show that 41,200 heat pumps were "
       "installed under the scheme in the year to January, well short of the government's target of 60,000.",
       "Energy Statistics Office",
       why="passes on the office's data ('figures ... show' works like 'according to'); 'the year to "
           "January' is a period named by date, not a FIGURE",
       f=[("41,200 heat pumps", "41200"), ("60,000", "60000")]),
     S("The average installation cost £11,800, according to the same figures, which means a household "
       "receiving the new standard grant would still have to find £6,800.", "Energy Statistics Office",
       why="'according to'; the remainder is checkable arithmetic on it",
       f=[("£11,800", "11800"), ("£6,800", "6800")])],
    [S("Read more: How much does it really cost to run a heat pump?", N,
       why="'Read more' link line, site boilerplate (and a question)")],
    [S("The Heat Pump Installers Alliance, which says it represents about 3,400 firms, said the cut would "
       "\"pull the rug out\" from under small businesses that had hired and trained staff on the strength "
       "of the old grant.", "Heat Pump Installers Alliance",
       why="reported speech with a partial quote; the organisation is the speaker",
       q=[("\"pull the rug out\"", "Heat Pump Installers Alliance")],
       f=[("about 3,400 firms", "3400")]),
     S("Its chief executive, Colin Breck, told this site that members had seen enquiries fall by 30% since "
       "reports of the change first circulated in January.", "Breck",
       why="reported speech ('told this site')", f=[("30%", "30")])],
    [S("\"Our members took on apprentices because ministers told them demand was coming,\" he said.", "Breck",
       why="the quotation asserts checkable facts: apprentices were hired and ministers forecast demand",
       q=[("\"Our members took on apprentices because ministers told them demand was coming,\"", "Breck")]),
     S("\"Now the same ministers are telling customers to wait.\"", N,
       why="rhetorical characterisation of the policy, not a checkable fact",
       q=[("\"Now the same ministers are telling customers to wait.\"", "Breck")])],
    [S("Graham Pettifer, a retired engineer from Lowbridge, had a heat pump fitted in November with the "
       "help of the full grant.", "", why="narrative fact in the article's own voice"),
     S("He said his annual gas bill of around £1,900 had been replaced by electricity costs of about £1,300.",
       "Pettifer", why="reported speech",
       f=[("around £1,900", "1900"), ("about £1,300", "1300")])],
    [S("\"If the grant had been five grand, I'd have thought twice,\" the 68-year-old said.", N,
       why="counterfactual about his own choice, not checkable; 'five grand' is slang for £5,000 "
           "('grand' as scale word, value 5000); 'the 68-year-old' resolves to Pettifer",
       q=[("\"If the grant had been five grand, I'd have thought twice,\"", "Pettifer")],
       f=[("five grand", "5000"), ("68-year-old", "68")]),
     S("\"Maybe I'd have done it anyway, but I doubt my neighbours will.\"", N, why="speculation",
       q=[("\"Maybe I'd have done it anyway, but I doubt my neighbours will.\"", "Pettifer")])],
    [S("Analysis by the Halden Institute, a think-tank that studies household energy costs, suggests the "
       "change could reduce the number of installations next year by as many as 9,000.", "Halden Institute",
       why="reported position: that the institute's analysis says this is checkable, although its "
           "content is a forecast",
       f=[("as many as 9,000", "9000")]),
     S("Its head of research, Dr Anjali Sethi, said the government was \"right to target help at poorer "
       "households\" but warned that the higher grant would be hard for many of them to claim.",
       "Dr Anjali Sethi", why="reported speech with a partial quote; honorific 'Dr' kept",
       q=[("\"right to target help at poorer households\"", "Dr Anjali Sethi")])],
    [S("\"Low-income families are far less likely to own their homes, and landlords have little reason to "
       "apply,\" she said.", "Dr Anjali Sethi",
       why="the quotation asserts a checkable fact about home ownership by income",
       q=[("\"Low-income families are far less likely to own their homes, and landlords have little reason "
           "to apply,\"", "Dr Anjali Sethi")]),
     S("According to the institute, only 38% of households earning under £32,000 own the home they live in.",
       "Halden Institute", why="'according to'",
       f=[("38%", "38"), ("£32,000", "32000")])],
    [S("The opposition's energy spokesperson, Marcus Oyelaran, accused ministers of \"balancing the books "
       "on the backs of people trying to do the right thing\".", "Oyelaran",
       why="'accused' passes on a position he took, which is checkable",
       q=[("\"balancing the books on the backs of people trying to do the right thing\"", "Oyelaran")])],
    {"s": [
        S("Writing on social media, he said: \"Three years ago this government promised a heat pump on every street.",
          "Oyelaran", why="inner sentence of a multi-sentence quote; a past promise is checkable",
          f=[("Three years", "3")]),
        S("Today it cut the grant.", "Oyelaran", why="inner sentence; checkable event"),
        S("You can't have it both ways.\"", N, why="rhetorical opinion"),
    ], "q": [("\"Three years ago this government promised a heat pump on every street. Today it cut the grant. "
              "You can't have it both ways.\"", "Oyelaran")]},
    [S("Whether the new scheme will deliver more installations than the old one is unlikely to be clear "
       "until well into next year.", N, why="the writer's prediction; 'the old one' is a pronoun"),
     S("And will households who held off in hope of a bigger grant now give up altogether?", N,
       why="question")],
    [S("The Ministry of Energy said applications submitted before 31 May would be assessed under the "
       "existing rules.", "Ministry of Energy", why="reported speech; '31 May' is a date")],
])

# ---------------------------------------------------------------------------
ARTICLES["museum_theft"] = dict(nl="\r\n", paras=[
    [S("Medieval gold reliquary among 14 objects stolen in overnight raid on Vennmouth museum", N,
       why="headline", f=[("14 objects", "14")])],
    [S("By Sarah Okonjo and Daniel Pryce", N, why="byline")],
    [S("Thieves broke into the Vennmouth City Museum in the early hours of Thursday and escaped with 14 "
       "objects from its medieval collection, among them a gold reliquary pendant that curators regard as "
       "the most important piece in the building.", "",
       why="event in the article's own voice; the curators' view is background and does not make them "
           "the claimant of the sentence",
       f=[("14 objects", "14")])],
    [S("Police said the raid took less than seven minutes.", "police",
       why="reported speech; unnamed collective source keeps its description",
       f=[("less than seven minutes", "7")]),
     S("Officers were called at 3.12am after an alarm sounded in the first-floor gallery, according to a "
       "statement from Vennmouth Police, and found a window forced open and two display cases smashed.",
       "Vennmouth Police",
       why="'according to'; '3.12am' is a clock time and 'first-floor' an ordinal, not FIGUREs",
       f=[("two display cases", "2")])],
    [S("“Whoever did this knew exactly what they wanted and exactly where to find it,” said Detective "
       "Inspector Nadia Quill, who is leading the investigation.", N,
       why="the quotation is the detective's inference about the thieves, not a checkable fact; the tag "
           "only identifies her (job title dropped from the speaker)",
       q=[("“Whoever did this knew exactly what they wanted and exactly where to find it,”", "Nadia Quill")]),
     S("“We are appealing to anyone who was in the Cathedral Quarter between 2am and 4am to get in touch.”", N,
       why="an appeal for witnesses, not an assertion; '2am and 4am' are clock times",
       q=[("“We are appealing to anyone who was in the Cathedral Quarter between 2am and 4am to get in touch.”",
           "Nadia Quill")]),
     S("Quill said officers were examining footage from about 30 cameras in the surrounding streets and "
       "that no arrests had been made.", "Quill", why="reported speech",
       f=[("about 30 cameras", "30")])],
    [S("The museum’s director, Hélène Vasquez, said the stolen objects were insured for about £4.5 million "
       "but were “quite simply priceless” to the city.", "Vasquez",
       why="reported speech with a partial quote",
       q=[("“quite simply priceless”", "Vasquez")], f=[("about £4.5 million", "4500000")])],
    {"s": [
        S("“Some of these pieces have been in Vennmouth for six centuries.", "Vasquez",
          why="inner sentence of a multi-sentence quote; the age of the collection is checkable",
          f=[("six centuries", "6")]),
        S("They survived a great fire and two sieges,” she said.", "Vasquez",
          why="inner sentence carrying the tag; checkable history", f=[("two sieges", "2")]),
        S("“I feel sick.”", N, why="a feeling", q=[("“I feel sick.”", "Vasquez")]),
    ], "q": [("“Some of these pieces have been in Vennmouth for six centuries. "
              "They survived a great fire and two sieges,”", "Vasquez")]},
    [S("The museum confirmed that only one guard had been on duty overnight, down from two guards until "
       "budget cuts last year.", "Vennmouth City Museum",
       why="'confirmed'; the museum is named by the name the article gives it",
       f=[("one guard", "1"), ("two guards", "2")]),
     S("A security guard who has worked at the museum for 11 years, and who asked not to be named, said he "
       "heard glass breaking and raised the alarm within seconds.", "security guard",
       why="unnamed source keeps its description; 'within seconds' has no number",
       f=[("11 years", "11")])],
    {"s": [
        S("“By the time I got upstairs they were gone.", "security guard",
          why="inner sentence of a multi-sentence quote; first-hand account of a checkable event"),
        S("I saw two figures running across the square, and that was it,” he said.", "security guard",
          why="inner sentence carrying the tag; checkable observation", f=[("two figures", "2")]),
    ], "q": [("“By the time I got upstairs they were gone. "
              "I saw two figures running across the square, and that was it,”", "security guard")]},
    [S("Amélie Brunel, a visitor from Montvérac who was staying at a hotel on the square, told the "
       "French-language broadcaster Radio Solenne that she had been woken by a loud bang shortly after 3am.",
       "Amélie Brunel", why="reported speech; '3am' is a clock time"),
     S("«I saw a white van with no lights drive off very fast towards the river,» she said, in remarks "
       "translated from French.", "Amélie Brunel",
       why="the quotation reports a checkable observation; guillemets count as quotation marks",
       q=[("«I saw a white van with no lights drive off very fast towards the river,»", "Amélie Brunel")]),
     S("Police said they were aware of reports of a van and were trying to trace it.", "police",
       why="reported speech")],
    [S("Rupert Achterberg, a former detective who now runs the Stolen Heritage Register, a database of "
       "missing cultural objects, said items as well known as the reliquary were almost never offered for "
       "sale openly.", "Achterberg", why="reported speech: the expert's stated position")],
    {"s": [
        S("“Nobody can walk into an auction house with a piece like that.", N,
          why="inner sentence of a multi-sentence quote; the expert's general judgement, not checkable"),
        S("It is far too famous,” he said.", N, why="opinion"),
        S("“More often, objects like these end up as collateral in other criminal deals, or they simply sit "
          "in a garage for 20 years.”", "Achterberg",
          why="asserts a pattern in how stolen art is handled, checkable against case records",
          q=[("“More often, objects like these end up as collateral in other criminal deals, or they simply "
              "sit in a garage for 20 years.”", "Achterberg")],
          f=[("20 years", "20")]),
    ], "q": [("“Nobody can walk into an auction house with a piece like that. It is far too famous,”",
              "Achterberg")]},
    [S("He said only about 10% of objects stolen from museums are ever recovered.", "Achterberg",
       why="reported speech", f=[("about 10%", "10")])],
    [S("How did the thieves know which cases to target?", N, why="question"),
     S("A source close to the inquiry said detectives were examining whether the gang had help from "
       "someone familiar with the building.", "source close to the inquiry",
       why="unnamed source keeps its description without the article")],
    [S("The museum’s insurers have offered a reward of £50,000 for information leading to the recovery of "
       "the objects.", "", why="fact in the article's own voice", f=[("£50,000", "50000")]),
     S("The museum said it would remain closed until at least Monday while forensic officers complete "
       "their work.", "Vennmouth City Museum",
       why="reported speech; 'at least Monday' is a date, not a FIGURE")],
    [S("For a city that has built its tourist trade on its medieval past, the loss will be felt for a "
       "long time.", N, why="the writer's colour and prediction")],
])

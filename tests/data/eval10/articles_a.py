"""Held-out articles, set A: three original news stories written for the
tenth evaluation set, at ordinary wire, local-news and newspaper density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`marvenia_protest_law_ruling` is a national wire story (a supreme-court
ruling striking down the fines in a contested protest law) with straight
quotes and "\\r\\n", a headline, a dateline and a credit footer;
`wexcombe_jewellers_robbery` is a local-news website crime story (a police
appeal after a hammer raid on a jewellery shop, with one arrest) with curly
double quotes and "\\n\\n" between paragraphs, a headline, a dek, a byline,
a timestamp, a photo caption, a "Read more" link and an appeal boilerplate
line; `eileen_cratchley_obituary` is a newspaper obituary of a retired
textile-union leader and former MP, with curly single quotes (British
style, the apostrophe being the same character as the closing mark) and
"\\n", a headline, a dek, a byline, a photo caption and the closing
born/died line.

Judgement calls made where the guidelines leave room:
- A wire dateline (`CASTELBRUN, June 12 (Halden Wire) -`) is its own item
  with no CLAIM, as in earlier sets. Headline, dek, byline, timestamp,
  caption, photo credit, "Read more" link, appeal boilerplate (phone
  numbers, crime reference), credit footer and the obituary's born/died
  footer get no CLAIM; FIGUREs inside headline and dek are still marked.
- `up to` is an approximator and sits inside the span (`up to 50,000
  florins`, `up to three years`), like `more than` / `at least`; so are
  `around`, `almost` and `some`.
- A vote or ballot result is two values, not a range: `by seven votes to
  two` gives `seven votes` and `two`; `by 38,412 votes to 29,870` gives
  `38,412 votes` and `29,870` (as `94 votes to 87` in set 9). A range of
  money or ages is one FIGURE (`between 5,000 and 50,000 florins` ->
  `5000-50000`; `aged between 20 and 30` -> `between 20 and 30`, `20-30`).
  `from 142 to 168` is two values: two FIGUREs.
- A numeral that refers back to a known group is no FIGURE: `The two
  dissenting judges` (the two of the seven-to-two vote), `the nine
  judges` (of the nine-judge court), `the other two
  men` and `The two men still being sought` (the two suspects not yet
  arrested), `the other two` in a witness's quotation. `One was wearing`
  and `one of them` and `Not one.` are pronoun `one`, not FIGUREs; `one
  arrest` is a count (FIGURE).
- `two more suspects` (headline): `more` stands between number and noun
  and ends the span, so the FIGURE is `two`. Compound nouns are the counted
  noun: `three display cabinets`, `three general elections`.
- A bare number counting a noun that does not directly follow it is a
  FIGURE of the number alone: `112` (of the 200 seats), `12,000` (florins,
  in a quotation), `nine` (of the mills), `31` (a body of 31), `29,870`,
  `a majority of 4,106`. Bare ages are FIGUREs of the number (`Ilona
  Brenk, 67,`; `Man, 31,`; `aged 88`; `at 14`; `at 19`; `by 44`; `aged
  77`). Hyphenated compounds are FIGUREs (`nine-judge`, `10-day`,
  `31-year-old`, `58-year-old`, `41-week`).
- `half` / `About half` is no FIGURE (no number word); `a million` is
  (`more than a million members` -> `1000000`).
- Not FIGUREs: years, year labels and decades (`1991`, `1984`, `the
  1980s`, `in her 1998 memoir`), dates (`June 12`, `October 2024`, `11 May
  1937`), clock times and clock-time ranges (`about 2.40pm`, `between 2pm
  and 3pm`), ordinals (`first year`, `third raid`, `a third man`, `the
  third of five children`), road names (`the A442`), phone numbers and a
  crime reference number, `a minute` / `a week` (articles).
- A nickname or a title of a work inside quotation marks is no QUOTE: the
  law's nickname `"silence law"` (two words) and the memoir title
  `‘Warp and Weft’` (three words).
- Courts: `The nine-judge court ruled ... that the fines ... were "grossly
  disproportionate"` passes on the court's finding, so claimant (and the
  partial quotation's speaker) is the court, named as at its nearest
  mention (`Marvenia's Supreme Court`); `struck down ...` in the lede and
  `The court ordered that all of the fines be refunded` report the ruling
  and an order as events: claimant empty (as `She also disqualified him`
  in set 9). The majority and dissenting opinions are attributed to the
  judges who wrote them (`Helena Varga`, `Marek Olin`; `Justice`
  dropped as a title).
- `according to Interior Ministry figures` -> claimant `Interior
  Ministry`; the next sentence (`About half went to students.`) has no tag
  of its own and is the outlet's voice (claimant empty).
- Police: `Hollin Vale Police said`, `Police said`, `the force said` and
  `According to Hollin Vale Police` all resolve to `Hollin Vale Police`.
  `The two men still being sought are described as ...` is an agentless
  passive: claimant empty. `Detective Inspector` is a title and is
  dropped (`Marcus Aldine`); `Sir` is kept (`Sir Geoffrey Lumb`), as are
  `Dr.` and `Ms`.
- A quotation running over two paragraphs in the newspaper convention
  (the first paragraph has an opening mark but no closing mark, the next
  paragraph reopens the quotation) is two QUOTEs, one per paragraph: the
  first runs from its opening mark to the paragraph's final full stop;
  both take the speaker of the tag in the first paragraph. Each sentence
  inside gets its own decision. Used once in each of stories 2 and 3.
- A quotation plus tag is a CLAIM when the quoted words assert something
  checkable (`has been upheld in full`; a pension and a fine amount; `47
  years and nothing like this has ever happened`; `came running out with
  bags`; `No other union came out with us`); judgements, warnings,
  feelings, appeals, promises and questions are not.
- `Few expected her to win.` is a transitional sentence about what people
  thought, in the outlet's voice: a CLAIM (as `Economists were less sure
  ...` in set 9). `Few union leaders of her generation were as admired, or
  as feared, ...` and `It was not immediately clear whether ...` are an
  opinion and a hedge: not CLAIMs.
- In story 3, `she` always resolves to the subject, whose name the body
  uses in the form `Cratchley` (the nearer `Albert Cratchley` is her
  father, another person).

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. marvenia_protest_law_ruling: national wire story, straight quotes,
#    "\r\n", headline, dateline, credit footer
# ---------------------------------------------------------------------------
ARTICLES["marvenia_protest_law_ruling"] = dict(nl="\r\n", paras=[
    [S('''Marvenia's top court throws out protest-law fines but keeps 10-day notice rule''',
       N, why="Headline: no CLAIM, but its FIGURE (a hyphenated compound) is marked.",
       f=[("10-day", "10")])],
    [
        S('''CASTELBRUN, June 12 (Halden Wire) -''',
          N, why="Dateline: furniture, not part of the first sentence."),
        S('''Marvenia's Supreme Court on Thursday struck down the heaviest penalties in a contested public-order law, throwing out fines of up to 50,000 florins for people who organise unannounced protests, but left in place a rule that marches must be notified to police 10 days in advance.''',
          "", why="The ruling reported as an event in the wire's voice. 'up to' is an approximator.",
          f=[("up to 50,000 florins", "50000"), ("10 days", "10")]),
    ],
    [
        S('''The nine-judge court ruled by seven votes to two that the fines, introduced under the Public Assembly Act that parliament passed in March last year, were "grossly disproportionate" and violated the constitution's guarantee of free assembly.''',
          "Marvenia's Supreme Court", why="'ruled ... that' passes on the court's finding; 'The nine-judge court' resolves to the name at its nearest mention. A vote is two values: two FIGUREs. 'March last year' is a date.",
          q=[('''"grossly disproportionate"''', "Marvenia's Supreme Court")],
          f=[("nine-judge", "9"), ("seven votes", "7"), ("two", "2")]),
    ],
    [
        S('''The law, which opponents call the "silence law", was pushed through parliament by Prime Minister Viktor Halasz's National Renewal party after a winter of pension protests in which more than 200,000 people marched in Castelbrun on a single day.''',
          "", why="Background in the wire's voice. The two-word nickname in quotation marks is not a QUOTE.",
          f=[("more than 200,000 people", "200000")]),
    ],
    [
        S('''Under the act, organisers who failed to give notice faced fines of between 5,000 and 50,000 florins, and repeat offenders could be banned from organising any public event for up to three years.''',
          "", why="What the act provides, in the wire's voice. A range is one FIGURE.",
          f=[("between 5,000 and 50,000 florins", "5000-50000"), ("up to three years", "3")]),
    ],
    [
        S('''The case reached the Supreme Court after a lower court in Castelbrun referred it in January, and the nine judges heard two days of argument in April.''',
          "", why="Procedural history in the wire's voice. 'the nine judges' refers back to the nine-judge court (known group): no FIGURE; 'two days' is a duration.",
          f=[("two days", "2")]),
    ],
    [
        S('''Police issued 1,184 fines under the law in its first year, totalling about 9.6 million florins, according to Interior Ministry figures.''',
          "Interior Ministry", why="'according to Interior Ministry figures'. 'first year' is an ordinal.",
          f=[("1,184 fines", "1184"), ("about 9.6 million florins", "9600000")]),
        S('''About half went to students.''',
          "", why="No tag of its own: the wire's voice. 'half' is no FIGURE."),
    ],
    [
        S('''The court ordered that all of the fines be refunded within 90 days.''',
          "", why="An order reported as an event (claimant empty, as 'She also disqualified him' in set 9).",
          f=[("90 days", "90")]),
    ],
    [
        S('''Writing for the majority, Justice Helena Varga said parliament was entitled to regulate protests but not to make the right to assemble "depend on a citizen's bank balance."''',
          "Helena Varga", why="Reported speech with a partial quotation; 'Justice' is a title and is dropped. The full stop is inside the closing mark, so inside the QUOTE.",
          q=[('''"depend on a citizen's bank balance."''', "Helena Varga")]),
    ],
    [
        S('''"The state may ask to be told when and where its citizens intend to gather," Varga wrote, "but it may not ruin them for failing to tell it."''',
          N, why="One sentence with a quotation split by its tag: two QUOTEs. A legal principle/opinion, not a checkable fact.",
          q=[('''"The state may ask to be told when and where its citizens intend to gather,"''', "Varga"),
             ('''"but it may not ruin them for failing to tell it."''', "Varga")]),
    ],
    [
        S('''On the notice period, Varga wrote that 10 days was "a reasonable burden" given the need to plan policing and close roads.''',
          "Varga", why="Reported (written) position with a partial quotation.",
          q=[('''"a reasonable burden"''', "Varga")],
          f=[("10 days", "10")]),
    ],
    [
        S('''In a dissent, Justice Marek Olin said the majority had "substituted its own view for that of parliament" on a question of penal policy that belonged to elected lawmakers.''',
          "Marek Olin", why="Reported speech; title dropped.",
          q=[('''"substituted its own view for that of parliament"''', "Marek Olin")]),
        S('''The two dissenting judges were both appointed by the current government in 2023.''',
          "", why="A checkable fact. 'The two dissenting judges' refers back to the two votes already counted: no FIGURE. '2023' is a year."),
    ],
    [
        S('''Justice Minister Pavel Drozd said the government "respects the court's decision" and would study the judgment before deciding whether to bring forward new penalties.''',
          "Pavel Drozd", why="Reported speech; 'Justice Minister' is a title and is dropped.",
          q=[('''"respects the court's decision"''', "Pavel Drozd")]),
    ],
    [
        S('''"The notice requirement, which is the heart of this law, has been upheld in full," Drozd told reporters outside the ministry.''',
          "Drozd", why="Quotation plus tag asserting a checkable fact (the notice rule was upheld in full).",
          q=[('''"The notice requirement, which is the heart of this law, has been upheld in full,"''', "Drozd")]),
        S('''"Public order in this country will be protected."''',
          N, why="Continuation quotation; a promise.",
          q=[('''"Public order in this country will be protected."''', "Drozd")]),
        S('''Halasz's office did not respond to a request for comment.''',
          "", why="A checkable fact in the wire's voice (not boilerplate: it reports a non-response)."),
    ],
    [
        S('''It was not immediately clear whether the government would try to reintroduce fines at a lower level.''',
          N, why="A hedge: states only what is not known."),
        S('''National Renewal holds 112 of the 200 seats in parliament, and the next election is due by spring 2027.''',
          "", why="'112' counts seats (the noun does not follow it): FIGURE of the number alone. 'spring 2027' is a date.",
          f=[("112", "112"), ("200 seats", "200")]),
    ],
    [
        S('''The Marvenian Civil Liberties Union, which brought the case on behalf of 14 protesters, called the ruling "a partial victory" and said it would keep fighting the notice rule.''',
          "Marvenian Civil Liberties Union", why="Organisation as claimant: 'called ... and said' passes on its position.",
          q=[('''"a partial victory"''', "Marvenian Civil Liberties Union")],
          f=[("14 protesters", "14")]),
        S('''"Ten days is long enough for the reason for a protest to have passed," the group said in a statement.''',
          N, why="Quotation plus tag; an argument. 'the group' resolves to the organisation. The duration is still a FIGURE.",
          q=[('''"Ten days is long enough for the reason for a protest to have passed,"''', "Marvenian Civil Liberties Union")],
          f=[("Ten days", "10")]),
    ],
    [
        S('''Among the plaintiffs is Ilona Brenk, 67, a retired teacher who was fined 12,000 florins in October 2024 for organising a vigil of about 40 people outside a hospital that was due to close.''',
          "", why="Bare age is a FIGURE; 'October 2024' a date.",
          f=[("67", "67"), ("12,000 florins", "12000"), ("about 40 people", "40")]),
    ],
    [
        S('''"My pension is 1,100 florins a month, and they wanted 12,000 from me," Brenk said by telephone.''',
          "Brenk", why="Quotation plus tag asserting checkable amounts. '12,000' counts florins (noun does not follow): FIGURE of the number alone.",
          q=[('''"My pension is 1,100 florins a month, and they wanted 12,000 from me,"''', "Brenk")],
          f=[("1,100 florins", "1100"), ("12,000", "12000")]),
        S('''"Was I supposed to stop caring about my town?"''',
          N, why="A question.",
          q=[('''"Was I supposed to stop caring about my town?"''', "Brenk")]),
    ],
    [
        S('''Dr. Anna Feher, a constitutional lawyer at Castelbrun University, said it was the most significant ruling on civil liberties since the court was created in 1991.''',
          "Dr. Anna Feher", why="Reported speech; 'Dr.' kept. '1991' is a year."),
        S('''"The court has told parliament there is a ceiling, and that this law went through it," she said.''',
          N, why="Quotation plus tag; her reading of the judgment (an opinion). 'she' resolves to Dr. Anna Feher.",
          q=[('''"The court has told parliament there is a ceiling, and that this law went through it,"''', "Dr. Anna Feher")]),
        S('''"Whether the government accepts that is another matter."''',
          N, why="Continuation quotation; an opinion.",
          q=[('''"Whether the government accepts that is another matter."''', "Dr. Anna Feher")]),
    ],
    [S('''(Reporting by Nadia Szabo; Editing by Tom Ellery)''', N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. wexcombe_jewellers_robbery: local-news website crime story, curly
#    double quotes, "\n\n", headline, dek, byline, timestamp, caption,
#    "Read more" line, appeal boilerplate
# ---------------------------------------------------------------------------
ARTICLES["wexcombe_jewellers_robbery"] = dict(nl="\n\n", paras=[
    [S("Man, 31, arrested after hammer raid on Wexcombe jewellers as police hunt two more suspects",
       N, why="Headline: no CLAIM; the bare age is a FIGURE; 'more' ends the span of 'two more suspects'.",
       f=[("31", "31"), ("two", "2")])],
    [S("Robbers smashed three display cabinets and escaped with watches and rings worth about £240,000 in less than a minute",
       N, why="Dek: no CLAIM, FIGUREs marked; 'display cabinets' is a compound counted noun; 'a minute' is an article.",
       f=[("three display cabinets", "3"), ("about £240,000", "240000")])],
    [S("By Hannah Kettering, Chief Reporter", N, why="Byline.")],
    [S("Published 18:52, 18 NOV 2025 | Updated 10:05, 19 NOV 2025", N, why="Timestamp (clock times and dates).")],
    [S("Police tape outside Pemberton & Lowe on Market Hill on Monday afternoon (Image: Wexcombe Live)",
       N, why="Photo caption with credit.")],
    [
        S("A 31-year-old man has been arrested after two robbers armed with a hammer smashed their way into a Wexcombe jewellery shop and fled with stock worth about £240,000.",
          "", f=[("31-year-old", "31"), ("two robbers", "2"), ("about £240,000", "240000")]),
    ],
    [
        S("The raid at Pemberton & Lowe on Market Hill happened at about 2.40pm on Monday, when three staff and four customers were inside, Hollin Vale Police said.",
          "Hollin Vale Police", why="Organisation as claimant. 'about 2.40pm' is a clock time, not a FIGURE.",
          f=[("three staff", "3"), ("four customers", "4")]),
    ],
    [
        S("Police said two men wearing dark motorcycle helmets walked in, one of them carrying a lump hammer, and smashed three display cabinets in less than a minute.",
          "Hollin Vale Police", why="'Police' resolves to the force at its nearest mention. 'one of them' is pronoun 'one'; 'a minute' an article.",
          f=[("two men", "2"), ("three display cabinets", "3")]),
        S("They took around 60 watches and trays of diamond rings before escaping on a black moped ridden by a third man that had been waiting outside.",
          "", why="No tag of its own: the site's voice. 'third' is an ordinal.",
          f=[("around 60 watches", "60")]),
    ],
    [
        S("A 58-year-old member of staff was treated at the scene for a cut to her hand caused by flying glass.",
          "", f=[("58-year-old", "58")]),
    ],
    [
        S("A 31-year-old man from the Brackley Park area of the town was arrested at an address in Cowell Road on Tuesday evening on suspicion of robbery and remains in custody, the force said.",
          "Hollin Vale Police", why="'the force' resolves to Hollin Vale Police.",
          f=[("31-year-old", "31")]),
        S("He has not been named.", "", why="A checkable fact in the site's voice."),
    ],
    [
        S("A moped believed to have been used in the raid was found burnt out on farmland off the A442 near Tilsey later on Monday.",
          "", why="'A442' is a road name: no FIGURE."),
    ],
    [
        S("Detective Inspector Marcus Aldine, who is leading the investigation, said: “This was a terrifying ordeal for the staff and customers, who did exactly the right thing by staying out of the robbers’ way.",
          N, why="Tag plus quotation giving a judgement/praise. The quotation runs on into the next paragraph (no closing mark here): QUOTE from the opening mark to the paragraph's last character. Title dropped from the speaker.",
          q=[("“This was a terrifying ordeal for the staff and customers, who did exactly the right thing by staying out of the robbers’ way.", "Marcus Aldine")]),
    ],
    {"s": [
        S("“We have made one arrest and we are still looking for the other two men.",
          "Marcus Aldine", why="Continuation of the quotation from the previous paragraph; checkable facts. 'one arrest' is a count (FIGURE); 'the other two men' refers back to the known suspects: no FIGURE.",
          f=[("one arrest", "1")]),
        S("I would urge anyone who was on Market Hill between 2pm and 3pm on Monday, or who has dashcam footage from the Tilsey road, to get in touch.”",
          N, why="An appeal. A clock-time range is no FIGURE."),
    ], "q": [("“We have made one arrest and we are still looking for the other two men. I would urge anyone who was on Market Hill between 2pm and 3pm on Monday, or who has dashcam footage from the Tilsey road, to get in touch.”", "Marcus Aldine")]},
    [
        S("Gillian Pemberton, 64, whose father opened the shop in 1978, said staff had pressed the panic alarm as soon as the men came through the door.",
          "Gillian Pemberton", why="Reported speech; bare age is a FIGURE, '1978' a year.",
          f=[("64", "64")]),
    ],
    [
        S("“I heard the glass go,” she said, “and all I could think was, please don’t let anyone be hurt.”",
          N, why="Quotation split by its tag: two QUOTEs. Her feelings, not a checkable fact. 'she' resolves to Gillian Pemberton.",
          q=[("“I heard the glass go,”", "Gillian Pemberton"),
             ("“and all I could think was, please don’t let anyone be hurt.”", "Gillian Pemberton")]),
        S("“We’ve been on this street for 47 years and nothing like this has ever happened to us.”",
          "Gillian Pemberton", why="Continuation quotation asserting checkable facts; the tag's speaker.",
          q=[("“We’ve been on this street for 47 years and nothing like this has ever happened to us.”", "Gillian Pemberton")],
          f=[("47 years", "47")]),
    ],
    [
        S("Ms Pemberton said the stock was insured but the shop would stay closed until at least Saturday while the cabinets were replaced.",
          "Ms Pemberton", why="Reported speech; 'Ms' kept. 'at least Saturday' is a day, not a quantity."),
        S("The family is offering a £10,000 reward for information that leads to the jewellery being recovered.",
          "", f=[("£10,000", "10000")]),
    ],
    [
        S("Sam Okoro, 22, who works at a café opposite, said he saw the moped waiting with its engine running for “at least five minutes” before the raid.",
          "Sam Okoro", why="Reported speech; the partial quotation is a QUOTE and the duration inside it a FIGURE (spans nest).",
          q=[("“at least five minutes”", "Sam Okoro")],
          f=[("22", "22"), ("at least five minutes", "5")]),
        S("“I thought he was a delivery driver,” he said.",
          N, why="Quotation plus tag; what he believed at the time, not a checkable fact about the world.",
          q=[("“I thought he was a delivery driver,”", "Sam Okoro")]),
        S("“Then I heard the alarm and the other two came running out with bags.”",
          "Sam Okoro", why="Continuation quotation describing an event he witnessed: checkable. 'the other two' refers back to the two robbers: no FIGURE.",
          q=[("“Then I heard the alarm and the other two came running out with bags.”", "Sam Okoro")]),
    ],
    [
        S("The two men still being sought are described as white, aged between 20 and 30 and of slim build.",
          "", why="Agentless passive: no named source, claimant empty. 'The two men' refers back to the known suspects; the age range is one FIGURE.",
          f=[("between 20 and 30", "20-30")]),
        S("One was wearing a grey hooded top with a white logo on the front.",
          "", why="'One' is a pronoun, not a FIGURE."),
    ],
    [
        S("It is the third raid on a jeweller in the county this year, after robberies in Aldersby in March and in Collingham in August in which goods worth almost £400,000 were taken.",
          "", why="'third' is an ordinal; months are dates.",
          f=[("almost £400,000", "400000")]),
        S("According to Hollin Vale Police, robberies of businesses in the county rose by 18% in the 12 months to September, from 142 to 168.",
          "Hollin Vale Police", why="'According to'. 'from 142 to 168' is two values: two FIGUREs.",
          f=[("18%", "18"), ("12 months", "12"), ("142", "142"), ("168", "168")]),
    ],
    [
        S("The Market Hill Traders Association said in a statement that members were “shocked and saddened” and that it would ask the council to bring forward plans for extra CCTV cameras on the street.",
          "Market Hill Traders Association", why="Organisation as claimant and speaker.",
          q=[("“shocked and saddened”", "Market Hill Traders Association")]),
        S("Will it be enough to reassure shoppers before Christmas?",
          N, why="A question."),
    ],
    [S("Read more: Wexcombe market traders call for more police patrols after spate of thefts",
       N, why="'Read more' link (boilerplate).")],
    [S("Anyone with information is asked to call Hollin Vale Police on 101, quoting crime reference 45/112233/25, or to contact the anonymous Safe Report line on 0800 555 111.",
       N, why="Appeal boilerplate; phone numbers and a reference number are not FIGUREs.")],
])

# ---------------------------------------------------------------------------
# 3. eileen_cratchley_obituary: newspaper obituary, curly single quotes
#    (British style), "\n", headline, dek, byline, caption, born/died line
# ---------------------------------------------------------------------------
ARTICLES["eileen_cratchley_obituary"] = dict(nl="\n", paras=[
    [S("Eileen Cratchley obituary", N, why="Headline.")],
    [S("Weaver who led textile workers through a 41-week strike in the 1980s and went on to serve 14 years as an MP",
       N, why="Dek: no CLAIM, FIGUREs marked; 'the 1980s' is a decade, not a FIGURE.",
       f=[("41-week", "41"), ("14 years", "14")])],
    [S("By Peter Annesley", N, why="Byline.")],
    [
        S("Eileen Cratchley addressing strikers outside Calder Mill, Lowmoor, in 1984.",
          N, why="Photo caption."),
        S("Photograph: Northern Courier archive", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Eileen Cratchley, who has died aged 88, went into a Lowmoor spinning mill at 14 and, by 44, had become the first woman to run a national textile union.",
          "", why="Bare ages are FIGUREs of the number; 'first' is an ordinal.",
          f=[("88", "88"), ("14", "14"), ("44", "44")]),
    ],
    [
        S("As general secretary of the National Union of Textile and Allied Workers from 1981 to 1993, Cratchley led its 140,000 members through the longest strike in the industry’s history, and she went on to represent Lowmoor South in parliament for 14 years.",
          "", why="'from 1981 to 1993' is a span of years, not a FIGURE range.",
          f=[("140,000 members", "140000"), ("14 years", "14")]),
        S("Her death, at a care home in Skellow, was announced on Tuesday by her family.",
          "", why="The announcement reported as an event."),
    ],
    [
        S("She was born in Lowmoor, the third of five children of Albert Cratchley, a coal carter, and his wife, Nora (nee Pilling), a weaver, and left Castle Street school at 14 with no qualifications.",
          "", why="'third' is an ordinal; 'five children' a count; the age '14' a FIGURE.",
          f=[("five children", "5"), ("14", "14")]),
        S("Within two years she was working four looms at Hebden Brothers’ Calder Mill for £3 a week, and had joined the union.",
          "", why="'a week' is an article.",
          f=[("two years", "2"), ("four looms", "4"), ("£3", "3")]),
    ],
    [
        S("In her 1998 memoir, ‘Warp and Weft’, she wrote that the weaving shed was ‘like standing inside a drum for ten hours a day, with no way of getting out of the drum’.",
          "Cratchley", why="Reported (written) statement. The book title in quotation marks is not a QUOTE; the partial quotation is (speaker by the subject's name as the body uses it). British punctuation: the full stop is outside the closing mark. '1998' is a year label.",
          q=[("‘like standing inside a drum for ten hours a day, with no way of getting out of the drum’", "Cratchley")],
          f=[("ten hours", "10")]),
    ],
    [
        S("She became a shop steward at 19, the youngest in the district, and left the mill floor after 12 years to become a full-time organiser in 1963.",
          "", f=[("19", "19", 1), ("12 years", "12")]),
        S("In 1974 she was elected to the union’s national executive, one of only two women on a body of 31.",
          "", why="'one of only' is pronoun 'one'; '31' counts members (noun does not follow).",
          f=[("two women", "2"), ("31", "31")]),
    ],
    [
        S("When the general secretary’s post fell vacant in 1981, she beat the executive’s favoured candidate, Dennis Mawdsley, by 38,412 votes to 29,870.",
          "", why="A ballot result is two values, not a range: two FIGUREs.",
          f=[("38,412 votes", "38412"), ("29,870", "29870")]),
        S("Few expected her to win.",
          "", why="A transitional sentence about what people thought, in the paper's voice (as 'Economists were less sure ...' in set 9)."),
    ],
    [
        S("The strike that defined her leadership began in March 1984 over the planned closure of 11 mills in the Calder valley.",
          "", why="'March 1984' is a date.",
          f=[("11 mills", "11")]),
        S("It lasted 41 weeks and at its height involved some 23,000 workers, many of them women who had never been on strike before.",
          "", why="'some' is an approximator.",
          f=[("41 weeks", "41"), ("some 23,000 workers", "23000")]),
        S("It ended in defeat: nine of the mills closed within two years, with the loss of more than 6,000 jobs.",
          "", why="Checkable outcome. 'nine' counts mills (noun does not follow directly): FIGURE of the number alone.",
          f=[("nine", "9"), ("two years", "2"), ("more than 6,000 jobs", "6000")]),
    ],
    [
        S("‘We did not lose because we were wrong,’ she told the union’s conference in Scarsby the following spring.",
          N, why="Quotation plus tag; a judgement. 'she' resolves to Cratchley.",
          q=[("‘We did not lose because we were wrong,’", "Cratchley")]),
        S("‘We lost because we were on our own.",
          N, why="Continuation quotation; her explanation of the defeat (a judgement). The quotation runs over into the next paragraph, so this QUOTE has no closing mark and ends at the paragraph's final full stop.",
          q=[("‘We lost because we were on our own.", "Cratchley")]),
    ],
    {"s": [
        S("‘No other union came out with us.",
          "Cratchley", why="Continuation of the quotation from the previous paragraph (reopened with a new mark); a checkable fact."),
        S("Not one.",
          N, why="An emphatic fragment; 'one' is a pronoun, not a FIGURE."),
        S("I will not forget it, and neither should you.’",
          N, why="A resolve and an exhortation."),
    ], "q": [("‘No other union came out with us. Not one. I will not forget it, and neither should you.’", "Cratchley")]},
    [
        S("Few union leaders of her generation were as admired, or as feared, by their own side.",
          N, why="The obituarist's opinion."),
    ],
    [
        S("She left the union in 1993 and three years later won the Lowmoor South by-election for the Radical Labour party with a majority of 4,106, holding the seat at three general elections before standing down in 2010.",
          "", why="'three years later' is a number with its unit (FIGURE, as 'two years ago' in set 9); 'general elections' is a compound counted noun; '4,106' counts votes (noun does not follow).",
          f=[("three years", "3"), ("4,106", "4106"), ("three general elections", "3")]),
    ],
    [
        S("She voted against her own party’s whip 62 times, according to the parliamentary monitoring site Division Watch, more than any other Radical Labour MP of her era.",
          "Division Watch", why="'according to' the monitoring site.",
          f=[("62 times", "62")]),
        S("Her only spell on the front bench, as a junior employment minister, lasted 11 months.",
          "", f=[("11 months", "11")]),
        S("She resigned in 2002 over plans to cut statutory redundancy pay, telling MPs she ‘could not ask a weaver in Lowmoor to take less than I would take myself’.",
          "Cratchley", why="Passes on what she told MPs (reported speech with a partial quotation).",
          q=[("‘could not ask a weaver in Lowmoor to take less than I would take myself’", "Cratchley")]),
    ],
    [
        S("Sir Geoffrey Lumb, who led the party from 1999 to 2006, said on Tuesday that she had been ‘the most awkward colleague I ever had, and the most honest’.",
          "Sir Geoffrey Lumb", why="Reported speech; 'Sir' is an honorific and is kept.",
          q=[("‘the most awkward colleague I ever had, and the most honest’", "Sir Geoffrey Lumb")]),
        S("‘She cost me more sleep than the opposition ever did,’ he said.",
          N, why="Quotation plus tag; a humorous judgement. 'he' resolves to Sir Geoffrey Lumb.",
          q=[("‘She cost me more sleep than the opposition ever did,’", "Sir Geoffrey Lumb")]),
        S("‘I would not have had it any other way.’",
          N, why="Continuation quotation; a feeling.",
          q=[("‘I would not have had it any other way.’", "Sir Geoffrey Lumb")]),
    ],
    [
        S("Unitas, the general union into which the textile workers merged in 2004 and which now has more than a million members, said she had ‘fought for every job as if it were her own’.",
          "Unitas", why="Organisation as claimant and speaker. 'a million' is a FIGURE.",
          q=[("‘fought for every job as if it were her own’", "Unitas")],
          f=[("more than a million members", "1000000")]),
        S("Its general secretary, Farida Qureshi, called her ‘the reason I joined a union’.",
          "Farida Qureshi", why="'called her ...' passes on her stated position; the job title is dropped.",
          q=[("‘the reason I joined a union’", "Farida Qureshi")]),
    ],
    [
        S("How would a mill girl from Lowmoor fare in today’s parliament?",
          N, why="A question."),
        S("Not well, she told this newspaper in 2015, because ‘they want people who have been to the right schools’.",
          "Cratchley", why="Reported speech (what she told the paper) with a partial quotation; '2015' is a year.",
          q=[("‘they want people who have been to the right schools’", "Cratchley")]),
    ],
    [
        S("In 1959 she married Frank Oddie, a tackler at Calder Mill, who died in 2011, aged 77.",
          "", why="Bare age is a FIGURE; years are not.",
          f=[("77", "77")]),
        S("She kept her own name, she said, ‘because it was on my union card first’.",
          "Cratchley", why="Reported speech with a partial quotation ('she said' passes on her reason).",
          q=[("‘because it was on my union card first’", "Cratchley")]),
        S("She is survived by their two sons, Martin and Paul, five grandchildren and a great-grandson.",
          "", why="'a great-grandson' has the article 'a', not a number.",
          f=[("two sons", "2"), ("five grandchildren", "5")]),
    ],
    [S("Eileen Cratchley, trade unionist and politician, born 11 May 1937; died 3 February 2026",
       N, why="Obituary footer (born/died line); dates are not FIGUREs.")],
])

"""Held-out articles, set A (writer a): three original news stories written
for the eleventh evaluation set, at ordinary wire and regional-newspaper
density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the eval8-eval10 sets.
`coastguard_ferry_rescue` is a wire story (a passenger ferry runs aground
on a reef in a storm and everyone on board is taken off overnight; a
coastguard spokesman, the operator's statement, two passengers) with
straight double quotes and "\\r\\n", a headline, a dateline and a credit
footer; a passenger's quotation runs over two paragraphs in the wire
convention. `sanctions_steel_tariffs` is a wire business/diplomacy story
(a government imposes anti-dumping tariffs on a neighbour's steel; the two
ministers, an anonymous official, two industry groups and an analyst) with
curly double quotes and "\\n\\n", a headline, a dateline and a credit
footer. `hospital_cyberattack` is a regional-newspaper story (a ransomware
attack on a hospital group; the chief executive, a nurse known only by her
first name, a patient and a cybersecurity expert) with curly double
quotes and "\\n", a headline holding a quotation, a byline, a timestamp, a
photo caption with credit, a helpline line and a "Related:" line.

Judgement calls made where the guidelines leave room (the conventions of
the earlier sets are followed where they apply):
- Headline, dateline (its own item before the first sentence, as in
  earlier sets), byline, timestamp, photo caption and credit, helpline
  line, "Related:" line and credit footer get no CLAIM; QUOTEs and FIGUREs
  inside them are still marked (the ferry headline's `412` and `23`, the
  tariff headline's `up to 35%`, the hospital headline's quotation and
  `1,200 appointments`, the caption's `three sites`, the related link's
  `58,000`).
- Headline `Ferry with 412 aboard ..., 23 hurt`: `aboard` is an adverb and
  `hurt` a participle of an elided verb (as `five wounded` in eval8), so
  both FIGUREs are the bare numbers.
- `400-odd` (a passenger's `There were 400-odd of us`): the suffix `-odd`
  is an approximator written into a hyphenated number, so the compound is
  one FIGURE with value 400 (no noun follows: `of us`).
- `hundreds of times` and `thousands of jobs`: `hundreds` / `thousands`
  are inexact number words like `dozens`, so FIGUREs with an empty value;
  the noun does not directly follow (`of` stands between), so the span is
  the word alone. In `"hundreds of times"` the FIGURE nests in the QUOTE.
- `aged six and nine` (two daughters) are two ages, not a range: two
  FIGUREs of the bare numbers.
- A numeral that only sums up a set already named or counted is no
  FIGURE: `Of the 23 injured` (the 23 of the lede), `The two countries`,
  `The group's three hospitals` (the three hospitals named in
  the second body paragraph), like `the two leaders` in the guidelines. `four`
  (of the injured) and `six` (months, in `reviewed after six`) are new
  counts: FIGUREs of the bare number.
- `two rescue helicopters`: `rescue` is a noun modifier (noun-noun
  compound), so it stays in the span; `140 planned operations`: the
  adjective `planned` ends the span, so the FIGURE is `140`; `three
  steelworks`, `11 mills`, `two sticks`, `two engines` are plain counts.
- `between 20% and 35%`, `8% to 12%`, `two to three weeks`, `between three
  and six weeks` are ranges: one FIGURE each with value `low-high`. `rose
  48% last year to 2.1 million tonnes` and `from 18% to nearly 30%` are a
  change and a level / a before and an after: two FIGUREs each.
- Not FIGUREs: `half an hour`, `almost an hour`, `over a year`, `a year`
  (no number word / the article), `twice a day`, `roughly a quarter`,
  clock times (`10 p.m.`, `about 6 a.m.`, `between 8am and 8pm`), dates
  and years (`March 3`, `July 1`, `2019`, `2021`, `2023`), ordinals
  (`first lifeboat`, `first thought`, `second serious incident`, `second
  ransomware attack`), `one of its two engines` / `every one of them`
  (pronoun `one`), the helpline number.
- The colon-introduced quotation `The minister was blunt: "..."` is judged
  like eval7's `She said: "..."`: the frame only characterises the manner,
  so the sentence stands or falls with the quoted words (here a checkable
  assertion about selling below cost, plus a resolve: CLAIM); `The
  minister` resolves to the name at the nearest mention (`Oskar Brandell`,
  the only earlier mention).
- `according to customs data` names no author, so the claimant is the
  description without its article, `customs data` (as `city records` in
  eval7). The following sentence has no tag of its own and is in the
  wire's voice.
- An unnamed official `who spoke on condition of anonymity` keeps the
  description without the article: `senior Varenian official` (as
  `senior Kalvonian diplomat` in eval3).
- Organisation descriptions resolve to the name at the nearest mention:
  `the coastguard said` -> `Northern Coastguard`; `The operator said in a
  statement`, `the statement said` and `according to the company` ->
  `Saltway Lines`; `the ministry said` -> `Ministry of Trade and
  Industry`; `The group said` / `the group said` -> `Tarran Valley
  Hospitals Group`. The harbour office with no proper name keeps its
  description: `Port Marrick harbourmaster's office`.
- A sentence mixing the wire's own facts with an attributed part gets the
  claimant of the attributed part (eval9): `... with what the coastguard
  described as serious but not life-threatening injuries ...` and `... and
  the coastguard said a small amount of fuel had leaked ...` ->
  `Northern Coastguard`.
- `Saltway Lines did not say why the ferry had sailed.` is a checkable
  non-statement in the wire's voice (as `did not respond to a request for
  comment`): CLAIM, claimant empty. `Not everyone in Estmark welcomed the
  move.` is a state of affairs about views in the wire's voice (as `Not
  everyone was convinced.` in eval10): CLAIM.
- A nurse who asks to be `identified only by her first name, Joanne`
  is named `Joanne` throughout (speaker of the headline quotation too,
  named as at her nearest mention in the body); `she said` / `she added`
  in the following paragraphs resolve to `Joanne`. `Chief executive` is a
  job title and is dropped, `Dr` is kept (`Dr Helen Achebe`, also for the
  `She said` opening the next paragraph); the spelled-out academic
  `Professor` is kept like `Prof.` in eval9 (`Professor Ravi Mendel`, also
  for `he said` and the next paragraph's `He added`). Job descriptions
  (`coastguard spokesman`, `Passenger`, `Lorry driver`, `Trade Minister`,
  `economy minister`, `director general`, `an analyst at ...`) are
  dropped.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable, even with sentiment (the waves and the lifeboat; who was
  taken off first; the passenger's account of the grounding and the
  evacuation; 20 years on the run; the containment boom; `We're back to
  pen and paper` as a description of how the wards now work; `Nobody came
  to harm`; two sticks for over a year; the denial that the mills are
  subsidised; the market-share history); refusals and pledges (`We will
  not be paying a ransom`), apologies, what a speaker thought or feared,
  judgements (`My girls were very brave`, `Hospitals are the perfect
  target`) and predictions (`some Varenian mills will still be able to
  undercut us`) are not.
- The patient-helpline line is service information for readers
  (boilerplate, no CLAIM); `The group said patients should attend
  appointments as planned ...` is reported advice from the group: a CLAIM
  (as the regulator's advice in eval10).

Every person, organisation, vessel, place and currency named here is
invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. coastguard_ferry_rescue: wire story, straight quotes, "\r\n", headline,
#    dateline, credit footer; a quotation over two paragraphs
# ---------------------------------------------------------------------------
ARTICLES["coastguard_ferry_rescue"] = dict(nl="\r\n", paras=[
    [S('''Ferry with 412 aboard runs aground in storm off Kestholm Island, 23 hurt''',
       N, why="Headline: no CLAIM; its FIGUREs are marked. 'aboard' is an adverb and 'hurt' a participle (as 'five wounded' in eval8): bare numbers.",
       f=[("412", "412"), ("23", "23")])],
    [
        S('''PORT MARRICK, March 3 (Tidewater News) -''',
          N, why="Dateline: furniture, not part of the first sentence."),
        S('''A passenger ferry carrying 412 people ran aground on a reef off Kestholm Island during a storm late on Sunday, and everyone on board was taken off in an overnight rescue that left 23 people injured, the Northern Coastguard said on Monday.''',
          "Northern Coastguard", why="The lede passes on the coastguard's account.",
          f=[("412 people", "412"), ("23 people", "23")]),
    ],
    [
        S('''The Saltway Lines ferry Marisol Star, with 385 passengers and 27 crew on board, struck the reef about 2 km from Kestholm harbour shortly after 10 p.m. as winds gusting at more than 100 km/h pushed it off course, the coastguard said.''',
          "Northern Coastguard", why="'the coastguard' resolves to the name at its nearest mention. '10 p.m.' is a clock time; the speed keeps its unit.",
          f=[("385 passengers", "385"), ("27 crew", "27"), ("about 2 km", "2"), ("more than 100 km/h", "100")]),
    ],
    [
        S('''Lifeboat crews, two rescue helicopters and a flotilla of fishing boats took part in the operation, and the last passengers reached Port Marrick at about 6 a.m., more than seven hours after the ship ran aground.''',
          "", why="No tag of its own: the wire's voice. 'rescue helicopters' is a noun-noun compound; 'about 6 a.m.' a clock time.",
          f=[("two rescue helicopters", "2"), ("more than seven hours", "7")]),
    ],
    [
        S('''Of the 23 injured, four were flown to hospital in Port Marrick with what the coastguard described as serious but not life-threatening injuries, among them a 71-year-old man with a head wound.''',
          "Northern Coastguard", why="Mixes the wire's facts with the coastguard's description: the attributed part gives the claimant. 'the 23 injured' refers back to the lede's count: no FIGURE; 'four' counts the injured (noun does not follow).",
          f=[("four", "4"), ("71-year-old", "71")]),
        S('''The others were treated for cuts, bruises and hypothermia on the island or at the harbour.''',
          "", why="A checkable fact in the wire's voice."),
    ],
    [
        S('''"The sea was very rough, with waves of up to six metres, and the first lifeboat could not get alongside for almost an hour," said coastguard spokesman Anders Holm.''',
          "Anders Holm", why="Quotation plus inverted tag asserting checkable facts (wave height, the delay). Job description dropped. 'first' is an ordinal; 'almost an hour' has the article 'an'.",
          q=[('''"The sea was very rough, with waves of up to six metres, and the first lifeboat could not get alongside for almost an hour,"''', "Anders Holm")],
          f=[("up to six metres", "6")]),
        S('''"Once we had the helicopters overhead, we were able to bring people off steadily, starting with children, the elderly and the injured."''',
          "Anders Holm", why="Continuation quotation: an account of how the evacuation was done (checkable).",
          q=[('''"Once we had the helicopters overhead, we were able to bring people off steadily, starting with children, the elderly and the injured."''', "Anders Holm")]),
    ],
    [
        S('''Holm said the ship's master had reported losing power to one of its two engines about 20 minutes before the grounding, but that it was too early to say whether that had caused the accident.''',
          "Holm", why="Reported speech. 'one of' is a pronoun; 'two engines' a count.",
          f=[("two engines", "2"), ("about 20 minutes", "20")]),
    ],
    [
        S('''The operator said in a statement that it was "deeply sorry" for the distress caused to passengers and their families and was cooperating fully with the coastguard and the Maritime Accident Investigation Board, which has opened an inquiry.''',
          "Saltway Lines", why="'The operator said in a statement' resolves to the company's name; the two-word partial quotation is a QUOTE.",
          q=[('''"deeply sorry"''', "Saltway Lines")]),
        S('''"Our first thought is for the people who were on board last night, and we will support every one of them," the statement said.''',
          N, why="Quotation plus tag; sympathy and a pledge. The statement is the company's. 'first' is an ordinal, 'every one' a pronoun.",
          q=[('''"Our first thought is for the people who were on board last night, and we will support every one of them,"''', "Saltway Lines")]),
    ],
    [
        S('''The 18-year-old Marisol Star can carry up to 600 passengers and 140 vehicles and makes the crossing from Port Marrick to Kestholm Island, which takes about two hours, twice a day, according to the company.''',
          "Saltway Lines", why="'according to the company' resolves to its name. 'twice a day' holds no FIGURE.",
          f=[("18-year-old", "18"), ("up to 600 passengers", "600"), ("140 vehicles", "140"), ("about two hours", "2")]),
        S('''Sailings on the route have been suspended until at least Wednesday.''',
          "", why="A checkable fact in the wire's voice; 'at least Wednesday' is a day, not a quantity."),
    ],
    [
        S('''The Port Marrick harbourmaster's office said a gale warning had been in force since Sunday afternoon.''',
          "Port Marrick harbourmaster's office", why="An office without a proper name keeps its description without the article."),
        S('''Saltway Lines did not say why the ferry had sailed.''',
          "", why="A checkable non-statement in the wire's voice (like 'did not respond to a request for comment')."),
    ],
    [
        S('''Passenger Lotte Verhagen, 34, who was travelling home with her husband and their two daughters, aged six and nine, said the ship had been rolling heavily for half an hour before there was "a terrible scraping noise" and the lights went out.''',
          "Lotte Verhagen", why="Reported speech with a partial quotation. 'Passenger' is a description and goes. Bare ages are FIGUREs; two ages joined by 'and' are two values, not a range. 'half an hour' holds no number word.",
          q=[('''"a terrible scraping noise"''', "Lotte Verhagen")],
          f=[("34", "34"), ("two daughters", "2"), ("six", "6"), ("nine", "9")]),
    ],
    [
        S('''"Everyone was thrown across the lounge, and people were screaming," she said.''',
          "Lotte Verhagen", why="Quotation plus tag: an eyewitness account of what happened (checkable). 'she' resolves to Lotte Verhagen.",
          q=[('''"Everyone was thrown across the lounge, and people were screaming,"''', "Lotte Verhagen")]),
        S('''"The crew told us to put on life jackets and go up to the top deck, and then we waited there in the rain for nearly three hours.''',
          "Lotte Verhagen", why="Continuation quotation, an account of events. It runs on into the next paragraph in the wire convention (no closing mark here): the QUOTE ends at the paragraph's final full stop.",
          q=[('''"The crew told us to put on life jackets and go up to the top deck, and then we waited there in the rain for nearly three hours.''', "Lotte Verhagen")],
          f=[("nearly three hours", "3")]),
    ],
    {"s": [
        S('''"There were 400-odd of us up there in the wind and the rain, and nobody panicked.''',
          "Lotte Verhagen", why="Second paragraph of the running quotation (reopened with a new mark, no tag); a checkable account. '400-odd' is one FIGURE, '-odd' an approximator.",
          f=[("400-odd", "400")]),
        S('''When the boats finally came, the crew took the children off first.''',
          "Lotte Verhagen", why="Same quotation; a checkable account of the evacuation."),
        S('''My girls were very brave."''',
          N, why="Same quotation; a judgement."),
    ], "q": [('''"There were 400-odd of us up there in the wind and the rain, and nobody panicked. When the boats finally came, the crew took the children off first. My girls were very brave."''', "Lotte Verhagen")]},
    [
        S('''Lorry driver Pieter Danvers, 52, said he had made the crossing "hundreds of times" and had never known the sea so rough.''',
          "Pieter Danvers", why="Reported speech with a three-word partial quotation. 'hundreds' is an inexact number word (as 'dozens'): FIGURE with an empty value, nested in the QUOTE.",
          q=[('''"hundreds of times"''', "Pieter Danvers")],
          f=[("52", "52"), ("hundreds", "")]),
        S('''"I've been doing this run for 20 years," he said.''',
          "Pieter Danvers", why="Quotation plus tag asserting a checkable career fact. 'he' resolves to Pieter Danvers.",
          q=[('''"I've been doing this run for 20 years,"''', "Pieter Danvers")],
          f=[("20 years", "20")]),
        S('''"Last night I thought we were going to turn over."''',
          N, why="Continuation quotation; what he feared at the time.",
          q=[('''"Last night I thought we were going to turn over."''', "Pieter Danvers")]),
    ],
    [
        S('''The ferry was still lodged on the reef on Monday afternoon with 96 vehicles on board, and the coastguard said a small amount of fuel had leaked into the sea.''',
          "Northern Coastguard", why="Mixes the wire's facts with an attributed part: the attributed part gives the claimant.",
          f=[("96 vehicles", "96")]),
        S('''"We have put a containment boom around the vessel, and so far the leak looks small," Holm said.''',
          "Holm", why="Quotation plus tag asserting a checkable fact (a boom has been placed).",
          q=[('''"We have put a containment boom around the vessel, and so far the leak looks small,"''', "Holm")]),
    ],
    [
        S('''It is the second serious incident on the route in five years.''',
          "", why="'second' is an ordinal; 'five years' a duration.",
          f=[("five years", "5")]),
        S('''In 2021, another Saltway ferry lost power in heavy seas and drifted for 14 hours before being towed into Kestholm harbour, though no one was hurt.''',
          "", why="A past event in the wire's voice; '2021' is a year.",
          f=[("14 hours", "14")]),
    ],
    [S('''(Reporting by Henrik Aasen; Editing by Clara Mott)''', N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. sanctions_steel_tariffs: wire business/diplomacy story, curly double
#    quotes, "\n\n", headline, dateline, credit footer
# ---------------------------------------------------------------------------
ARTICLES["sanctions_steel_tariffs"] = dict(nl="\n\n", paras=[
    [S("Estmark imposes tariffs of up to 35% on Varenian steel; Varenia vows to retaliate",
       N, why="Headline: no CLAIM; its FIGURE is marked ('up to' is an approximator).",
       f=[("up to 35%", "35")])],
    [
        S("SELDEN, June 18 (Coastal Wire Service) –",
          N, why="Dateline: furniture, not part of the first sentence."),
        S("Estmark will impose tariffs of between 20% and 35% on steel from neighbouring Varenia starting on July 1, Trade Minister Oskar Brandell said on Wednesday, accusing Varenian mills of flooding the market with cheap, state-subsidised metal.",
          "Oskar Brandell", why="The lede passes on the minister's announcement and accusation; title dropped. A range is one FIGURE; 'July 1' is a date.",
          f=[("between 20% and 35%", "20-35")]),
    ],
    [
        S("The duties will cover hot-rolled coil, steel plate and reinforcing bar, and the rate for each Varenian producer will depend on how far its prices have undercut local mills, the Ministry of Trade and Industry said in a notice published in the official gazette.",
          "Ministry of Trade and Industry", why="Reported (written) statement of the ministry."),
    ],
    [
        S("Varenian steel imports rose 48% last year to 2.1 million tonnes, worth about $1.6 billion, according to customs data.",
          "customs data", why="'according to' a documentary source with no named author: its description without the article (as 'city records' in eval7). A change and a level: two FIGUREs.",
          f=[("48%", "48"), ("2.1 million tonnes", "2100000"), ("about $1.6 billion", "1600000000")]),
        S("Varenia’s share of the Estmark steel market has climbed from 18% to nearly 30% in five years.",
          "", why="No tag of its own: the wire's voice. 'from ... to ...' gives two FIGUREs.",
          f=[("18%", "18"), ("nearly 30%", "30"), ("five years", "5")]),
    ],
    [
        S("The minister was blunt: “Varenia is selling steel here for less than it costs to make it, and we will not stand by while our mills close.”",
          "Oskar Brandell", why="Colon-introduced quotation: the frame only characterises the manner, so the quoted words decide; they assert a checkable fact (selling below cost) besides a resolve. 'The minister' resolves to the name at the nearest mention. The sentence ends with the closing mark.",
          q=[("“Varenia is selling steel here for less than it costs to make it, and we will not stand by while our mills close.”", "Oskar Brandell")]),
    ],
    [
        S("Brandell said three steelworks in Estmark had cut a combined 2,400 jobs in the past 18 months and that the country’s mills were running at 61% of capacity, the lowest rate since records began.",
          "Brandell", why="Reported speech.",
          f=[("three steelworks", "3"), ("2,400 jobs", "2400"), ("18 months", "18"), ("61%", "61")]),
        S("Estmark’s mills produced 7.8 million tonnes of crude steel last year, 9% less than the year before.",
          "", why="No tag of its own: the wire's voice. 'the year before' holds no number.",
          f=[("7.8 million tonnes", "7800000"), ("9%", "9")]),
    ],
    [
        S("Varenia’s economy minister, Ilse Maravan, called the tariffs “illegal and unjustified” and said her government would file a complaint with the Continental Trade Organisation and “respond proportionately”.",
          "Ilse Maravan", why="'called ... and said' passes on her position; the job title goes. Two partial quotations of two or more words; the full stop is outside the closing mark.",
          q=[("“illegal and unjustified”", "Ilse Maravan"), ("“respond proportionately”", "Ilse Maravan")]),
        S("“Our steel is cheaper because our mills are more modern, not because anybody subsidises them,” she told reporters in Dravik.",
          "Ilse Maravan", why="Quotation plus tag; a checkable denial (no subsidies). 'she' resolves to Ilse Maravan.",
          q=[("“Our steel is cheaper because our mills are more modern, not because anybody subsidises them,”", "Ilse Maravan")]),
    ],
    [
        S("A senior Varenian official, who spoke on condition of anonymity because no decision had been taken, said the government was drawing up a list of Estmark goods worth about $900 million, including dairy products and timber, that could face retaliatory duties.",
          "senior Varenian official", why="An unnamed source keeps its description without the article.",
          f=[("about $900 million", "900000000")]),
        S("Varenia imported Estmark goods worth about $1.1 billion last year, mostly machinery and chemicals.",
          "", why="A checkable trade figure in the wire's voice (no tag).",
          f=[("about $1.1 billion", "1100000000")]),
    ],
    [
        S("The Estmark Steel Producers’ Association, which represents 11 mills employing some 38,000 people, welcomed the decision but said the duties should have been higher.",
          "Estmark Steel Producers’ Association", why="'welcomed ... but said' passes on the association's position. 'some' is an approximator.",
          f=[("11 mills", "11"), ("some 38,000 people", "38000")]),
        S("“At 20%, some Varenian mills will still be able to undercut us,” said Marta Olrik, the association’s director general.",
          N, why="Quotation plus inverted tag; a prediction. Job title dropped. The rate is still a FIGURE.",
          q=[("“At 20%, some Varenian mills will still be able to undercut us,”", "Marta Olrik")],
          f=[("20%", "20")]),
        S("“Five years ago they were a marginal supplier here, and today they are the biggest.”",
          "Marta Olrik", why="Continuation quotation asserting a checkable market history. 'Five years ago' gives the duration FIGURE 'Five years' (eval9).",
          q=[("“Five years ago they were a marginal supplier here, and today they are the biggest.”", "Marta Olrik")],
          f=[("Five years", "5")]),
    ],
    [
        S("Not everyone in Estmark welcomed the move.",
          "", why="A state of affairs about views in the wire's voice (as 'Not everyone was convinced.' in eval10)."),
        S("The Estmark Manufacturers’ Federation, whose members include carmakers and makers of household appliances, said the tariffs could raise steel costs for domestic industry by 8% to 12% and put thousands of jobs at risk.",
          "Estmark Manufacturers’ Federation", why="Reported speech (a forecast it gave). A range is one FIGURE; 'thousands' is inexact (as 'dozens'): empty value, the word alone since 'of' stands before the noun.",
          f=[("8% to 12%", "8-12"), ("thousands", "")]),
    ],
    [
        S("Nadia Ferrante, an analyst at Brenning Capital, estimated that Varenian steel exports to Estmark would fall by about 40% next year, costing Varenian producers up to $750 million in lost sales.",
          "Nadia Ferrante", why="Reported speech (an estimate she gave); job description dropped.",
          f=[("about 40%", "40"), ("up to $750 million", "750000000")]),
        S("“This is a big hit for Varenia, but it is not a knockout,” she said.",
          N, why="Quotation plus tag; a characterisation. 'she' resolves to Nadia Ferrante.",
          q=[("“This is a big hit for Varenia, but it is not a knockout,”", "Nadia Ferrante")]),
    ],
    [
        S("Estmark is the biggest export market for Varenian steel, taking roughly a quarter of its overseas sales.",
          "", why="A checkable state of affairs; 'roughly a quarter' has no number word."),
        S("The two countries signed a free-trade agreement in 2019 that removed most tariffs on industrial goods, but it allows either side to impose temporary duties if a surge in imports seriously harms a domestic industry.",
          "", why="'The two countries' refers back to Estmark and Varenia: no FIGURE; '2019' is a year."),
    ],
    [
        S("The duties will run for an initial 12 months and will be reviewed after six, the ministry said.",
          "Ministry of Trade and Industry", why="'the ministry' resolves to its name at the nearest mention. 'six' counts months that do not follow it: FIGURE of the number alone.",
          f=[("12 months", "12"), ("six", "6")]),
    ],
    [
        S("Shares in Dravik Steelworks, Varenia’s largest steelmaker, fell 6.3% on Wednesday, while the Varenian crown slipped 0.4% against the dollar.",
          "", why="Market moves in the wire's voice.",
          f=[("6.3%", "6.3"), ("0.4%", "0.4")]),
    ],
    [S("(Reporting by Elin Sarkis in Selden and Tomas Reuter in Dravik; Editing by Joan Pelham)",
       N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 3. hospital_cyberattack: regional newspaper, curly double quotes, "\n",
#    headline with a quotation, byline, timestamp, caption, helpline line,
#    "Related:" line
# ---------------------------------------------------------------------------
ARTICLES["hospital_cyberattack"] = dict(nl="\n", paras=[
    [S("“We’re back to pen and paper”: cyberattack forces Tarran Valley hospitals to cancel 1,200 appointments",
       N, why="Headline: no CLAIM; the quotation is a QUOTE, given to the speaker as named at her nearest mention in the body ('Joanne'); the count is a FIGURE.",
       q=[("“We’re back to pen and paper”", "Joanne")],
       f=[("1,200 appointments", "1200")])],
    [S("By Rachel Dunmore, Health Reporter", N, why="Byline.")],
    [S("Published 17:45, Wednesday 12 November 2025", N, why="Timestamp (a clock time and a date).")],
    [
        S("Halbrook General Hospital is one of three sites run by the Tarran Valley Hospitals Group.",
          N, why="Photo caption: no CLAIM, its FIGURE is marked; 'one of' is a pronoun.",
          f=[("three sites", "3")]),
        S("Picture: Evening Echo", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("A ransomware attack on the Tarran Valley Hospitals Group has forced the cancellation of more than 1,200 appointments and 140 planned operations this week, and patients’ personal details may have been stolen, the group said on Wednesday.",
          "Tarran Valley Hospitals Group", why="The lede passes on the group's statement. The adjective 'planned' ends the span: FIGURE '140'.",
          f=[("more than 1,200 appointments", "1200"), ("140", "140")]),
    ],
    [
        S("The group, which runs Halbrook General Hospital, St Brannoc’s Hospital in Lowerby and Eastwold Community Hospital, said its computer systems were hit in the early hours of Monday and that it had shut down its network to stop the attack from spreading.",
          "Tarran Valley Hospitals Group", why="'The group' resolves to its name at the nearest mention."),
    ],
    [
        S("The emergency departments at Halbrook and Lowerby remain open, but ambulances carrying the most seriously ill patients have been diverted to Carnford Royal Infirmary, about 30 miles away.",
          "", why="No tag of its own: the paper's voice.",
          f=[("about 30 miles", "30")]),
    ],
    [
        S("Chief executive Dr Helen Achebe said the group had received a ransom demand on Monday morning and had reported the attack to police and the National Cyber Defence Agency.",
          "Dr Helen Achebe", why="Reported speech; 'Chief executive' is a job title and goes, 'Dr' is kept."),
        S("“We will not be paying a ransom,” she said.",
          N, why="Quotation plus tag; a refusal/pledge about the future, not a checkable fact. 'she' resolves to Dr Helen Achebe.",
          q=[("“We will not be paying a ransom,”", "Dr Helen Achebe")]),
        S("“Our priority is keeping patients safe and getting our systems back as quickly as possible, and I am sorry for the disruption this is causing.”",
          N, why="Continuation quotation; a priority and an apology.",
          q=[("“Our priority is keeping patients safe and getting our systems back as quickly as possible, and I am sorry for the disruption this is causing.”", "Dr Helen Achebe")]),
    ],
    [
        S("She said access to blood test results and X-ray images had been restored by Wednesday morning, but electronic patient records, pharmacy systems and appointment booking were still offline.",
          "Dr Helen Achebe", why="Reported speech; 'She' opening the paragraph resolves to Dr Helen Achebe (previous paragraph)."),
        S("Asked how long the disruption would last, she said it could be “two to three weeks” before every system was working normally.",
          "Dr Helen Achebe", why="Reported speech (an estimate she gave) with a partial quotation; the range is one FIGURE, nested in the QUOTE.",
          q=[("“two to three weeks”", "Dr Helen Achebe")],
          f=[("two to three weeks", "2-3")]),
    ],
    [
        S("The group said forensic investigators were working to establish what had been taken, but that files accessed by the attackers could include the names, addresses, dates of birth and some medical details of patients treated in the past five years.",
          "Tarran Valley Hospitals Group", why="Reported statement of the group.",
          f=[("five years", "5")]),
        S("The group’s three hospitals treat about 410,000 patients a year.",
          "", why="No tag: the paper's voice. 'three hospitals' refers back to the three hospitals listed above: no FIGURE. 'a year' has the article.",
          f=[("about 410,000 patients", "410000")]),
    ],
    [
        S("A nurse at Halbrook General, who asked to be identified only by her first name, Joanne, because staff have been told not to speak to the media, said the wards had been thrown into confusion.",
          "Joanne", why="Reported speech; the nurse is named only by her first name, which is the name used."),
    ],
    [
        S("“We’re back to pen and paper,” she said.",
          "Joanne", why="Quotation plus tag describing how the wards now work (checkable). 'she' resolves to Joanne.",
          q=[("“We’re back to pen and paper,”", "Joanne")]),
        S("“Drug charts, test requests, handover notes – everything is being written by hand and carried round the hospital by porters.”",
          "Joanne", why="Continuation quotation; a checkable description of practice.",
          q=[("“Drug charts, test requests, handover notes – everything is being written by hand and carried round the hospital by porters.”", "Joanne")]),
    ],
    [
        S("Joanne, who has worked at the hospital for 16 years, said a patient on her ward had waited nearly four hours for pain relief on Monday night because nurses could not see what medication he had already been given.",
          "Joanne", why="Reported speech; 'a patient' has the article.",
          f=[("16 years", "16"), ("nearly four hours", "4")]),
        S("“Nobody came to harm, but it frightened me,” she added.",
          "Joanne", why="Quotation plus tag asserting a checkable outcome (nobody was harmed) besides a feeling. 'she' resolves to Joanne.",
          q=[("“Nobody came to harm, but it frightened me,”", "Joanne")]),
    ],
    [
        S("Graham Pettifer, 67, from Lowerby, said his hip operation, booked for Tuesday after a 14-month wait, had been cancelled by text message on Monday evening.",
          "Graham Pettifer", why="Reported speech; bare age is a FIGURE, '14-month' a hyphenated compound.",
          f=[("67", "67"), ("14-month", "14")]),
        S("“I’ve been walking with two sticks for over a year,” he said.",
          "Graham Pettifer", why="Quotation plus tag asserting a checkable fact about himself. 'he' resolves to Graham Pettifer; 'over a year' has the article.",
          q=[("“I’ve been walking with two sticks for over a year,”", "Graham Pettifer")],
          f=[("two sticks", "2")]),
        S("“Now they tell me they can’t give me a new date.”",
          "Graham Pettifer", why="Continuation quotation; what he was told (checkable).",
          q=[("“Now they tell me they can’t give me a new date.”", "Graham Pettifer")]),
    ],
    [
        S("Professor Ravi Mendel, a cybersecurity expert at the University of Carnford, said attacks on hospitals had risen sharply because criminal gangs knew health services could not afford to be offline for long.",
          "Professor Ravi Mendel", why="Reported speech; 'Professor' kept like 'Prof.' (eval9), the job description goes."),
        S("“Hospitals are the perfect target,” he said.",
          N, why="Quotation plus tag; an opinion. 'he' resolves to Professor Ravi Mendel.",
          q=[("“Hospitals are the perfect target,”", "Professor Ravi Mendel")]),
        S("“They hold very sensitive data, they often run old software, and every hour they are down costs money, so the pressure to pay is enormous.”",
          N, why="Continuation quotation; a generalisation and a judgement. 'every hour' holds no number.",
          q=[("“They hold very sensitive data, they often run old software, and every hour they are down costs money, so the pressure to pay is enormous.”", "Professor Ravi Mendel")]),
    ],
    [
        S("He added that the group had done “the right thing” by shutting down its systems quickly, but warned that hospitals hit by ransomware typically took between three and six weeks to recover fully.",
          "Professor Ravi Mendel", why="Reported speech; 'He' opening the paragraph resolves to Professor Ravi Mendel. Three-word partial quotation; a range is one FIGURE.",
          q=[("“the right thing”", "Professor Ravi Mendel")],
          f=[("between three and six weeks", "3-6")]),
    ],
    [
        S("Tarran Valley Police said officers from its cyber crime unit were investigating and that no arrests had been made.",
          "Tarran Valley Police", why="Reported statement of the force."),
        S("It is the second ransomware attack on a health provider in the county in two years, after a chain of GP surgeries in Carnford was hit in 2023.",
          "", why="'second' is an ordinal, '2023' a year.",
          f=[("two years", "2")]),
    ],
    [
        S("The group said patients should attend appointments as planned unless they were contacted directly.",
          "Tarran Valley Hospitals Group", why="Reported advice from the group: that it said so is checkable."),
    ],
    [S("Patients with questions can call the group’s helpline on 0300 555 0192 between 8am and 8pm.",
       N, why="Service information for readers (boilerplate); a phone number and clock times are no FIGUREs.")],
    [S("Related: Tarran Valley hospital waiting list hits 58,000",
       N, why="Related-link line: no CLAIM; its FIGURE is marked (bare number, the noun precedes).",
       f=[("58,000", "58000")])],
])

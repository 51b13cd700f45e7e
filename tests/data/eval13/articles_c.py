"""Held-out articles, set C (writer c): three original news stories written
for the thirteenth evaluation set as text scraped off Australian, New
Zealand and African English-language news sites (body plus the page
furniture a scraper keeps, cf. /work/shared/corpus), at ordinary
public-broadcaster and business-site density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
three real scraped articles in /work/shared/corpus and the conventions of
the eval10-eval12 sets.
`qld_budget_debt_presser` is an ABC News (Australia) state-politics story
(the Queensland budget: Treasurer David Janetzki, Opposition Leader Steven
Miles, the Queensland Resources Council, QCOSS) with straight double
quotes and "\\n": site line, headline, byline, `Posted 3h ago, updated 1h
ago`, a photo caption with an `(ABC News: ...)` credit, a `Key points:`
box of three short lines without full stops, a `Loading...` embed slot,
and an excerpt of the Treasurer's press conference given as a transcript
(`Reporter:` / `Janetzki:` speaker labels, no quotation marks). Money in
the ABC's own style (`$6.1 billion`, `per cent`), financial years written
`2026-27`.
`tairawhiti_flood_emergency` is an RNZ (New Zealand) breaking-news story
(a state of emergency after flooding in Tairāwhiti: Gisborne's mayor,
Tairāwhiti Civil Defence, a marae chair, MetService, the Emergency
Management Minister, NZ Transport Agency Waka Kotahi, the lines company, a
farmer) with curly double quotes and "\\r\\n" (CRLF): site line,
headline, `Listen to this article`, byline, timestamp, caption with
`Photo: Supplied / ...` credit and a closing emergency-number line; Māori
place, iwi and personal names with macrons (Tairāwhiti, Ūawa, Ōpōtiki,
Ōhakea, Te Poho-o-Rāwiri, Te Rūnanganui o Ngāti Porou, Hēmi, Tāmati).
`harmony_gold_results_strike` is a News24 (South Africa) business story
(Harmony Gold's annual results and a threatened strike: chief executive
Beyers Nel, the NUM and its spokesperson, Amcu's Joseph Mathunjwa, an
analyst, Gwede Mantashe) with curly double quotes and "\\n": site and
section lines, headline, dek, byline, date, a caption with a
`(Supplied)` credit, money in rand (`R17.2 billion`, `R96.4bn`, `R14,200`,
cents a share) and a `Read more |` line with `US$3,800`.

Real public figures and institutions appear (David Janetzki, Steven Miles,
Janette Hewson, Aimee McVeigh, Rehette Stoltz, Mark Mitchell, Beyers Nel,
Joseph Mathunjwa, Livhuwani Mammburu, Gwede Mantashe; ABC, RNZ, News24,
MetService, Firstlight Network, Harmony Gold, NUM, Amcu, CCMA, JSE), as
those outlets would name them, but the events, figures and every quoted
or reported word are invented; reporters, the analyst, the marae chair
and the farmer are invented people.

Judgement calls (earlier sets' calls followed: approximators inside the
span; years, dates, clock times, ordinals not FIGUREs; titles dropped from
names, honorifics kept where the outlet uses them (`Mr Janetzki`); a bare
number counting a noun that does not follow it is a FIGURE of the number
alone; an adjective between number and noun ends the span; a numeral
referring back to a known group is no FIGURE; `hundreds` an inexact FIGURE
with empty value; `a year` / `a month` / `a metre` with the article no
FIGURE; `about a third` no FIGURE; headline, dek, byline, stamps, captions
and credits, `Loading...`, `Listen to this article`, `Read more` lines get
no CLAIM, but their QUOTEs and FIGUREs are marked; quotation plus tag is a
CLAIM only when the quoted words assert something checkable). New calls:
- Press-conference transcript (ABC story): as eval11's interview, the
  speaker labels (`Reporter:`, `Janetzki:`) are their own items with no
  CLAIM, and the lines carry no quotation marks, so they hold no QUOTE
  (QUOTE is defined by quotation marks). Each answer sentence is judged
  like reported speech: a CLAIM with the Treasurer as claimant, named as
  the body names him at the nearest mention (`Mr Janetzki`), when it
  asserts something checkable (the debt-to-revenue peak as stated in the
  papers, the `$11 billion` inheritance, the commitment made before the
  election, `Two mines have closed`); no CLAIM for `Yes.` / `No.`
  (fragments), the no-new-taxes pledge and `That is where we started
  from.` (a characterisation). Questions are no CLAIMs. Unlike eval11's
  interviewer (the magazine's own writer), a press-conference reporter is
  not identified as the ABC's, so a reporter's factual prompt (`your own
  budget papers show debt going past $230 billion`) is a CLAIM with the
  unnamed source's description as claimant: `Reporter`. A prompt that
  passes on a third party's assertion (`The Queensland Resources Council
  says ...`) takes that third party as claimant. The sentence
  introducing the excerpt (`was pressed on the debt forecasts`) is a
  CLAIM in the ABC's voice; `This is part of that exchange:` a signpost.
- `going past $230 billion`: `past` belongs to the verb `going past`, not
  an approximator on the number: FIGURE `$230 billion`.
- The ABC's `Key points:` box lines are full assertions in the page's
  voice (as eval12's pinned `Key points`): each is a CLAIM, claimant
  empty, or `Opposition` for `The Opposition says ...`. `Key points:` is
  a heading.
- Financial years (`2026-27`, `2028-29`, `2029-30`, `2022-23`) are
  years, not ranges: no FIGURE. `50-cent` (fares) is a hyphenated
  compound: value 50. In `2,600 extra hospital beds` and `1,150 new
  beds` the adjective ends the span (`2,600`, `1,150`). The key point's `the promised 2,600 extra hospital beds` is
  the first mention of the pledge on the page: FIGURE `2,600`; the
  body's later `2,600 extra` and Miles's `2,600 beds` are written as
  quantities again, so they are FIGUREs too.
- `according to`-free document sources: `the budget papers show` ->
  claimant `budget papers` (a document without a named author, as eval11's
  `staff report`); a sentence mixing the ABC's own comparison with it
  takes that claimant (eval9). Budget numbers restated without a tag are
  the outlet's voice (claimant empty), including what the budget
  `forecasts` (that the forecast is in the budget is checkable).
- Single quoted words are scare quotes: `"progressively"` (Janetzki). Two-
  or-more-word partial quotes are QUOTEs: `"every commitment"`, `"quietly
  dumped"`, `"the highest in the world"`, `“ready to down tools”`,
  `“another long stand-off”`.
- A tag `chief executive Aimee McVeigh said` after the organisation's
  sentence names the speaker; the job title is dropped.
- RNZ style has no honorifics (`Stoltz said`, `Mitchell said`): speakers
  take the form in the tag. `Civil Defence said` resolves to the name at
  the nearest full mention, `Tairāwhiti Civil Defence`. Macrons are kept in
  names (`Hēmi Walker`, `Tāmati Kohere`). Māori words (`marae`, `kai`,
  `whānau`) are ordinary words.
- `Gisborne Mayor Rehette Stoltz declared the emergency at 4am` reports an
  act, not a statement: CLAIM, claimant empty. `Gisborne District Council
  has asked residents to conserve water` is reported advice: claimant
  `Gisborne District Council` (as eval10's regulator advice).
- Rainfall and other units in the token or after the number join the span
  (`more than 250 millimetres`, `80 to 120mm` as a range `80-120`, `3km`).
  `two NH90 helicopters`: `NH90` is a model name used as a noun modifier
  inside the counted noun phrase, so it stays in the span (value 2); `a
  third on its way` is an ordinal-like `a third` (no FIGURE). `State
  Highway 35`, `SH35`, `SH2` and the emergency number `111` are names /
  numbers, no FIGUREs.
- The farmer's `for the second time in three years` gives FIGURE `three
  years` (`second` is an ordinal). `a metre deep` has the article: no
  FIGURE; the sentence is still a checkable account: CLAIM.
- News24 money: rand amounts take the currency and scale word (`R17.2
  billion`, `R96.4bn`, `R4.8bn`, `roughly R1.1bn`, `R268.40` -> 268.4);
  `R1.71 million per kilogram` ends before `per` (eval12's `156.20`);
  cents are a unit (`2,715 cents`, `185 cents`); `between R2,500 and
  R3,000` is one range FIGURE (`2500-3000`); `US$3,800` keeps its prefix
  (3800). `an estimated R24bn`: `an estimated` works as an approximator
  (like `some`, `about`) and stays in the span (value 24000000000).
  `1.46 million ounces` and `about 20,000 ounces` keep the unit.
- A company reporting its own results: the lede with `the miner said` is
  claimant `Harmony Gold`; the following result lines with no tag are the
  outlet's voice (claimant empty), as eval12. `Harmony said in a
  statement` -> `Harmony`; `the company said` (quotation tag) -> `Harmony`,
  the nearest naming mention.
- Two unions' positions are given in separate sentences so each has one
  claimant (`National Union of Mineworkers`, `Amcu`, the form the sentence
  uses). The headline/dek `NUM` and `Amcu` are not claimants (no CLAIM
  there).
- Quotation plus tag: CLAIM for the mayor's account of people on roofs,
  the minister's helicopters, the farmer's clean-up and flooded lounge,
  Nel's `strongest set of results ... paid down debt` and Mammburu's
  `record money ... 3km underground` (checkable parts alongside rhetoric);
  no CLAIM for `This is not over.`, `Nobody gets turned away here`,
  Janetzki's `keeps its promises` line, McVeigh's verdict, Harmony's
  `We remain at the table`, the analyst's view of the balance sheet.
- `The 2014 platinum strike ... lasted five months` is background in
  the outlet's voice: CLAIM, claimant empty; `2014` is a year.
- `Anyone in danger should call 111.` and the Civil Defence website line
  are service information for readers (boilerplate): no CLAIM.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. qld_budget_debt_presser: ABC News Australia, straight quotes, "\n",
#    Key points box, Loading..., press-conference transcript
# ---------------------------------------------------------------------------
ARTICLES["qld_budget_debt_presser"] = dict(nl="\n", paras=[
    [S('''ABC News''', N, why="Site line.")],
    [S('''Queensland budget forecasts $6.1 billion deficit, with state debt to top $230 billion in four years''',
       N, why="Headline: no CLAIM; FIGUREs marked.",
       f=[("$6.1 billion", "6100000000"), ("$230 billion", "230000000000"), ("four years", "4")])],
    [S('''By state political reporter Ellen Marsh''', N, why="Byline.")],
    [S('''Posted 3h ago, updated 1h ago''', N, why="Relative page stamp: no CLAIM, no FIGURE.")],
    [
        S('''Treasurer David Janetzki handed down his second budget on Tuesday.''',
          N, why="Photo caption: no CLAIM; 'second' is an ordinal."),
        S('''(ABC News: Mark Leonardi)''', N, why="Photo credit (part of the caption line)."),
    ],
    [S('''Key points:''', N, why="Heading of the key points box.")],
    [S('''The budget forecasts a $6.1 billion deficit for 2026-27 and a return to surplus in 2029-30''',
       "", why="Key point: a full assertion in the page's voice (eval12). Financial years are no FIGUREs.",
       f=[("$6.1 billion", "6100000000")])],
    [S('''Health spending rises 8.4 per cent to $33.9 billion''',
       "", why="Key point in the page's voice; a change and a level: two FIGUREs.",
       f=[("8.4 per cent", "8.4"), ("$33.9 billion", "33900000000")])],
    [S('''The Opposition says only 1,150 of the promised 2,600 extra hospital beds are funded''',
       "Opposition", why="Key point passing on the Opposition's assertion. '1,150' counts beds that do not follow; the adjective 'extra' ends the second span.",
       f=[("1,150", "1150"), ("2,600", "2600")])],
    [S('''Queensland will spend $6.1 billion more than it collects next financial year, Treasurer David Janetzki has revealed in his second budget, blaming weaker coal royalties and the lingering cost of rebuilding after ex-Tropical Cyclone Alfred.''',
       "David Janetzki", why="The lede passes on the Treasurer's budget figures and his explanation; the title goes.",
       f=[("$6.1 billion", "6100000000")])],
    [S('''The deficit is $2.5 billion smaller than the one expected for this financial year, but the budget papers show the state will not return to surplus until 2029-30, a year later than forecast in December's mid-year review.''',
       "budget papers", why="'the budget papers show' names a document without an author: its description (as eval11's 'staff report'); the mixed sentence takes the attributed part's claimant. 'a year later' has the article.",
       f=[("$2.5 billion", "2500000000")])],
    [S('''Gross debt is projected to climb from $178.2 billion at the end of June to $231.4 billion by 2029-30.''',
       "", why="No tag: the outlet's voice. A before and an after: two FIGUREs.",
       f=[("$178.2 billion", "178200000000"), ("$231.4 billion", "231400000000")])],
    [
        S('''Mr Janetzki told parliament the budget delivered on "every commitment" the LNP took to the 2024 election, including 2,600 extra hospital beds, tougher youth justice laws and permanent 50-cent public transport fares.''',
          "Mr Janetzki", why="Reported speech with a two-word partial quotation. 'extra' ends the span; '50-cent' is a hyphenated compound; '2024' a year.",
          q=[('''"every commitment"''', "Mr Janetzki")],
          f=[("2,600", "2600"), ("50-cent", "50")]),
        S('''"This is a budget that keeps its promises and starts to repair the damage of the last decade," he said.''',
          N, why="Quotation plus tag; a characterisation. 'he' resolves to Mr Janetzki.",
          q=[('''"This is a budget that keeps its promises and starts to repair the damage of the last decade,"''', "Mr Janetzki")]),
    ],
    [S('''Health is the biggest single item, with spending to rise 8.4 per cent to $33.9 billion, including $1.2 billion to open new beds at hospitals in Logan, Ipswich, Toowoomba and Cairns.''',
       "", why="Budget numbers without a tag: the outlet's voice.",
       f=[("8.4 per cent", "8.4"), ("$33.9 billion", "33900000000"), ("$1.2 billion", "1200000000")])],
    [
        S('''Coal royalties, which peaked at more than $15 billion in 2022-23, are forecast to bring in $5.8 billion next year as prices for steelmaking coal stay low.''',
          "", why="The budget's forecast restated in the outlet's voice (that it is forecast is checkable).",
          f=[("more than $15 billion", "15000000000"), ("$5.8 billion", "5800000000")]),
        S('''Mr Janetzki said the government would not change the progressive royalty tiers introduced by the former Labor government in 2022, despite pressure from the mining industry to scrap them.''',
          "Mr Janetzki", why="Reported speech (a stated position)."),
    ],
    [S('''Loading...''', N, why="Embed placeholder.")],
    [
        S('''Opposition Leader Steven Miles said the budget showed the government had "quietly dumped" its hospital promise, with funding for only 1,150 new beds to open before the next election.''',
          "Steven Miles", why="Reported speech with a two-word partial quotation; the title goes; 'new' ends the span.",
          q=[('''"quietly dumped"''', "Steven Miles")],
          f=[("1,150", "1150")]),
        S('''"They promised Queenslanders 2,600 beds and they have funded less than half of them," Mr Miles said.''',
          "Mr Miles", why="Quotation plus tag asserting a checkable fact (beds promised and funded). 'less than half' has no number word.",
          q=[('''"They promised Queenslanders 2,600 beds and they have funded less than half of them,"''', "Mr Miles")],
          f=[("2,600 beds", "2600")]),
    ],
    [S('''Mr Janetzki rejected that, saying the remaining beds would open "progressively" by 2032.''',
       "Mr Janetzki", why="Reported speech; the single quoted word is a scare quote, not a QUOTE; '2032' a year.")],
    [
        S('''At a press conference in Brisbane after he handed down the budget, Mr Janetzki was pressed on the debt forecasts.''',
          "", why="A checkable event in the outlet's voice."),
        S('''This is part of that exchange:''', N, why="Signpost introducing the transcript."),
    ],
    [
        S('''Reporter:''', N, why="Transcript speaker label."),
        S('''Treasurer, your own budget papers show debt going past $230 billion.''',
          "Reporter", why="A reporter's factual prompt; the reporter is not identified as the outlet's, so the unnamed source's description is the claimant (see docstring). 'going past' is a verb, not an approximator.",
          f=[("$230 billion", "230000000000")]),
        S('''When does it stop?''', N, why="A question."),
    ],
    [
        S('''Janetzki:''', N, why="Transcript speaker label."),
        S('''Debt to revenue peaks at 192 per cent in 2028-29 and comes down from there, and that is in black and white in the papers.''',
          "Mr Janetzki", why="Transcript answer (no quotation marks: no QUOTE); a checkable statement of what the papers show. Named as the body names him.",
          f=[("192 per cent", "192")]),
        S('''We inherited a budget that was $11 billion worse than Labor told Queenslanders before the election.''',
          "Mr Janetzki", why="A checkable assertion in an answer.",
          f=[("$11 billion", "11000000000")]),
        S('''That is where we started from.''', N, why="A characterisation, nothing new to check."),
    ],
    [
        S('''Reporter:''', N, why="Transcript speaker label."),
        S('''Will you rule out new taxes before the 2028 election?''', N, why="A question; '2028' a year."),
    ],
    [
        S('''Janetzki:''', N, why="Transcript speaker label."),
        S('''Yes.''', N, why="Fragment."),
        S('''There will be no new taxes and no increases to existing taxes in this term.''',
          N, why="A pledge about the future, not checkable now."),
    ],
    [
        S('''Reporter:''', N, why="Transcript speaker label."),
        S('''The Queensland Resources Council says the royalty tiers have already cost jobs in the Bowen Basin.''',
          "Queensland Resources Council", why="The reporter's prompt passes on the council's assertion: claimant is the council."),
        S('''Will you change them?''', N, why="A question."),
    ],
    [
        S('''Janetzki:''', N, why="Transcript speaker label."),
        S('''No.''', N, why="Fragment."),
        S('''We made a commitment before the election not to change royalty rates, and we are keeping it.''',
          "Mr Janetzki", why="A checkable commitment having been made (and a stated position)."),
        S('''Two mines have closed in the past year and I accept the industry is under pressure, but the answer is not to break a promise.''',
          "Mr Janetzki", why="Leads with a checkable fact; 'the past year' has the article.",
          f=[("Two mines", "2")]),
    ],
    [S('''Queensland Resources Council chief executive Janette Hewson said coal producers had paid $52 billion in royalties over the past five years and that the top rates were "the highest in the world".''',
       "Janette Hewson", why="Reported speech; job title dropped; the partial quotation (four words) is a QUOTE ending at its closing mark (full stop outside).",
       q=[('''"the highest in the world"''', "Janette Hewson")],
       f=[("$52 billion", "52000000000"), ("five years", "5")])],
    [
        S('''The Queensland Council of Social Service welcomed $420 million for social housing repairs but said the budget offered little to renters, with median weekly rents in Brisbane up 7 per cent in a year.''',
          "Queensland Council of Social Service", why="Passes on the council's position; 'in a year' has the article.",
          f=[("$420 million", "420000000"), ("7 per cent", "7")]),
        S('''"For a family renting on a low income, there is not much in this budget," chief executive Aimee McVeigh said.''',
          N, why="Quotation plus tag; a verdict. Job title dropped.",
          q=[('''"For a family renting on a low income, there is not much in this budget,"''', "Aimee McVeigh")]),
    ],
    [S('''Budget estimates hearings begin in parliament next week.''',
       "", why="A scheduled parliamentary calendar item in the outlet's voice (as eval12's published calendar).")],
])

# ---------------------------------------------------------------------------
# 2. tairawhiti_flood_emergency: RNZ, curly quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["tairawhiti_flood_emergency"] = dict(nl="\r\n", paras=[
    [S("RNZ", N, why="Site line.")],
    [S("Tairāwhiti flooding: State of emergency declared, hundreds evacuated as rivers rise",
       N, why="Headline: no CLAIM; 'hundreds' is an inexact FIGURE with an empty value.",
       f=[("hundreds", "")])],
    [S("Listen to this article", N, why="Audio player furniture.")],
    [S("Aroha Pōtae, Tairāwhiti reporter", N, why="Byline.")],
    [S("5:42 pm on 14 March", N, why="Timestamp (clock time and date).")],
    [
        S("Floodwater surrounds homes in Te Karaka on Saturday morning.", N, why="Photo caption."),
        S("Photo: Supplied / Gisborne District Council", N, why="Photo credit."),
    ],
    [S("A state of emergency has been declared in Tairāwhiti after more than 250 millimetres of rain fell in 24 hours, forcing about 600 people from their homes and cutting State Highway 35 in at least four places.",
       "", why="The lede in RNZ's own voice. 'State Highway 35' is a name.",
       f=[("more than 250 millimetres", "250"), ("24 hours", "24"), ("about 600 people", "600"), ("at least four places", "4")])],
    [S("Gisborne Mayor Rehette Stoltz declared the emergency at 4am on Saturday as the Waipaoa River rose towards the top of its stopbanks near Te Karaka.",
       "", why="Reports an act, not a statement: RNZ's voice. '4am' is a clock time.")],
    [
        S("“We have people who have been on their roofs waiting for helicopters, and we still cannot reach parts of the coast by road,” Stoltz said.",
          "Stoltz", why="Quotation plus tag asserting checkable facts (people on roofs, roads cut). RNZ uses no honorific.",
          q=[("“We have people who have been on their roofs waiting for helicopters, and we still cannot reach parts of the coast by road,”", "Stoltz")]),
        S("“This is not over.”",
          N, why="Continuation quotation; a warning.",
          q=[("“This is not over.”", "Stoltz")]),
    ],
    [S("Tairāwhiti Civil Defence said 14 people had been winched to safety by rescue helicopters overnight, including two children and a 78-year-old woman from Ūawa/Tolaga Bay.",
       "Tairāwhiti Civil Defence", why="Reported statement. 'rescue helicopters' has no number; '78-year-old' is a compound.",
       f=[("14 people", "14"), ("two children", "2"), ("78-year-old", "78")])],
    [
        S("About 40 people spent the night at Te Poho-o-Rāwiri Marae in Gisborne, one of five evacuation centres opened on Friday night.",
          "", why="No tag: RNZ's voice. 'one of' is a pronoun.",
          f=[("About 40 people", "40"), ("five evacuation centres", "5")]),
        S("Te Rūnanganui o Ngāti Porou has also opened marae at Ruatōria and Tikitiki to anyone who needs a bed.",
          "", why="A checkable fact in RNZ's voice; 'a bed' has the article."),
    ],
    [
        S("At Te Poho-o-Rāwiri, marae chair Hēmi Walker said volunteers had served more than 300 meals since Friday night, most of them from kai donated by whānau and local businesses.",
          "Hēmi Walker", why="Reported speech; 'marae chair' is a job description; the macron stays in the name.",
          f=[("more than 300 meals", "300")]),
        S("“Nobody gets turned away here, whoever they are,” he said.",
          N, why="Quotation plus tag; a stance. 'he' resolves to Hēmi Walker.",
          q=[("“Nobody gets turned away here, whoever they are,”", "Hēmi Walker")]),
    ],
    [S("A red heavy rain warning remains in place for Tairāwhiti until 9pm on Saturday, and MetService said a further 80 to 120mm could fall about the ranges before the rain eases on Sunday.",
       "MetService", why="The attributed part gives the claimant. A range is one FIGURE; 'a further' is not an approximator; '9pm' a clock time.",
       f=[("80 to 120mm", "80-120")])],
    [
        S("Emergency Management and Recovery Minister Mark Mitchell, who flew into Gisborne on Saturday afternoon, said the government had approved an initial $500,000 for the mayoral relief fund.",
          "Mark Mitchell", why="Reported speech; the title goes.",
          f=[("$500,000", "500000")]),
        S("“The Defence Force has two NH90 helicopters here and a third on its way from Ōhakea,” Mitchell said.",
          "Mitchell", why="Quotation plus tag asserting a checkable deployment. 'NH90' is a model name inside the counted noun; 'a third' is ordinal-like: no FIGURE.",
          q=[("“The Defence Force has two NH90 helicopters here and a third on its way from Ōhakea,”", "Mitchell")],
          f=[("two NH90 helicopters", "2")]),
    ],
    [S("NZ Transport Agency Waka Kotahi said State Highway 2 through the Waioeka Gorge to Ōpōtiki was closed by slips, and that it could be several days before SH35 north of Ūawa reopened.",
       "NZ Transport Agency Waka Kotahi", why="Reported statement; road numbers are names; 'several days' has no number word.")],
    [
        S("Lines company Firstlight Network said about 3,200 customers were without power, most of them north of Tolaga Bay.",
          "Firstlight Network", why="Reported statement.",
          f=[("about 3,200 customers", "3200")]),
        S("Gisborne District Council has asked residents to conserve water after a pipeline from the Mangapoike dams was damaged by a slip.",
          "Gisborne District Council", why="Reported advice from the council (eval10)."),
    ],
    [S("All schools and kura in the Gisborne district will stay closed on Monday, and about 1,400 students sitting exams this week will be given new dates, the Ministry of Education said.",
       "Ministry of Education", why="Reported statement of a ministry (an announced closure is checkable). 'kura' (Māori-medium schools) is an ordinary word.",
       f=[("about 1,400 students", "1400")])],
    [
        S("The region is still rebuilding from Cyclone Gabrielle, which in February 2023 destroyed bridges and cut Tairāwhiti off by road for days.",
          "", why="Background in RNZ's voice; 'February 2023' is a date; 'for days' has no number."),
        S("Stoltz said about a third of the road repairs funded after Gabrielle had been finished, and some of those had been damaged again overnight.",
          "Stoltz", why="Reported speech; 'about a third' has no number word."),
    ],
    [
        S("In Te Karaka, farmer Tāmati Kohere said water had come through his house for the second time in three years.",
          "Tāmati Kohere", why="Reported speech; 'second' is an ordinal, 'three years' a duration.",
          f=[("three years", "3")]),
        S("“We cleaned it all out after Gabrielle, new carpet, new gib, the lot,” he said.",
          "Tāmati Kohere", why="Quotation plus tag; a checkable account of the repairs.",
          q=[("“We cleaned it all out after Gabrielle, new carpet, new gib, the lot,”", "Tāmati Kohere")]),
        S("“Now it’s a metre deep in the lounge again.”",
          "Tāmati Kohere", why="Continuation quotation; a checkable fact. 'a metre' has the article: no FIGURE.",
          q=[("“Now it’s a metre deep in the lounge again.”", "Tāmati Kohere")]),
    ],
    [
        S("Anyone in danger should call 111.", N, why="Service information for readers; '111' is a phone number."),
        S("Updates on evacuation centres and road closures are on the Tairāwhiti Civil Defence website.",
          N, why="Service information (boilerplate)."),
    ],
])

# ---------------------------------------------------------------------------
# 3. harmony_gold_results_strike: News24 business, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["harmony_gold_results_strike"] = dict(nl="\n", paras=[
    [S("News24", N, why="Site line.")],
    [S("Business", N, why="Section label.")],
    [S("Harmony Gold profit jumps 68% to R17.2bn as gold soars, but unions threaten strike",
       N, why="Headline: no CLAIM; FIGUREs marked.",
       f=[("68%", "68"), ("R17.2bn", "17200000000")])],
    [S("The miner will pay a record dividend, while the NUM and Amcu have rejected a 6% wage offer for some 46,000 workers.",
       N, why="Dek: no CLAIM; FIGUREs marked ('some' is an approximator).",
       f=[("6%", "6"), ("some 46,000 workers", "46000")])],
    [S("Nompumelelo Khumalo", N, why="Byline.")],
    [S("28 Aug, 12:40", N, why="Date and clock time.")],
    [
        S("Harmony Gold’s Moab Khotsong mine near Orkney in North West.", N, why="Photo caption."),
        S("(Supplied)", N, why="Photo credit."),
    ],
    [S("Harmony Gold’s net profit rose 68% to R17.2 billion in the year to June as the rand gold price hit record highs, the miner said on Thursday, but its results were overshadowed by a threatened strike at its South African operations.",
       "Harmony Gold", why="The lede passes on the company's results; the attributed part gives the claimant (eval9).",
       f=[("68%", "68"), ("R17.2 billion", "17200000000")])],
    [
        S("Revenue climbed 31% to R96.4bn, while headline earnings per share rose to 2,715 cents from 1,618 cents a year earlier.",
          "", why="Result lines with no tag: the outlet's voice (eval12). Cents are a unit; 'a year earlier' has the article.",
          f=[("31%", "31"), ("R96.4bn", "96400000000"), ("2,715 cents", "2715"), ("1,618 cents", "1618")]),
        S("The received gold price averaged R1.71 million per kilogram, up 37%, while production was flat at 1.46 million ounces.",
          "", why="No tag. The span ends before 'per' (eval12).",
          f=[("R1.71 million", "1710000"), ("37%", "37"), ("1.46 million ounces", "1460000")]),
    ],
    [S("The board declared a final dividend of 185 cents a share, taking the total for the year to a record 312 cents.",
       "", why="No tag: the outlet's voice; 'a share' has the article.",
       f=[("185 cents", "185"), ("312 cents", "312")])],
    [S("“This is the strongest set of results in Harmony’s history, and we have used it to pay down debt and fund growth, not to chase ounces at any cost,” chief executive Beyers Nel told reporters in Johannesburg.",
       "Beyers Nel", why="Quotation plus tag asserting checkable facts (record results, debt paid down); the job title goes.",
       q=[("“This is the strongest set of results in Harmony’s history, and we have used it to pay down debt and fund growth, not to chase ounces at any cost,”", "Beyers Nel")])],
    [S("Nel said the company had spent R4.8bn so far on its Eva Copper project in Queensland, Australia, and expected first production in the second half of 2028.",
       "Nel", why="Reported speech (a fact and an expectation); 'first', 'second half' are ordinals, '2028' a year.",
       f=[("R4.8bn", "4800000000")])],
    [
        S("The National Union of Mineworkers said on Thursday it had rejected Harmony’s offer of a 6% increase in each of the next three years for about 46,000 employees.",
          "National Union of Mineworkers", why="Reported statement of one union.",
          f=[("6%", "6"), ("three years", "3"), ("about 46,000 employees", "46000")]),
        S("The Association of Mineworkers and Construction Union (Amcu) said it would apply to the Commission for Conciliation, Mediation and Arbitration (CCMA) for a strike certificate if the company did not improve its offer by next Friday.",
          "Amcu", why="Reported statement of the other union; claimant is the short form the article keeps using for it ('Amcu')."),
    ],
    [
        S("NUM spokesperson Livhuwani Mammburu said the unions wanted increases of between R2,500 and R3,000 a month for entry-level underground workers, whose basic pay was about R14,200 a month.",
          "Livhuwani Mammburu", why="Reported speech; job description dropped. A range is one FIGURE; 'a month' has the article.",
          f=[("between R2,500 and R3,000", "2500-3000"), ("about R14,200", "14200")]),
        S("“Harmony is making record money from workers who go 3km underground every day, and it is offering them crumbs,” Mammburu said.",
          "Mammburu", why="Quotation plus tag; record profits and the depth are checkable alongside the rhetoric. The unit is in the token.",
          q=[("“Harmony is making record money from workers who go 3km underground every day, and it is offering them crumbs,”", "Mammburu")],
          f=[("3km", "3")]),
    ],
    [S("Amcu president Joseph Mathunjwa told a rally outside Moab Khotsong on Wednesday that members were “ready to down tools” if the company did not move.",
       "Joseph Mathunjwa", why="Reported speech with a four-word partial quotation; the title goes.",
       q=[("“ready to down tools”", "Joseph Mathunjwa")])],
    [
        S("Harmony said in a statement that its offer was well above inflation, which was 3.4% in July, and that total guaranteed pay for entry-level workers, including housing and living-out allowances, was more than R21,000 a month.",
          "Harmony", why="Reported statement; 'July' is a date.",
          f=[("3.4%", "3.4"), ("more than R21,000", "21000")]),
        S("“We remain at the table and we believe a settlement is possible,” the company said.",
          N, why="Quotation plus tag; a stance and a belief. 'the company' resolves to Harmony.",
          q=[("“We remain at the table and we believe a settlement is possible,”", "Harmony")]),
    ],
    [S("Harmony’s shares fell 2.3% to R268.40 on the JSE on Thursday, having gained 84% over the past 12 months.",
       "", why="Market moves in the outlet's voice.",
       f=[("2.3%", "2.3"), ("R268.40", "268.4"), ("84%", "84"), ("12 months", "12")])],
    [
        S("Ofentse Molefe, a mining analyst at Anchor Capital, said a prolonged strike could cost Harmony about 20,000 ounces of gold a month, worth roughly R1.1bn at current prices.",
          "Ofentse Molefe", why="Reported speech (an estimate); job description dropped.",
          f=[("about 20,000 ounces", "20000"), ("roughly R1.1bn", "1100000000")]),
        S("“The balance sheet can take a short strike, but the market has not forgotten 2014,” she said.",
          N, why="Quotation plus tag; a judgement. '2014' is a year.",
          q=[("“The balance sheet can take a short strike, but the market has not forgotten 2014,”", "Ofentse Molefe")]),
    ],
    [S("The 2014 platinum strike led by Amcu lasted five months and cost producers an estimated R24bn in lost revenue.",
       "", why="Background in the outlet's voice; 'an estimated' is kept as an approximator.",
       f=[("five months", "5"), ("an estimated R24bn", "24000000000")])],
    [S("Mineral and Petroleum Resources Minister Gwede Mantashe urged both sides to settle, saying the gold sector employed about 92,000 people and could not afford “another long stand-off”.",
       "Gwede Mantashe", why="Reported speech; the title goes; the three-word partial quotation ends at its closing mark.",
       q=[("“another long stand-off”", "Gwede Mantashe")],
       f=[("about 92,000 people", "92000")])],
    [S("Read more | Gold price tops US$3,800 an ounce as investors seek safety",
       N, why="Related-link line: no CLAIM; FIGURE marked ('an ounce' has the article).",
       f=[("US$3,800", "3800")])],
])

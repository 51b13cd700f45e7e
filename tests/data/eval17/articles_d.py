"""Held-out articles, set D (writer d): three original aviation and rail
accident-and-investigation stories written for the seventeenth evaluation
set, as text scraped off news and trade websites with the page furniture a
scraper keeps (cf. /work/shared/corpus), at ordinary transport-desk
density. Real institutions, manufacturers, aircraft and train types appear
(the NTSB, the FAA, Airbus, Pratt & Whitney, the Airbus A321neo, A320neo
and A319, the Boeing 737 MAX 9, the RAIB, Network Rail, East Midlands
Railway, British Transport Police, the ORR, the Class 158, India's DGCA
and AAIB, the ATR 72-600, Pratt & Whitney Canada's PW127M), but the
events, figures and every quoted or reported word are invented, and so
are the operators `Ridgeline Airways` and `AirVeda Regional`, the
crossing, the victims, passengers, officials, analysts and bylines. The
2013 British Airways A319 cowl event and Alaska Airlines Flight 1282 are
only mentioned as background / in a related headline.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets where they apply.

`denver_a321neo_cowl_return` is an AP-style wire story (an A321neo loses
its left fan cowl climbing out of Denver and returns on one engine; the
NTSB's preliminary report, the airline's statement, the FAA, two
passengers) with straight double quotes and straight apostrophes, a
nested single-quoted quotation, "\\n" line ends: `AP News` site line,
headline, upper-case byline, `Updated` stamp, a photo caption ending
`(AP Photo/...)`, an inline `DENVER (AP) —` dateline, a `... reported
from Washington.` credit line and a `RELATED COVERAGE` block of two
headlines.
`sutterby_fen_crossing_crash` is a BBC News-style regional story (a Class
158 train hits a van on a level crossing in Lincolnshire after the
barriers rise early; the RAIB's interim statement, Network Rail, East
Midlands Railway, the victim's sister, British Transport Police, ORR
statistics) with curly double quotes and curly apostrophes, "\\n\\n" line
ends: site line, section line, headline, `Published` stamp, byline,
`Image source, ...` and `Image caption, ...` lines, a `More on this
story` headline and a `Related Topics` block.
`dgca_airveda_atr_grounding` is a Simple Flying-style trade-site story
(India's DGCA grounds six ATR 72-600s of a regional carrier and fines it
after an audit finds engine borescope inspections signed off but not
done; an engine failure on Flight VR416 and the AAIB's preliminary report,
the airline and its chief executive, cancellations and passenger
compensation, a consultant) with curly double quotes and curly
apostrophes, "\\r\\n" (CRLF) line ends (set so by the engineer who added the set, for the CRLF check): site line, section line, Title-Case
headline, dek, byline, `Published` stamp, a caption with `Photo: ... |
Shutterstock`, a `Timeline` box of four dated lines and a `Related` block.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times and
ordinals no FIGUREs; bare ages after names are FIGUREs; a bare number
whose counted noun does not follow is a FIGURE of the number alone; an
adjective or a proper-noun modifier between number and noun ends the span;
numerals referring back to a known group are no FIGUREs; hyphenated
compounds are whole; headline, dek, site/section lines, stamps, bylines,
captions, credits, datelines, `Related`/`More on this story` blocks and
the timeline box get no CLAIM but their QUOTEs and FIGUREs are marked; the
outlet's own reporting has an empty claimant, as in the corpus gold;
`did not respond to a request for comment` and `referred questions to`
are checkable non-statements in the outlet's voice). New or
transport-specific calls:
- Names and labels, not FIGUREs: flight numbers (`Flight 2217`, `Flight
  VR416`, `Flight 1282`), registrations (`VT-AVK`), aircraft, engine and
  train designations (`A321neo`, `A320neo-family`, `A320-family`, `A319`,
  `Boeing 737 MAX 9`, `PW1100G`, `ATR 72-600`, `72-600s`, `PW127M`,
  `Class 158`), runway names (`Runway 34L`, `Runway 27L`) and a seat row
  (`row 12`, a label like eval15's `lap 12`). Times in local and UTC
  (`8:06 a.m. local time (1406 UTC)`, `10:42 local time (05:12 UTC)`,
  `3 p.m.`) are clock times.
- Altitudes and speeds keep their unit: `about 14,000 feet` -> 14000,
  `about 9,500 feet`, `250 knots`, `68mph`, `109km/h`; distances written
  with unit letters keep them (`about 300m`, `about 400m`, `about 250m`,
  `390m`), as eval12's `93mph`. A converted speed in brackets
  (`68mph (109km/h)`) is a second FIGURE, as eval16's dollar conversions;
  so is `INR 3 million (about $35,000)`. `INR 3 million` / `INR 3 Million`
  (headline capitals) -> 3000000, `up to INR 10,000` -> 10000, `about INR
  38 million` -> 38000000: the currency code before the number is part of
  the amount, like `SR165 billion` in eval16.
- `within 12 months`, `within 15 days`: `within` gives an upper bound, so
  it is treated as an approximator like `up to` and stays in the span.
  `less than 24 hours`, `more than two hours`, `roughly four minutes` take
  their approximators likewise.
- Adjectives and proper-noun modifiers end the span: `two curved panels`
  -> `two`, `all 41 A321neo jets` -> `41` (`all` is no approximator and
  stays out), `37 other crossings` -> `37`, `two contracted engineers` ->
  `two`, `about 110 daily flights` -> `about 110`, `Two regional jets` ->
  `Two`, `6 AirVeda ATR 72-600s` -> `6` (its n-th occurrence given,
  since `72-600s` also holds a 6), `The 5 Busiest Domestic Routes` ->
  `5` (first occurrence; `2025` holds another 5). Noun-noun compounds stay: `seven crew
  members`, `23 borescope inspections`, `41 flight hours`, `61 flights`.
  `four crew` counts crew (the noun follows).
- `All 14 of our aircraft` -> `14` and `eight of them` -> `eight` (the
  noun does not follow); `Twelve of the 61 passengers` -> `Twelve` and
  `61 passengers`; `two of them` -> `two`. Back references are no
  FIGUREs: `one of the 23` (the 23 inspections already counted), `The six
  grounded aircraft` (the six already counted); `one of` is a pronoun;
  `a week`, `a pair` hold no number word; `twice a day` no FIGURE.
  `four-page`, `two-carriage` are hyphenated compounds.
- Claimants: the lede's `the National Transportation Safety Board said`
  -> `National Transportation Safety Board`, then `the NTSB said` ->
  `NTSB`; `The report says ...` and `..., according to the report`
  pass on the NTSB's preliminary report: claimant `NTSB` (the report's
  author, at its nearest naming mention; eval16's `according to OPEC's
  ... report` -> `OPEC`); `investigators wrote` -> `investigators`
  (unnamed, the description kept). `Ridgeline said` / `The Seattle-based
  carrier said` -> `Ridgeline`; `The captain ... told investigators` ->
  `captain` (unnamed source keeps the description). In the BBC story the
  lede's `rail accident investigators have said` keeps its description
  (`rail accident investigators`); `The Rail Accident Investigation Branch
  (RAIB) said` and the following `It said` -> `Rail Accident
  Investigation Branch`; `the RAIB said` -> `RAIB`. `According to the ORR`
  -> `ORR`. In the trade story the lede (`India's Directorate General of
  Civil Aviation (DGCA) has grounded ...`) reports the regulator's action
  in the site's own voice (claimant empty, see below); `The regulator's order ... says` and `It
  lists` -> `DGCA` (the order's author, as the text names it at the
  nearest mention); `The DGCA found` -> `DGCA`; `India's Aircraft Accident
  Investigation Bureau (AAIB)` -> `Aircraft Accident Investigation Bureau`
  (the possessive `India's` is a qualifier, not part of the name), then
  `The AAIB said` -> `AAIB`. Job titles and `passenger` before a name are
  dropped (`Alana Whitford`, `Rohan Mehta`).
- A regulator's action reported as an event (`India's DGCA has grounded
  ... and fined ...`) is the outlet's own reporting: claimant empty. A
  regulation stated as fact (`Under DGCA rules, passengers ... are
  entitled to ...`) is also in the outlet's voice. A statement about what
  the report does not say, and the usual length of an NTSB final
  investigation, are checkable in the outlet's voice.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: passengers' eyewitness accounts (the bang and the shaking,
  metal flapping on the engine, what the captain announced), the RAIB's
  findings, Network Rail's 37 checked crossings, the sister's `drove over
  that crossing twice a day for 20 years`, the chief executive's
  re-inspection of all 14 aircraft; not for praise, feelings, sympathy,
  stances and opinions (`The flight attendants were amazing.`, `the
  longest 20 minutes of my life`, `Our thoughts remain with ...`, `He
  trusted it ...`, `Safety is non-negotiable ...`, the consultant's
  `Paperwork is the last line of defence ...`).
- The passenger's quotation holding the captain's words in single quotes
  is one QUOTE (the nested one is not separate). A quotation running over
  two sentences after the tag sentence, and the RAIB's tagless
  continuation paragraph, are one QUOTE each (paragraph dict), with a
  decision per inner sentence.
- Two-word partial quotations are QUOTEs (`"cooperating fully"`,
  `“proper answers”`); a quoted phrase from a written order is a QUOTE by
  its author (`“failed to exercise effective oversight”` -> `DGCA`;
  `“deeply regrets the lapses”` -> `AirVeda`).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. denver_a321neo_cowl_return: AP-style wire story, straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["denver_a321neo_cowl_return"] = dict(nl="\n", paras=[
    [S('''AP News''', N, why="Site line.")],
    [S('''Jet returned to Denver after engine cover tore away at 14,000 feet, NTSB says''',
       N, why="Headline: no CLAIM; its FIGURE is marked (the altitude keeps 'feet').",
       f=[("14,000 feet", "14000")])],
    [S('''By MARIA DELGADO and KEVIN OSTROWSKI''', N, why="Byline.")],
    [S('''Updated 5:47 PM MDT, March 20, 2026''', N, why="Timestamp (a clock time and a date).")],
    [S('''A Ridgeline Airways Airbus A321neo is parked outside a maintenance hangar at Denver International Airport on Tuesday, March 17, 2026, two days after a cover on its left engine tore away in flight. (AP Photo/Thomas Reyes)''',
       N, why="Photo caption and credit: no CLAIM; its FIGURE is marked. 'A321neo' is a type designation.",
       f=[("two days", "2")])],
    [
        S('''DENVER (AP) —''', N, why="Inline dateline: furniture, not part of the first sentence."),
        S('''The pilots of a Ridgeline Airways jet that lost an engine cover shortly after takeoff from Denver shut down the damaged engine at about 14,000 feet and flew back to the airport on the other one, the National Transportation Safety Board said Friday.''',
          "National Transportation Safety Board", why="The lede passes on the safety board's findings. 'the other one' is a pronoun.",
          f=[("about 14,000 feet", "14000")]),
    ],
    [
        S('''None of the 188 passengers and seven crew members on Flight 2217 to Seattle on March 15 was hurt, and the Airbus A321neo landed on Runway 34L about 22 minutes after takeoff, the NTSB said in a four-page preliminary report.''',
          "NTSB", why="Passes on the preliminary report; 'NTSB' is the name at this mention. Flight number, type and runway are names; 'March 15' a date; 'four-page' a hyphenated compound.",
          f=[("188 passengers", "188"), ("seven crew members", "7"), ("about 22 minutes", "22"), ("four-page", "4")]),
    ],
    [
        S('''The report says the fan cowl on the left engine — two curved panels that close around the front of the engine like a clamshell — came off as the plane climbed through about 9,500 feet at 250 knots, roughly four minutes after it left the runway at 8:06 a.m. local time (1406 UTC).''',
          "NTSB", why="'The report says': the NTSB's report, its author named at the nearest mention. 'curved' ends the span ('two'); altitude and speed keep their units; clock times are no FIGUREs.",
          f=[("two", "2"), ("about 9,500 feet", "9500"), ("250 knots", "250"), ("roughly four minutes", "4")]),
    ],
    [
        S('''Pieces of the cowl struck the left wing and the engine inlet, and the crew reported high vibration from the engine, a Pratt & Whitney PW1100G, according to the report.''',
          "NTSB", why="'according to the report' (the NTSB's). 'PW1100G' is an engine designation."),
        S('''The captain then shut it down, declared an emergency and asked air traffic controllers to let the plane return, investigators wrote.''',
          "investigators", why="'investigators wrote': unnamed, the description is kept."),
    ],
    {"s": [
        S('''"We heard a loud bang and then the whole plane started shaking," said Alana Whitford, 34, who was sitting in row 12, just ahead of the wing.''',
          "Alana Whitford", why="Quotation plus inverted tag: an eyewitness account of checkable events. Bare age after the name is a FIGURE; 'row 12' is a seat label.",
          q=[('''"We heard a loud bang and then the whole plane started shaking,"''', "Alana Whitford")],
          f=[("34", "34")]),
        S('''"I could see pieces of metal flapping around on the engine.''',
          "Alana Whitford", why="First sentence of a two-sentence quotation with no tag of its own: an eyewitness observation (checkable)."),
        S('''The flight attendants were amazing."''',
          N, why="Same quotation: praise, an opinion."),
    ], "q": [('''"I could see pieces of metal flapping around on the engine. The flight attendants were amazing."''', "Alana Whitford")]},
    [
        S('''Another passenger, Deshawn Price, said the captain spoke to the cabin about 10 minutes after the bang.''',
          "Deshawn Price", why="Reported speech.",
          f=[("about 10 minutes", "10")]),
        S('''"He came on and said, 'We've lost an engine, we're fine, we're going back to Denver,'" Price said.''',
          "Price", why="Quotation plus tag asserting a checkable event (what the captain announced). The nested single-quoted words are not a separate QUOTE.",
          q=[('''"He came on and said, 'We've lost an engine, we're fine, we're going back to Denver,'"''', "Price")]),
        S('''"That was the longest 20 minutes of my life."''',
          N, why="Continuation quotation: a feeling. The duration is still a FIGURE.",
          q=[('''"That was the longest 20 minutes of my life."''', "Price")],
          f=[("20 minutes", "20")]),
    ],
    [
        S('''The NTSB said maintenance records showed mechanics had opened the cowl the night before the flight to check for an oil leak.''',
          "NTSB", why="Reported finding of the board."),
        S('''The preliminary report does not say whether the latches were fully closed afterward.''',
          "", why="A checkable statement about the report's content, in the wire's own voice."),
        S('''A final report, which will give a probable cause, typically takes 12 to 24 months.''',
          "", why="A checkable state of affairs (how long NTSB final reports usually take) in the wire's voice; a range is one FIGURE.",
          f=[("12 to 24 months", "12-24")]),
    ],
    [
        S('''Ridgeline said in a statement that it had "taken the aircraft out of service" and was "cooperating fully" with investigators.''',
          "Ridgeline", why="Reported statement of the airline, named as at this mention. Two partial quotations (two or more words each).",
          q=[('''"taken the aircraft out of service"''', "Ridgeline"), ('''"cooperating fully"''', "Ridgeline")]),
        S('''The Seattle-based carrier said it had since inspected the cowl latches on all 41 A321neo jets in its fleet and found no other problems.''',
          "Ridgeline", why="'The Seattle-based carrier' resolves to Ridgeline. 'A321neo' (a proper-noun type designation) ends the span; 'all' is no approximator.",
          f=[("41", "41")]),
    ],
    [
        S('''Airbus referred questions to the NTSB.''',
          "", why="A checkable non-statement in the wire's voice."),
        S('''Pratt & Whitney, which makes the engine, did not respond to a request for comment.''',
          "", why="A checkable non-statement in the wire's voice (earlier sets' convention)."),
    ],
    [
        S('''The Federal Aviation Administration said Thursday it was "reviewing the circumstances of the event" and had reminded operators of Airbus A320neo-family jets to confirm that fan cowl latches are closed and locked before every flight.''',
          "Federal Aviation Administration", why="Reported statement of the regulator with a partial quotation.",
          q=[('''"reviewing the circumstances of the event"''', "Federal Aviation Administration")]),
    ],
    [
        S('''Fan cowls have come off Airbus A320-family jets before, usually after being left unlatched following maintenance.''',
          "", why="Background fact in the wire's voice."),
        S('''In 2013, a British Airways Airbus A319 returned to London's Heathrow Airport after the cowls on both of its engines came off during takeoff.''',
          "", why="A past event in the wire's voice; '2013' is a year, 'A319' a type, 'both' no number word."),
    ],
    [
        S('''The captain, who has flown for Ridgeline for 19 years, told investigators that no warning had appeared in the cockpit before the bang.''',
          "captain", why="Reported speech of an unnamed source: the description without the article.",
          f=[("19 years", "19")]),
    ],
    [
        S('''Passengers were put on a replacement flight that left Denver shortly after 3 p.m. and reached Seattle that evening.''',
          "", why="The wire's own reporting; '3 p.m.' is a clock time."),
        S('''Ridgeline said it would refund every passenger's fare and had offered each of them a $500 travel voucher.''',
          "Ridgeline", why="Reported statement of the airline. The amount is the FIGURE.",
          f=[("$500", "500")]),
    ],
    [S('''Ostrowski reported from Washington.''', N, why="Credit line.")],
    [S('''RELATED COVERAGE''', N, why="Block label.")],
    [S('''What to know about Alaska Airlines Flight 1282 and the Boeing 737 MAX 9 door plug''',
       N, why="Related-story headline; numbers inside names are no FIGUREs.")],
    [S('''Two regional jets clip wings while taxiing at Chicago's O'Hare; no one hurt''',
       N, why="Related-story headline: no CLAIM; 'regional' ends the span of its FIGURE.",
       f=[("Two", "2")])],
])

# ---------------------------------------------------------------------------
# 2. sutterby_fen_crossing_crash: BBC News-style regional story, curly
#    quotes, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["sutterby_fen_crossing_crash"] = dict(nl="\n\n", paras=[
    [S("BBC News", N, why="Site line.")],
    [S("Lincolnshire", N, why="Section line.")],
    [S("Train was travelling at 68mph when it hit van at level crossing, investigators say",
       N, why="Headline: no CLAIM; its FIGURE (speed with its unit letters) is marked.",
       f=[("68mph", "68")])],
    [S("Published 14 May 2026", N, why="Timestamp (a date).")],
    [S("Joe Harland, BBC News, Lincolnshire", N, why="Byline.")],
    [S("Image source, PA Media", N, why="Image credit.")],
    [S("Image caption, The front carriage came to rest about 300m beyond the crossing",
       N, why="Image caption: no CLAIM; its FIGURE is marked.",
       f=[("about 300m", "300")])],
    [S("A passenger train was travelling at 68mph (109km/h) when it hit a van on a level crossing in Lincolnshire, killing the van’s driver, rail accident investigators have said.",
       "rail accident investigators", why="The lede passes on the investigators' findings; the description is kept as named here. The converted speed in brackets is a second FIGURE.",
       f=[("68mph", "68"), ("109km/h", "109")])],
    [
        S("The Rail Accident Investigation Branch (RAIB) said the barriers at Sutterby Fen crossing, near Spalding, had started to rise while the train was still about 400m away.",
          "Rail Accident Investigation Branch", why="Reported finding; the abbreviation in brackets is not part of the name.",
          f=[("about 400m", "400")]),
        S("It said a fault in the crossing’s control equipment was the likely cause.",
          "Rail Accident Investigation Branch", why="'It' resolves to the branch, named at the nearest mention."),
    ],
    [S("Stephen Marsh, 47, from Holbeach, died at the scene on the morning of 28 April.",
       "", why="The outlet's own reporting. Bare age after the name is a FIGURE; '28 April' a date.",
       f=[("47", "47")])],
    [S("Twelve of the 61 passengers on board and the train’s conductor were taken to hospital, two of them with serious injuries.",
       "", why="The outlet's own reporting. 'Twelve' and 'two' count people who do not follow: bare numbers.",
       f=[("Twelve", "12"), ("61 passengers", "61"), ("two", "2")])],
    [
        S("“Our initial examination has found that the barriers began to rise about 11 seconds before the train reached the crossing,” the RAIB said in an interim statement on Thursday.",
          "RAIB", why="Quotation plus tag asserting a checkable finding.",
          q=[("“Our initial examination has found that the barriers began to rise about 11 seconds before the train reached the crossing,”", "RAIB")],
          f=[("about 11 seconds", "11")]),
        S("“The van entered the crossing about four seconds later.”",
          "RAIB", why="Continuation quotation: a checkable finding.",
          q=[("“The van entered the crossing about four seconds later.”", "RAIB")],
          f=[("about four seconds", "4")]),
    ],
    {"s": [
        S("“We have found no evidence of any fault with the train or its brakes.",
          "RAIB", why="Tagless continuation paragraph of the RAIB's statement: a checkable finding."),
        S("There is also no evidence at this stage that the van driver acted unsafely.”",
          "RAIB", why="Same quotation: a checkable finding."),
    ], "q": [("“We have found no evidence of any fault with the train or its brakes. There is also no evidence at this stage that the van driver acted unsafely.”", "RAIB")]},
    [
        S("The two-carriage Class 158 unit, operated by East Midlands Railway, was running from Peterborough to Lincoln.",
          "", why="The outlet's own reporting; 'two-carriage' is a hyphenated compound, 'Class 158' a type name.",
          f=[("two-carriage", "2")]),
        S("Its driver applied the emergency brake about 250m before the crossing, but the train needed a further 390m to stop, the RAIB said.",
          "RAIB", why="Reported finding; distances keep their unit letters.",
          f=[("about 250m", "250"), ("390m", "390")]),
    ],
    [S("Network Rail, which owns and maintains the crossing, said a damaged cable found in a trackside equipment cabinet had been replaced and the crossing had reopened on 6 May with extra daily checks.",
       "Network Rail", why="Reported statement; '6 May' a date.")],
    [
        S("“Our thoughts remain with Mr Marsh’s family and with everyone who was on that train,” said Helen Okafor, Network Rail’s route director for the area.",
          N, why="Quotation plus inverted tag: sympathy, nothing to check. Job description dropped.",
          q=[("“Our thoughts remain with Mr Marsh’s family and with everyone who was on that train,”", "Helen Okafor")]),
        S("“We are working closely with the RAIB and have checked the same type of equipment at 37 other crossings across the region.”",
          "Helen Okafor", why="Continuation quotation asserting a checkable fact (37 crossings checked). 'other' ends the span.",
          q=[("“We are working closely with the RAIB and have checked the same type of equipment at 37 other crossings across the region.”", "Helen Okafor")],
          f=[("37", "37")]),
    ],
    [
        S("The line between Spalding and Sleaford was closed for eight days.",
          "", why="The outlet's own reporting.",
          f=[("eight days", "8")]),
        S("East Midlands Railway said 214 services had been cancelled or replaced by buses during the closure.",
          "East Midlands Railway", why="Reported statement of the operator.",
          f=[("214 services", "214")]),
    ],
    [S("Mr Marsh’s sister, Karen Doyle, said the family wanted “proper answers” about why the barriers had gone up.",
       "Karen Doyle", why="Reported speech with a two-word partial quotation.",
       q=[("“proper answers”", "Karen Doyle")])],
    [
        S("“Steve drove over that crossing twice a day for 20 years,” she said.",
          "Karen Doyle", why="Quotation plus tag asserting a checkable fact; 'she' resolves to Karen Doyle. 'twice' is no FIGURE.",
          q=[("“Steve drove over that crossing twice a day for 20 years,”", "Karen Doyle")],
          f=[("20 years", "20")]),
        S("“He trusted it, like everybody round here did.”",
          N, why="Continuation quotation: a feeling and a generalisation.",
          q=[("“He trusted it, like everybody round here did.”", "Karen Doyle")]),
    ],
    [S("British Transport Police said it was continuing to investigate alongside the RAIB and the Office of Rail and Road (ORR), the rail industry’s safety regulator.",
       "British Transport Police", why="Reported statement.")],
    [
        S("There are nearly 6,000 level crossings on Network Rail’s lines in Great Britain.",
          "", why="Background fact in the outlet's voice; the noun-noun compound stays in the span.",
          f=[("nearly 6,000 level crossings", "6000")]),
        S("According to the ORR, there were 11 collisions between trains and road vehicles at level crossings in the year to March 2025, up from seven the year before.",
          "ORR", why="'According to the ORR'. 'seven' counts collisions that do not follow: bare number; 'March 2025' a date.",
          f=[("11 collisions", "11"), ("seven", "7")]),
    ],
    [S("The RAIB said its full investigation would examine how the crossing’s control system was designed and maintained, and that it expected to publish a final report within 12 months.",
       "RAIB", why="Reported speech (an expectation): that it was said is checkable. 'within' is kept as an approximator.",
       f=[("within 12 months", "12")])],
    [S("More on this story", N, why="Block label.")],
    [S("Man dies after van and train collide at level crossing", N, why="Related-story headline.")],
    [S("Related Topics", N, why="Block label.")],
    [S("Rail travel", N, why="Topic link.")],
    [S("Spalding", N, why="Topic link.")],
    [S("Rail Accident Investigation Branch", N, why="Topic link.")],
])

# ---------------------------------------------------------------------------
# 3. dgca_airveda_atr_grounding: Simple Flying-style trade story, curly
#    quotes, "\r\n" (CRLF), Timeline box
# ---------------------------------------------------------------------------
ARTICLES["dgca_airveda_atr_grounding"] = dict(nl="\r\n", paras=[
    [S("Simple Flying", N, why="Site line.")],
    [S("Airline News", N, why="Section line.")],
    [S("India’s DGCA Grounds 6 AirVeda ATR 72-600s And Fines Carrier INR 3 Million Over Skipped Engine Checks",
       N, why="Headline: no CLAIM; FIGUREs marked. The proper-noun modifier ends the span of the first ('6', the first occurrence, since '72-600s' holds another 6); the amount in headline capitals.",
       f=[("6", "6", 1), ("INR 3 Million", "3000000")])],
    [S("The regulator’s audit found that borescope inspections had been signed off without being carried out, weeks after an engine failure over Telangana.",
       N, why="Dek: no CLAIM; no FIGURE ('weeks' has no number).")],
    [S("By Vikram Nair", N, why="Byline.")],
    [S("Published Mar 31, 2026", N, why="Timestamp (a date).")],
    [S("An AirVeda Regional ATR 72-600 at Hyderabad’s Rajiv Gandhi International Airport. Photo: Karthik Iyer | Shutterstock",
       N, why="Photo caption and credit; the type designation is a name.")],
    [S("India’s Directorate General of Civil Aviation (DGCA) has grounded six of AirVeda Regional’s 14 ATR 72-600 turboprops and fined the Hyderabad-based carrier INR 3 million (about $35,000) after an audit found that mandatory engine inspections had been recorded as done when they had not been.",
       "", why="The regulator's action reported as an event in the site's own voice. 'six' counts turboprops that do not follow; '14' is followed by a proper-noun type designation that ends the span; the dollar conversion is a second FIGURE.",
       f=[("six", "6"), ("14", "14"), ("INR 3 million", "3000000"), ("about $35,000", "35000")])],
    [
        S("The regulator’s order, dated March 27 and seen by Simple Flying, says the airline’s quality department “failed to exercise effective oversight” of contracted maintenance staff at its Hyderabad base.",
          "DGCA", why="Passes on the order; its author is the regulator, named 'DGCA' at the nearest mention. The quoted phrase is a QUOTE by the same author.",
          q=[("“failed to exercise effective oversight”", "DGCA")]),
        S("It lists 23 borescope inspections on Pratt & Whitney Canada PW127M engines between November and February that were signed off without the required images being recorded.",
          "DGCA", why="'It' is the order: the DGCA's claim. Noun-noun compound kept; 'PW127M' an engine designation.",
          f=[("23 borescope inspections", "23")]),
    ],
    [
        S("The audit began on March 9, a week after one of the airline’s aircraft, registered VT-AVK, suffered an engine failure shortly after takeoff from Hyderabad.",
          "", why="The site's own reporting; 'a week' has the article, 'one of' is a pronoun, 'VT-AVK' a registration."),
        S("The crew of Flight VR416 to Bengaluru shut down the right engine while climbing through about 11,000 feet at 10:42 local time (05:12 UTC) and returned to land on Runway 27L, according to a preliminary report by India’s Aircraft Accident Investigation Bureau (AAIB).",
          "Aircraft Accident Investigation Bureau", why="'according to' the bureau's report. Flight number and runway are names; clock times are no FIGUREs.",
          f=[("about 11,000 feet", "11000")]),
        S("None of the 64 passengers and four crew was injured.",
          "", why="The site's own reporting.",
          f=[("64 passengers", "64"), ("four crew", "4")]),
    ],
    [
        S("The AAIB said a blade in the engine’s low-pressure turbine had fractured, and that the engine had last been borescope-inspected 41 flight hours earlier.",
          "AAIB", why="Reported finding; 'flight hours' is a noun-noun unit.",
          f=[("41 flight hours", "41")]),
        S("The DGCA found that inspection was one of the 23 that had been signed off without images.",
          "DGCA", why="Passes on the regulator's finding. 'the 23' refers back to the inspections already counted: no FIGURE."),
    ],
    [S("In a statement, AirVeda said it “deeply regrets the lapses” and had dismissed two contracted engineers and suspended its quality manager pending an internal inquiry.",
       "AirVeda", why="Reported statement with a partial quotation. 'contracted' ends the span.",
       q=[("“deeply regrets the lapses”", "AirVeda")],
       f=[("two", "2")])],
    [
        S("“Safety is non-negotiable for us, and we accept the regulator’s findings in full,” chief executive Rohan Mehta said.",
          N, why="Quotation plus tag: a stance. Job title dropped.",
          q=[("“Safety is non-negotiable for us, and we accept the regulator’s findings in full,”", "Rohan Mehta")]),
        S("“All 14 of our aircraft have now been re-inspected by an independent team, and eight of them remain in service.”",
          "Rohan Mehta", why="Continuation quotation asserting checkable facts. The counted nouns do not follow: bare numbers.",
          q=[("“All 14 of our aircraft have now been re-inspected by an independent team, and eight of them remain in service.”", "Rohan Mehta")],
          f=[("14", "14"), ("eight", "8")]),
    ],
    [S("AirVeda said it had cancelled 186 flights between Friday and Monday, affecting about 9,400 passengers, and that a further 61 flights had been delayed by more than two hours.",
       "AirVeda", why="Reported statement of the airline.",
       f=[("186 flights", "186"), ("about 9,400 passengers", "9400"), ("61 flights", "61"), ("more than two hours", "2")])],
    [
        S("Under DGCA rules, passengers told of a cancellation less than 24 hours before departure are entitled to compensation of up to INR 10,000, depending on the flight’s length, on top of a refund.",
          "", why="A regulation stated as fact in the site's own voice. 'up to' is an approximator.",
          f=[("less than 24 hours", "24"), ("up to INR 10,000", "10000")]),
        S("AirVeda said it would pay the compensation automatically and had so far refunded about INR 38 million in fares.",
          "AirVeda", why="Reported statement of the airline.",
          f=[("about INR 38 million", "38000000")]),
    ],
    [
        S("The six grounded aircraft cannot fly again until their engines have been re-inspected under DGCA supervision, the regulator said.",
          "DGCA", why="'the regulator' resolves to DGCA (nearest naming mention). 'The six grounded aircraft' refers back: no FIGURE."),
        S("It also ordered the airline to submit a corrective action plan within 15 days.",
          "DGCA", why="'It' is the regulator; an order reported. 'within' kept as an approximator.",
          f=[("within 15 days", "15")]),
    ],
    [
        S("Ananya Rao, a Mumbai-based aviation safety consultant, said the case showed the risk for regional carriers that rely on contracted engineers.",
          "Ananya Rao", why="Reported speech (an opinion): that she said it is checkable. Job description dropped."),
        S("“Paperwork is the last line of defence in maintenance, and when it can’t be trusted, nothing else can,” she said.",
          N, why="Quotation plus tag: an opinion. 'she' resolves to Ananya Rao.",
          q=[("“Paperwork is the last line of defence in maintenance, and when it can’t be trusted, nothing else can,”", "Ananya Rao")]),
    ],
    [S("AirVeda, which began flying in 2019, operates about 110 daily flights from Hyderabad and Bengaluru to 22 cities in southern and western India.",
       "", why="Background fact in the site's own voice. 'daily' ends the span; '2019' a year.",
       f=[("about 110", "110"), ("22 cities", "22")])],
    [S("Timeline", N, why="Box label.")],
    [S("March 2: Flight VR416 returns to Hyderabad after engine failure", N, why="Timeline box entry (furniture).")],
    [S("March 9: DGCA begins special audit of AirVeda", N, why="Timeline box entry (furniture).")],
    [S("March 27: Six aircraft grounded, INR 3 million fine imposed", N, why="Timeline box entry: no CLAIM; FIGUREs marked.",
       f=[("Six aircraft", "6"), ("INR 3 million", "3000000")])],
    [S("March 30: AirVeda says 186 flights cancelled", N, why="Timeline box entry: no CLAIM; FIGURE marked.",
       f=[("186 flights", "186")])],
    [S("Related", N, why="Block label.")],
    [S("How India’s Regional Airlines Keep Their Turboprop Fleets Flying", N, why="Related-story headline.")],
    [S("The 5 Busiest Domestic Routes In India In 2025", N, why="Related-story headline: no CLAIM; 'Busiest' (an adjective) ends the span; '2025' a year.",
       f=[("5", "5", 1)])],
])

"""Held-out articles, set C: three original news stories written for the
eighth evaluation set, at ordinary wire, live-page and newspaper density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`ceasefire_talks_stall` is a translated international wire story with
curly quotes for the envoy, guillemets for the two governments and „…“ for
a quotation given to a German-language paper, "\\n" line endings;
`storm_power_outages` is a live-updates page with timestamped entries and
straight quotes, "\\r\\n"; `ai_chip_export_rules` is a tech/policy story
with headline, subheading and byline, curly quotes, "\\n".

Every person, organisation, country, town, platform and product named here
is invented.

Judgement calls (the `why` of the sentences concerned repeats them):
- A wire dateline (`LINDGARD, Nov 18 (Continental Press) -`) is its own
  non-CLAIM item, so the first CLAIM starts at the sentence proper.
- `Updated 14:20`-style entry stamps and entry headings on the live page are
  page furniture (no CLAIM); a FIGURE in an entry heading is still marked,
  as for headlines.
- A FIGURE in a subheading/dek is marked although the dek gets no CLAIM.
- `up to` and `as much as` are approximators (as `more than`) and are kept
  in the FIGURE span. Speeds are written `126 km/h` / `78 mph`; the unit
  directly follows the number, so it is in the span; a converted value in
  brackets is a second FIGURE.
- `58mm` and `20 to 30mm`: the unit is glued to the number; the range is one
  FIGURE with value `20-30`.
- `five wounded` (`two soldiers had been killed and five wounded`): `wounded`
  is the participle of the elided verb, not a counted noun, so the FIGURE
  is `five` alone.
- `The figures could not be independently verified.` is a CLAIM in the
  article's voice (a checkable statement about the agency's own checking,
  like `did not respond to a request for comment` in earlier sets).
- A quotation that only gives a stance, threat, instruction or rhetorical
  flourish is not a CLAIM; one that reports what was done or what happened
  (orders stopped, calls received, exports made) is.
- `„…“, Stanek told…`: the comma sits outside the German closing mark, so
  it is outside the QUOTE span.
- `the release said` resolves to the Bureau of Export Security; `It said`
  to the National Weather Service; `the company said` to Westline Power;
  unnamed sources keep their description without the article
  (`Brevonian government spokesperson`, `Coastline Rail spokesperson`).
- `Helix 7` is a product name and `AI` is no number: no FIGURE.
  `every one of them` is `one` as a pronoun: no FIGURE.
- `according to the council's website` gives the council as claimant, named
  as at its mention (`Coastal County Council`).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. ceasefire_talks_stall: international wire story, curly quotes for the
#    envoy, guillemets for the governments, „…“ for the German-language
#    paper, "\n"
# ---------------------------------------------------------------------------
ARTICLES["ceasefire_talks_stall"] = dict(nl="\n", paras=[
    [
        S("LINDGARD, Nov 18 (Continental Press) -",
          N, why="Dateline (place, date, agency): furniture, kept out of the first sentence's CLAIM; 'Nov 18' is a date."),
        S("Talks on a ceasefire between Brevonia and Estrava stalled on Tuesday after the two sides failed to agree on where their troops should pull back to, leaving a 72-hour truce along their shared border close to expiring.",
          "", why="Events stated in the wire's own voice. 'the two sides' refers back to the two named countries, not a FIGURE; the hyphenated '72-hour' is marked whole.",
          f=[("72-hour", "72")]),
    ],
    [
        S("Delegations from the two countries met for nearly nine hours at a government guesthouse outside Lindgard in the third round of talks since fighting broke out in the disputed Orvel valley in August.",
          "", why="'the two countries' refers back; 'third' is an ordinal; 'August' a date.",
          f=[("nearly nine hours", "9")]),
    ],
    [
        S("Teodor Halme, the Council of Nations special envoy who is chairing the talks, said the gap between the delegations had narrowed but not closed.",
          "Teodor Halme", why="Reported speech of the envoy; job description not part of the name."),
        S("“We have agreed on a prisoner exchange and on safe passage for humanitarian convoys,” Halme told reporters after the session.",
          "Halme", why="Quotation plus attribution; the quotation asserts checkable agreements.",
          q=[("“We have agreed on a prisoner exchange and on safe passage for humanitarian convoys,”", "Halme")]),
        S("“Now both governments have to ask themselves how much more this war is worth to them.”",
          N, why="Continuation of Halme's quotation; an exhortation, not a checkable fact.",
          q=[("“Now both governments have to ask themselves how much more this war is worth to them.”", "Halme")]),
    ],
    [
        S("Under a draft text seen by Continental Press, troops on both sides would withdraw 15 kilometres from the current front line, and the Council of Nations would deploy about 400 unarmed monitors to patrol the buffer zone.",
          "", why="The draft's contents are reported from a document the agency itself has seen: the wire's own voice. The adjective 'unarmed' ends the FIGURE span after 'about 400'.",
          f=[("15 kilometres", "15"), ("about 400", "400")]),
    ],
    [
        S("Estrava wants the withdrawal measured from the positions its army held before the fighting began, which would leave the town of Kessin on its side of the line.",
          "Estrava", why="Passes on a position the government has taken ('wants')."),
        S("Brevonian forces have held Kessin, a market town of about 12,000 people, since early September.",
          "", f=[("about 12,000 people", "12000")]),
    ],
    [
        S("«No Estravan government will sign a map that leaves Kessin behind,» Foreign Minister Lidia Marovec said in a televised address on Tuesday evening.",
          N, why="Translated quotation in guillemets plus attribution; a stance and prediction, not a checkable fact. Job title dropped from the speaker.",
          q=[("«No Estravan government will sign a map that leaves Kessin behind,»", "Lidia Marovec")]),
        S("She said Brevonian artillery had shelled villages north of the valley at least 30 times since the truce began on Saturday.",
          "Lidia Marovec", why="Reported speech; 'She' resolves to Lidia Marovec; 'Saturday' is a date.",
          f=[("at least 30 times", "30")]),
    ],
    [
        S("Estravan state media reported that two soldiers had been killed and five wounded in shelling near the village of Pardo on Monday night.",
          "Estravan state media", why="Passes on what state media reported; unnamed source keeps its description. In 'five wounded', 'wounded' is the elided verb's participle, so the FIGURE is 'five' alone.",
          f=[("two soldiers", "2"), ("five", "5")]),
        S("The figures could not be independently verified.",
          "", why="A checkable statement in the wire's own voice about its own verification (as 'did not respond to a request for comment')."),
    ],
    [
        S("Brevonia’s defence minister, Aurel Stanek, denied that his forces had fired across the line and said Estravan drones had struck a fuel depot near Kessin on Monday.",
          "Aurel Stanek", why="A denial and reported speech pass on his assertions."),
        S("„We will not pull back a single soldier while their guns can still reach our towns“, Stanek told the German-language daily Lindgarder Tagblatt.",
          N, why="Quotation given to a German-language paper, in „…“ with the comma outside the closing mark (so outside the span); a stance, not a checkable fact. 'a single soldier' is an article, not a FIGURE.",
          q=[("„We will not pull back a single soldier while their guns can still reach our towns“", "Stanek")]),
    ],
    [
        S("A Brevonian government spokesperson, who asked not to be named because the talks were continuing, said the delegation had offered a narrower pullback of 8 kilometres around Kessin as a compromise.",
          "Brevonian government spokesperson", why="Unnamed source: description kept without the article.",
          f=[("8 kilometres", "8")]),
        S("«We have shown more flexibility than anyone had a right to expect,» the spokesperson said.",
          N, why="Quotation plus attribution; a self-assessment, not a checkable fact.",
          q=[("«We have shown more flexibility than anyone had a right to expect,»", "Brevonian government spokesperson")]),
    ],
    [
        S("Fighting in the valley has killed at least 340 people and driven more than 60,000 from their homes since August, according to the Council of Nations humanitarian office.",
          "Council of Nations humanitarian office", why="'according to' attribution. No noun directly follows '60,000', so the span stops at the number.",
          f=[("at least 340 people", "340"), ("more than 60,000", "60000")]),
    ],
    [
        S("Halme said both delegations had agreed to extend the truce by 48 hours while they consulted their capitals, and that he hoped to reconvene the talks on Thursday.",
          "Halme", why="Reported speech; 'both' is not a number word for a FIGURE.",
          f=[("48 hours", "48")]),
        S("Whether either government is ready to redraw its map by then is far from clear.",
          N, why="Reporter's speculation."),
    ],
])

# ---------------------------------------------------------------------------
# 2. storm_power_outages: live-updates page, straight quotes, "\r\n"
# ---------------------------------------------------------------------------
ARTICLES["storm_power_outages"] = dict(nl="\r\n", paras=[
    [S('''Storm Hadley live: 180,000 without power as gales batter the west coast''',
       N, why="Headline: no CLAIM, but its FIGURE is marked (no noun follows the number).",
       f=[("180,000", "180000")])],
    [S('''By Ellen Marsh and Tom Okonjo''', N, why="Byline.")],
    [
        S('''Storm Hadley swept in from the Atlantic overnight, bringing gusts of more than 120 km/h to the west coast, cutting power to about 180,000 customers and closing more than 130 schools.''',
          "", why="Summary of events in the page's own voice.",
          f=[("more than 120 km/h", "120"), ("about 180,000 customers", "180000"), ("more than 130 schools", "130")]),
        S('''Here are the latest updates.''', N, why="Page boilerplate."),
    ],
    [S('''Updated 16:05''', N, why="Entry timestamp (clock time).")],
    [S('''Outages peak as second band of gusts arrives''', N, why="Entry heading; 'second' is an ordinal.")],
    [
        S('''The number of customers without power rose to about 183,000 at 15:30, according to Westline Power, the region's main electricity distributor.''',
          "Westline Power", why="'according to' attribution; '15:30' is a clock time; no noun follows 'about 183,000'.",
          f=[("about 183,000", "183000")]),
    ],
    [
        S('''That is about 20% of the 910,000 customers on its network.''',
          "", why="No attribution in this sentence: the page's own arithmetic.",
          f=[("about 20%", "20"), ("910,000 customers", "910000")]),
    ],
    [
        S('''Crews have reconnected 41,000 customers since the morning, the company said.''',
          "Westline Power", why="'the company' resolves to Westline Power.",
          f=[("41,000 customers", "41000")]),
    ],
    [
        S('''"We have 260 engineers out, but we cannot send anyone up a pole while it is gusting at over 100 km/h," said Gareth Lunn, Westline's operations director.''',
          "Gareth Lunn", why="Quotation plus attribution; the quotation asserts a checkable staffing figure. Job title dropped.",
          q=[('''"We have 260 engineers out, but we cannot send anyone up a pole while it is gusting at over 100 km/h,"''', "Gareth Lunn")],
          f=[("260 engineers", "260"), ("over 100 km/h", "100")]),
        S('''He said customers in some rural areas should be prepared to be without power until Thursday.''',
          "Gareth Lunn", why="Reported speech; 'He' resolves to Gareth Lunn."),
    ],
    [S('''Updated 14:20''', N, why="Entry timestamp (clock time).")],
    [S('''Rest centres open in three towns''', N, why="Entry heading: no CLAIM, but its FIGURE is marked.",
       f=[("three towns", "3")])],
    [
        S('''Coastal County Council has opened emergency rest centres in Portwenna, Saltley and Kerris for people whose homes are damaged or without heating.''',
          ""),
    ],
    [
        S('''Marion Achebe, the council's head of emergency planning, said 14 people had spent the night at the Saltley centre after the roof of their block of flats was partly torn off.''',
          "Marion Achebe", why="Reported speech; job description dropped.",
          f=[("14 people", "14")]),
    ],
    [
        S('''"We have had 37 calls from vulnerable residents since midnight, and every one of them has had a visit," Achebe said.''',
          "Achebe", why="Quotation plus attribution; the quotation asserts checkable counts. 'every one of them' is 'one' as a pronoun, not a FIGURE.",
          q=[('''"We have had 37 calls from vulnerable residents since midnight, and every one of them has had a visit,"''', "Achebe")],
          f=[("37 calls", "37")]),
    ],
    {"s": [
        S('''"If your power is off and you rely on medical equipment, ring us.''',
          N, why="Instruction, first sentence of a two-sentence quotation continuing Achebe's remarks."),
        S('''Don't wait until your batteries run out."''',
          N, why="Instruction, second sentence of the quotation."),
    ], "q": [
        ('''"If your power is off and you rely on medical equipment, ring us. Don't wait until your batteries run out."''', "Achebe"),
    ]},
    [S('''Updated 12:45''', N, why="Entry timestamp (clock time).")],
    [S('''Trains halted west of Ashby Cross''', N, why="Entry heading.")],
    [
        S('''Coastline Rail said it had suspended all services west of Ashby Cross until at least 18:00 after trees came down on the line in four places.''',
          "Coastline Rail", why="Reported statement; 'at least 18:00' is a clock time, not a FIGURE.",
          f=[("four places", "4")]),
        S('''A Coastline Rail spokesperson said replacement buses could not run safely on the exposed coast road.''',
          "Coastline Rail spokesperson", why="Unnamed source: description kept without the article."),
    ],
    [
        S('''Police closed the Saltley Bridge to all traffic at 11:50 after a lorry was blown onto its side.''',
          "", why="An event in the page's own voice; '11:50' is a clock time."),
    ],
    [S('''Updated 11:10''', N, why="Entry timestamp (clock time).")],
    [S('''Gust of 126 km/h recorded at Carrick Point''', N, why="Entry heading: no CLAIM, but its FIGURE is marked.",
       f=[("126 km/h", "126")])],
    [
        S('''The National Weather Service said a gust of 126 km/h (78 mph) was recorded at Carrick Point at 10:40, the strongest in the region since 2014.''',
          "National Weather Service", why="Reported statement; the converted speed in brackets is a second FIGURE; '10:40' a clock time, '2014' a year.",
          f=[("126 km/h", "126"), ("78 mph", "78")]),
        S('''It said 58mm of rain had fallen at Hollins Moor in the 24 hours to 09:00, with a further 20 to 30mm expected before the rain clears on Wednesday morning.''',
          "National Weather Service", why="'It' resolves to the National Weather Service; a reported forecast is reported speech. The range is one FIGURE.",
          f=[("58mm", "58"), ("24 hours", "24"), ("20 to 30mm", "20-30")]),
    ],
    [
        S('''An amber wind warning remains in force until 21:00.''',
          "", why="A checkable state of affairs; '21:00' is a clock time."),
    ],
    [S('''Updated 09:30''', N, why="Entry timestamp (clock time).")],
    [S('''Schools closed across the county''', N, why="Entry heading.")],
    [
        S('''More than 130 schools in Coastal County are closed today, according to the council's website.''',
          "Coastal County Council", why="'according to' the council's website: the council makes the claim, named as at its mention.",
          f=[("More than 130 schools", "130")]),
    ],
    [
        S('''"The whole house was shaking at about three in the morning," said Dev Sharma, 52, a taxi driver in Portwenna.''',
          N, why="Quotation plus attribution; an impression of the night, not a checkable fact. 'about three in the morning' is a clock time; the bare age is a FIGURE.",
          q=[('''"The whole house was shaking at about three in the morning,"''', "Dev Sharma")],
          f=[("52", "52")]),
        S('''"Then the power went off and the fence from next door ended up in our garden."''',
          "Dev Sharma", why="Continuation of Sharma's quotation; recounts checkable events.",
          q=[('''"Then the power went off and the fence from next door ended up in our garden."''', "Dev Sharma")]),
    ],
])

# ---------------------------------------------------------------------------
# 3. ai_chip_export_rules: tech/policy story, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["ai_chip_export_rules"] = dict(nl="\n", paras=[
    [S("Aldermark tightens curbs on AI chip exports as Vantic warns of lost sales",
       N, why="Headline; 'AI' is no number.")],
    [S("New licence rules cover processors made at 5 nanometres or below; Vantic says up to $2.1 billion a year in revenue is at risk",
       N, why="Subheading (title block): no CLAIM, but its FIGUREs are marked; 'up to' is an approximator.",
       f=[("5 nanometres", "5"), ("up to $2.1 billion", "2100000000")])],
    [S("By Maren Holt, Technology Policy Correspondent", N, why="Byline.")],
    [
        S("Aldermark on Wednesday tightened its controls on exports of advanced artificial-intelligence chips, requiring companies to obtain a licence before shipping processors made at 5 nanometres or below to 23 countries, including Kestovia.",
          "", f=[("5 nanometres", "5"), ("23 countries", "23")]),
    ],
    [
        S("In a press release, the Bureau of Export Security said the rules would take effect in 30 days and would also cover older chips that are packaged together to match the performance of the most advanced processors.",
          "Bureau of Export Security", f=[("30 days", "30")]),
        S("“Advanced computing is now a core national-security technology, and our controls must keep pace with it,” the release said.",
          N, why="Quotation plus attribution; a policy stance, not a checkable fact. 'the release' resolves to the Bureau of Export Security.",
          q=[("“Advanced computing is now a core national-security technology, and our controls must keep pace with it,”", "Bureau of Export Security")]),
    ],
    [
        S("The bureau estimated that the rules would affect about $6.5 billion a year of chip exports, or roughly 14% of the country’s semiconductor shipments last year.",
          "Bureau of Export Security", why="An estimate passed on from the bureau; 'a year' is an article plus noun.",
          f=[("about $6.5 billion", "6500000000"), ("roughly 14%", "14")]),
    ],
    [
        S("Vantic Semiconductor, the country’s largest chip designer, said customers in the affected countries accounted for about 18% of its revenue in its last fiscal year.",
          "Vantic Semiconductor", f=[("about 18%", "18")]),
        S("On the company’s earnings call on Thursday, chief financial officer Lena Brandauer said the rules could reduce annual revenue by as much as $2.1 billion if licences were refused.",
          "Lena Brandauer", why="Reported speech (a hedged estimate, but that she said it is checkable); job title dropped; 'as much as' is an approximator.",
          f=[("as much as $2.1 billion", "2100000000")]),
    ],
    [
        S("“We have already stopped taking new orders for our Helix 7 accelerators from customers in those markets,” Brandauer told analysts.",
          "Brandauer", why="Quotation plus attribution; the quotation asserts a checkable business action. 'Helix 7' is a product name, not a FIGURE.",
          q=[("“We have already stopped taking new orders for our Helix 7 accelerators from customers in those markets,”", "Brandauer")]),
        S("“We will apply for licences where we can, but we are not assuming that any of them will be granted.”",
          N, why="Continuation of Brandauer's quotation; intentions and assumptions, not a checkable fact.",
          q=[("“We will apply for licences where we can, but we are not assuming that any of them will be granted.”", "Brandauer")]),
    ],
    [
        S("Vantic reported revenue of $11.4 billion for the three months to September, up 22% from a year earlier, and net income of $2.9 billion.",
          "Vantic", why="Passes on the company's reported results.",
          f=[("$11.4 billion", "11400000000"), ("three months", "3"), ("22%", "22"), ("$2.9 billion", "2900000000")]),
        S("Its shares fell 7.3% in after-hours trading.",
          "", f=[("7.3%", "7.3")]),
    ],
    [
        S("According to a note from Ridgeway Capital analyst Tomasz Ilie, Vantic could recover as much as 60% of the lost sales by redirecting supply to domestic data-centre operators, whose spending on AI hardware is growing by about 40% a year.",
          "Tomasz Ilie", why="'according to' attribution; the content is a hedged projection, but what the note says is checkable.",
          f=[("as much as 60%", "60"), ("about 40%", "40")]),
        S("Ilie cut his price target for the stock to $148 from $165.",
          "", why="A checkable action in the article's own voice.",
          f=[("$148", "148"), ("$165", "165")]),
    ],
    [
        S("Senator Rosalind Achter, who chairs the upper house’s trade committee, welcomed the rules in a post on the social media platform Relay, calling them “long overdue”.",
          "Rosalind Achter", why="Passes on her position ('calling them'); a two-word partial quote; 'Senator' is a title and goes.",
          q=[("“long overdue”", "Rosalind Achter")]),
        S("“For three years we have sold Kestovia the chips it uses to run its surveillance cameras,” she wrote.",
          "Rosalind Achter", why="Quotation plus attribution; the quotation asserts checkable exports and their use (a politician's framing, but a factual assertion).",
          q=[("“For three years we have sold Kestovia the chips it uses to run its surveillance cameras,”", "Rosalind Achter")],
          f=[("three years", "3")]),
        S("“Today that stops.”",
          N, why="Continuation of Achter's post; a rhetorical flourish.",
          q=[("“Today that stops.”", "Rosalind Achter")]),
    ],
    [
        S("The Aldermark Semiconductor Council, an industry group, said the rules had been drawn up without proper consultation and would push customers towards suppliers in other countries.",
          "Aldermark Semiconductor Council"),
    ],
    [
        S("Kestovia’s commerce ministry said in a statement that it “firmly opposes” the measures and would “take necessary steps to protect the legitimate rights of Kestovian companies”.",
          "Kestovia’s commerce ministry", why="Reported statement with two partial quotes; unnamed office keeps its description.",
          q=[("“firmly opposes”", "Kestovia’s commerce ministry"),
             ("“take necessary steps to protect the legitimate rights of Kestovian companies”", "Kestovia’s commerce ministry")]),
    ],
    [
        S("The controls are the third round of chip restrictions Aldermark has imposed in two years.",
          "", why="'third' is an ordinal.", f=[("two years", "2")]),
        S("The previous rules, introduced last March, applied only to processes of 7 nanometres or below, and the most advanced chips now in production are made on 3-nanometre processes.",
          "", why="'last March' is a date; the hyphenated '3-nanometre' is marked whole.",
          f=[("7 nanometres", "7"), ("3-nanometre", "3")]),
    ],
])

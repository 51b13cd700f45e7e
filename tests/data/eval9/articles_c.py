"""Held-out articles, set C: three original news stories written for the
ninth evaluation set, at ordinary local-news, sports-desk and magazine
density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.

- `wenlow_river_flood`: a local-paper website story about a river flooding
  a small town overnight (eyewitnesses, a fire-service officer, a police
  chief inspector, a county councillor, the council and a flood agency).
  Straight quotes "..." and "\\r\\n" line endings; headline, byline and
  timestamp line, a photo caption with credit, a question subheading, a
  "Read more" related link and a newsletter prompt.
- `herons_miners_basketball`: a sports-desk match report of a basketball
  league game, with the winning coach quoted over several paragraphs and
  attributed mostly by pronoun, the losing coach, a player, scores and box
  score statistics. Curly quotes and "\\n" line endings; headline, byline,
  photo caption with credit and a "Read more" link holding a quote.
- `saltgrass_chef_profile`: a magazine profile interview with a chef, with
  long quotations that run over two paragraphs in the newspaper style (no
  closing mark at the end of the first paragraph, a fresh opening mark at
  the start of the next), scene-setting, the writer's own opinion and a
  critic's view. Curly quotes and a blank line between paragraphs
  (nl="\\n\\n"); headline holding a quote, dek, photo credit and a closing
  information box.

Judgement calls made where the guidelines leave room:
- Headlines, deks, bylines, timestamp lines, captions, photo credits,
  related links, newsletter prompts and the restaurant information box get
  no CLAIM; QUOTEs and FIGUREs inside them are still marked (the headline's
  `ten years`, the caption's `94-88`, the info box's prices, the related
  link's quoted headline `‘We haven’t forgotten how to win’`, given to
  `Brandvold`, and the feature headline's `‘I cook what the tide brings
  in’`, given to `Noor Haddad`, the name in that headline).
- Match scores and runs (`94-88`, `29-17`, `52-43`, `14-2`, `102-79`,
  `58-47`, `81-80`, the bench-points `31-12`, and the hypothetical
  `90-90`) are counts of points: one FIGURE each, value written as printed
  (the `2-1` convention of eval7). In `a 14-2 run` the score is a compound
  modifier and is marked alone.
- Ages: bare after a name (`Margaret Lyle, 67,`, `Geoff, 70,`, `Haddad,
  41,`) and in `a man of 84` are FIGUREs of the number alone.
- A bare number counting a known noun that does not follow it is a FIGURE
  of the number alone: `six from beyond the arc`, `three straight shots`
  (adjective ends the span), `11 of 19 from the field` (`11` and `19`),
  `30 of their 52 points` (`30`, and `52 points`), `combined for 27`,
  `four of their previous five games` (`four`), `12 wins from 17` (`17`),
  `A crowd of 3,812`, `The restaurant seats 34`, `Her 16 staff` is marked
  `16 staff` because the noun follows directly.
- The headline `Okafor scores 31` counts points: FIGURE `31`.
- `within 15 miles`: `within` is a preposition, not an approximator (as in
  eval3), so the FIGURE is `15 miles`. `less than two hours` / `less than
  four minutes` keep `less than` as an approximator (as `less than 60
  seconds` in eval7).
- `three or four years` is one range FIGURE with value `3-4` (the `two or
  three times` convention of eval8). `20 to 30mm` is one range FIGURE,
  value `20-30`.
- `three-course` (lunch) is a hyphenated compound FIGURE with value 3, as
  `three-way` in the reference gold; `five-game` (losing streak) likewise
  has value 5; `24-year-old` has value 24.
- Not FIGUREs: `more than a decade` and `a year` (`a` is an article), clock
  times (`11pm`, `about 1am`, `about 3am`, `6am`, `3pm`, `8pm`, `7am`, `at
  11 every morning`, `half past 11`), dates and years (`12 November 2025`,
  `1968`, `2015`, `1998`, `2017`, `2019`), ordinals (`third`, `fourth`,
  `seventh`, `first`, `second`), `one of the most talked-about`, `a single
  tasting menu`, `a few drops`.
- An eyewitness's account of what she saw or did (`it was up to my knees`,
  `I grabbed my husband's tablets and the cat and we went upstairs to
  wait`) asserts a checkable event and is a CLAIM; her feelings (`You just
  feel so helpless`) are not. A bare opening quotation giving an
  impression (`It sounded like a waterfall coming down the street.`) is not
  a CLAIM; its speaker is named in the next sentence (`Tom Brierley`), which
  is a CLAIM with him as claimant (his description of when the river came
  over the wall).
- A coach's or chef's account of a specific past event in a quotation is a
  CLAIM (`At half-time I told them ...`, `He came to me on Thursday and
  said, ‘Coach, ...’`, `I was a maths teacher for eight years`, `When he
  died he left me £60,000`, `I grew up on an estate 20 minutes from here`);
  a habitual or sweeping remark (`people kept telling me I should open a
  restaurant`, `Nobody I went to school with could spend £95 on dinner`),
  a self-assessment, a pledge about the future (`I will never open a second
  restaurant`), an appeal or an opinion is not. A quotation nested inside a
  quotation (`‘Coach, put the ball in my hands,’`, `‘If you don’t do it
  now, you never will.’`) is not a separate QUOTE.
- A quotation interrupted by its tag in mid-sentence (`"By the time I got
  downstairs," she said, "it was up to my knees. ...`) gives two QUOTEs; the
  second runs on over the following sentences of the paragraph to its
  closing mark, and each inner sentence gets its own decision.
- A quotation running over two paragraphs (no closing mark at the end of
  the first) is one QUOTE per paragraph; the first runs from its opening
  mark to the paragraph's final full stop (eval4/eval5/eval8 convention).
- A sentence mixing the article's own facts with an attributed part gets
  the claimant of the attributed part (`... and forecasters said a further
  20 to 30mm of rain could fall on Thursday` -> `forecasters`; `... the
  council said 26 applications had been received` -> `Darrowshire County
  Council`; `according to its own booking records` -> `Saltgrass`; `which
  called Haddad's cooking ...` -> `Coastline Food Guide`; `By her own
  account` -> `Haddad`).
- Unnamed sources keep their description without the article (`fire
  service spokesperson`, `county council spokesperson`, `forecasters`).
  Job titles go (`Station Manager`, `Chief Inspector`, `Councillor`, `head
  coach`, `coach`, `captain`); `Ms` would stay as an honorific.
- Speakers/claimants use the name form at the nearest mention: `Annika
  Brandvold` for the quotation paragraph right after she is named in full,
  `Brandvold` once the article has switched to the surname, `Sandoval`
  after `Sandoval added`; `the club said` resolves to the club's name as
  the article gives it, `Harbourside Herons`; `Haddad`
  throughout the body of the profile (the headline and dek aside);
  `Margaret Lyle` for her quotes, `Tom Brierley`, `Sarah Quill`, `Dev
  Maitland`, `Colin Ashdown` as named in full.
- `Free sandbags are being handed out at the fire station ... until 8pm.`
  is a checkable service fact in the paper's voice, so a CLAIM with an
  empty claimant (unlike a police appeal, which earlier sets treated as
  boilerplate).
- Feature scene-setting in the present or future tense (`It is just after
  7am, and Noor Haddad is standing knee-deep ...`, `Two hours from now the
  leaves will be on a plate ...`) and the writer's own verdicts (`What it
  tastes like, mostly, is the shoreline.`, `... as good as anything I have
  eaten this year.`, `The first year nearly finished her.`, `Her kitchen is
  also unusually calm.`) are not CLAIMs; `She has never trained as a chef.`
  is checkable biography and is a CLAIM.
- Predictions in the article's voice (`the clean-up ... is likely to take
  weeks rather than days`, `If Okafor can keep shooting like this, the
  Herons' play-off hopes are far from over.`) are not CLAIMs; a fixed
  fixture (`The Herons host the Portwell Giants on Wednesday`) is.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. wenlow_river_flood: local-paper website story, straight quotes, "\r\n",
#    headline, byline/timestamp, caption, question subheading, Read more,
#    newsletter prompt
# ---------------------------------------------------------------------------
ARTICLES["wenlow_river_flood"] = dict(nl="\r\n", paras=[
    [S('''Families rescued by boat as River Wenlow bursts its banks and floods 40 homes in Ashcombe''',
       N, why="Headline (title block): no CLAIM, but its FIGURE is marked.",
       f=[("40 homes", "40")])],
    [S('''By Hannah Pryce, Local Democracy Reporter | 12 November 2025, 3.47pm''',
       N, why="Byline and timestamp; the date and clock time are not FIGUREs.")],
    [
        S('''More than 40 homes were flooded and 17 people had to be rescued by boat after the River Wenlow burst its banks in Ashcombe overnight, following two days of almost constant rain.''',
          "", why="Event in the paper's own voice.",
          f=[("More than 40 homes", "40"), ("17 people", "17"), ("two days", "2")]),
    ],
    [
        S('''Darrowshire Fire and Rescue Service said crews were called to Mill Lane and Tanners Row shortly after 11pm on Tuesday and were still pumping water out of properties on Wednesday afternoon.''',
          "Darrowshire Fire and Rescue Service", why="Reported statement of the service; '11pm' is a clock time."),
        S('''Those rescued included four children and a man of 84 who was carried from his bungalow on a stretcher, a fire service spokesperson said.''',
          "fire service spokesperson", why="Reported speech of an unnamed spokesperson: description kept without the article. 'a man of 84' gives an age: FIGURE '84'.",
          f=[("four children", "4"), ("84", "84")]),
    ],
    [
        S('''Firefighters wade along Mill Lane in Ashcombe in the early hours of Wednesday.''',
          N, why="Photo caption."),
        S('''Picture: Darrowshire Fire and Rescue Service''',
          N, why="Photo credit (part of the caption line)."),
    ],
    [
        S('''"The water came up incredibly quickly - in some streets it rose 80 centimetres in less than two hours," said Station Manager Colin Ashdown, who led the operation.''',
          "Colin Ashdown", why="Quotation plus 'said X' tag; the quotation asserts a checkable rise in the water level, so a CLAIM. Job title 'Station Manager' dropped.",
          q=[('''"The water came up incredibly quickly - in some streets it rose 80 centimetres in less than two hours,"''', "Colin Ashdown")],
          f=[("80 centimetres", "80"), ("less than two hours", "2")]),
        S('''"Our crews worked right through the night in horrible conditions, and I can't praise them enough."''',
          N, why="Continuation of Ashdown's quotation after the tag (separate QUOTE); praise, not a checkable fact.",
          q=[('''"Our crews worked right through the night in horrible conditions, and I can't praise them enough."''', "Colin Ashdown")]),
    ],
    [
        S('''Margaret Lyle, 67, who has lived on Mill Lane for 31 years, said she woke at about 1am to the sound of water coming under her front door.''',
          "Margaret Lyle", why="Reported speech of an eyewitness; bare age is a FIGURE; 'about 1am' is a clock time.",
          f=[("67", "67"), ("31 years", "31")]),
    ],
    {"s": [
        S('''"By the time I got downstairs," she said, "it was up to my knees.''',
          "Margaret Lyle", why="Quotation interrupted by its tag: first QUOTE is the opening words; the sentence is her account of the water level she saw, a checkable event. 'she' resolves to Margaret Lyle.",
          q=[('''"By the time I got downstairs,"''', "Margaret Lyle")]),
        S('''I grabbed my husband's tablets and the cat and we went upstairs to wait.''',
          "Margaret Lyle", why="Inner sentence of her second QUOTE; an account of what she did, checkable."),
        S('''You just feel so helpless."''',
          N, why="Inner sentence of the quotation expressing a feeling."),
    ], "q": [
        ('''"it was up to my knees. I grabbed my husband's tablets and the cat and we went upstairs to wait. You just feel so helpless."''', "Margaret Lyle"),
    ]},
    [
        S('''Ms Lyle and her husband, Geoff, 70, were taken by boat to a rest centre at Ashcombe Leisure Centre, where 58 people spent the night.''',
          "", why="Facts in the paper's own voice; bare age is a FIGURE.",
          f=[("70", "70"), ("58 people", "58")]),
    ],
    [
        S('''"It sounded like a waterfall coming down the street."''',
          N, why="Bare opening quotation; an impression, not a checkable fact. The speaker is named in the next sentence.",
          q=[('''"It sounded like a waterfall coming down the street."''', "Tom Brierley")]),
    ],
    [
        S('''That was how Tom Brierley, landlord of the Wheatsheaf on Tanners Row, described the moment the river came over the flood wall shortly after midnight.''',
          "Tom Brierley", why="Passes on his account of when the river came over the wall; description 'landlord of ...' is not part of the name."),
    ],
    [
        S('''He told the Echo he had carried stock and furniture upstairs but still expected to lose about £15,000 in ruined beer, carpets and kitchen equipment.''',
          "Tom Brierley", why="'told the Echo' reported speech; 'He' resolves to Tom Brierley.",
          f=[("about £15,000", "15000")]),
    ],
    [
        S('''The river at Ashcombe peaked at 3.4 metres at about 3am, according to the Riverways Agency, the highest level recorded at the town's gauge since records began in 1968.''',
          "Riverways Agency", why="'according to' attribution; '3am' is a clock time, '1968' a year.",
          f=[("3.4 metres", "3.4")]),
        S('''The agency said 71mm of rain had fallen on the hills above the town in the 36 hours to 6am on Wednesday, about 85% of the amount that normally falls in the whole of November.''',
          "Riverways Agency", why="'The agency' resolves to the Riverways Agency; '6am' is a clock time; 'November' a date.",
          f=[("71mm", "71"), ("36 hours", "36"), ("about 85%", "85")]),
        S('''A severe flood warning remained in place for the lower Wenlow, and forecasters said a further 20 to 30mm of rain could fall on Thursday.''',
          "forecasters", why="Mixes a fact in the paper's voice with reported speech of unnamed forecasters: claimant of the reported part. The range is one FIGURE.",
          f=[("20 to 30mm", "20-30")]),
    ],
    [
        S('''Darrowshire Police closed Wenlow Bridge and the main road to Kelby Cross overnight, and both were still shut at 3pm.''',
          "", why="Road closures in the paper's own voice; '3pm' is a clock time."),
        S('''Chief Inspector Sarah Quill said officers had knocked on about 120 doors in the early hours and that nobody had been seriously hurt.''',
          "Sarah Quill", why="Reported speech; 'Chief Inspector' is a rank/title and is dropped.",
          f=[("about 120 doors", "120")]),
    ],
    [
        S('''"Please don't treat floodwater as something to go and look at," she said.''',
          N, why="Quotation plus attribution; an appeal, not an assertion. 'she' resolves to Sarah Quill.",
          q=[('''"Please don't treat floodwater as something to go and look at,"''', "Sarah Quill")]),
        S('''"Last night we had people driving round road closures to film it on their phones, and two cars had to be pulled out of the water near the bridge."''',
          "Sarah Quill", why="Continuation of her quotation after the tag (separate QUOTE); asserts checkable events, so a CLAIM with the tag's speaker as claimant.",
          q=[('''"Last night we had people driving round road closures to film it on their phones, and two cars had to be pulled out of the water near the bridge."''', "Sarah Quill")],
          f=[("two cars", "2")]),
    ],
    [
        S('''Councillor Dev Maitland, who represents Ashcombe on Darrowshire County Council, said residents of Mill Lane had been asking for a higher flood wall for more than a decade.''',
          "Dev Maitland", why="Reported speech; 'Councillor' is a title and is dropped. 'more than a decade': 'a' is an article, so no FIGURE."),
    ],
    {"s": [
        S('''"We were told in 2019 that a new wall was coming.''',
          "Dev Maitland", why="First inner sentence of a two-sentence quotation whose tag is on the second; asserts a checkable promise. '2019' is a year."),
        S('''It never came, and last night people paid the price," he said.''',
          "Dev Maitland", why="Inner sentence with the tag; 'It never came' is checkable although the rest is his verdict. 'he' resolves to Dev Maitland."),
    ], "q": [
        ('''"We were told in 2019 that a new wall was coming. It never came, and last night people paid the price,"''', "Dev Maitland"),
    ]},
    [
        S('''A county council spokesperson said the £2.6m scheme had been held up by problems with ground conditions and that work was now expected to start in the spring.''',
          "county council spokesperson", why="Reported speech of an unnamed spokesperson: description kept without the article.",
          f=[("£2.6m", "2600000")]),
        S('''"We understand how frustrating the delays have been for residents," the spokesperson said.''',
          N, why="Quotation plus attribution; sympathy, not a checkable fact.",
          q=[('''"We understand how frustrating the delays have been for residents,"''', "county council spokesperson")]),
    ],
    [S('''What help is available?''', N, why="Subheading in the form of a question.")],
    [
        S('''Households whose homes were flooded can apply to the county council for an emergency payment of £500, and the council said 26 applications had been received by midday on Wednesday.''',
          "Darrowshire County Council", why="Mixes a fact in the paper's voice with the council's statement: claimant of the reported part, by its name.",
          f=[("£500", "500"), ("26 applications", "26")]),
        S('''Free sandbags are being handed out at the fire station on Station Road until 8pm.''',
          "", why="Checkable service information in the paper's voice (see docstring); '8pm' is a clock time."),
    ],
    [
        S('''With more rain forecast, the clean-up in Ashcombe is likely to take weeks rather than days.''',
          N, why="The paper's own prediction."),
    ],
    [S('''Read more: Ashcombe flood wall plan approved after years of delays''',
       N, why="Related-link line (page furniture).")],
    [S('''Sign up to the Darrowshire Echo's free daily newsletter for the latest news from across the county.''',
       N, why="Newsletter prompt (boilerplate).")],
])

# ---------------------------------------------------------------------------
# 2. herons_miners_basketball: sports match report, curly quotes, "\n",
#    headline, byline, caption with credit, Read more link
# ---------------------------------------------------------------------------
ARTICLES["herons_miners_basketball"] = dict(nl="\n", paras=[
    [S("Okafor scores 31 as Herons snap five-game losing run against Miners",
       N, why="Headline: no CLAIM. '31' counts points (noun understood): FIGURE of the number alone; 'five-game' is a hyphenated compound FIGURE.",
       f=[("31", "31"), ("five-game", "5")])],
    [S("By Marcus Deering at the Quayside Arena", N, why="Byline.")],
    [
        S("Dami Okafor scored 31 points, including six from beyond the arc, as the Harbourside Herons ended a five-game losing streak with a 94-88 win over the Kellan Valley Miners on Saturday night.",
          "", why="Result in the paper's own voice. 'six' counts shots (no noun follows); the score is one FIGURE (value as printed).",
          f=[("31 points", "31"), ("six", "6"), ("five-game", "5"), ("94-88", "94-88")]),
    ],
    [
        S("The Herons trailed by 11 points early in the third quarter but outscored the Miners 29-17 in the fourth to move up to seventh in the Caledon Basketball League, with eight wins from 17 games.",
          "", why="'third', 'fourth' and 'seventh' are ordinals; the quarter score is one FIGURE.",
          f=[("11 points", "11"), ("29-17", "29-17"), ("eight wins", "8"), ("17 games", "17")]),
    ],
    [
        S("Dami Okafor drives past Rhys Penhallow during the Herons’ 94-88 win at the Quayside Arena.",
          N, why="Photo caption: no CLAIM, but its FIGURE is marked.",
          f=[("94-88", "94-88")]),
        S("Photo: Ines Carvalho", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Kellan Valley dominated the first half, scoring 30 of their 52 points in the paint, and led 52-43 at the break after Rhys Penhallow and forward Callum Oyelaran combined for 27.",
          "", why="Match statistics in the paper's voice. '30' is followed by 'of' and '27' by no noun, so each is marked alone; '52-43' is a score; 'first' is an ordinal.",
          f=[("30", "30"), ("52 points", "52"), ("52-43", "52-43"), ("27", "27")]),
        S("They still looked comfortable when Penhallow’s layup put them 58-47 up with eight minutes left in the third.",
          "", why="Match event in the paper's voice; 'third' is an ordinal.",
          f=[("58-47", "58-47"), ("eight minutes", "8")]),
    ],
    [
        S("But Okafor, who had only nine points at half-time, hit three straight shots from deep during a 14-2 run, and the Herons took the lead for good when captain Jalen Mbatha made two free throws to make it 81-80 with less than four minutes remaining.",
          "", why="Match events in the paper's voice. 'three straight shots': the adjective ends the span. '14-2' (a run) is a score, marked alone as a compound modifier.",
          f=[("nine points", "9"), ("three", "3"), ("14-2", "14-2"), ("two free throws", "2"), ("81-80", "81-80"),
             ("less than four minutes", "4")]),
    ],
    [
        S("The 24-year-old finished 11 of 19 from the field and added seven rebounds, while Tomas Vilhjalmsson had 18 points and 12 rebounds in 26 minutes off the bench.",
          "", why="Box-score statistics in the paper's voice. '11 of 19': both numbers count shots with no noun following, so each is marked alone.",
          f=[("24-year-old", "24"), ("11", "11"), ("19", "19"), ("seven rebounds", "7"), ("18 points", "18"),
             ("12 rebounds", "12"), ("26 minutes", "26")]),
    ],
    [
        S("“Honestly, the first half was ugly, but that second half was the most fun I’ve had all season,” said Okafor, who joined the Herons from Stavelund in the summer.",
          N, why="Quotation plus 'said X' tag; the quotation is the player's opinion and feeling. The relative clause adds background but the sentence's point is the quote.",
          q=[("“Honestly, the first half was ugly, but that second half was the most fun I’ve had all season,”", "Okafor")]),
    ],
    [
        S("“We’ve been in a dark place for a while, so I’m just really happy for the guys,” Herons head coach Annika Brandvold said.",
          N, why="Quotation plus attribution; feelings. 'Herons head coach' is a title and is dropped.",
          q=[("“We’ve been in a dark place for a while, so I’m just really happy for the guys,”", "Annika Brandvold")]),
    ],
    {"s": [
        S("“At half-time I told them the shots would start falling if we kept moving the ball.",
          "Annika Brandvold", why="Continuation of her remarks in a new paragraph with no tag; her account of what she told the players at half-time is a specific, checkable event."),
        S("Dami was outstanding, and that’s what your best players do.”",
          N, why="Inner sentence of the quotation; praise and a generalisation."),
    ], "q": [
        ("“At half-time I told them the shots would start falling if we kept moving the ball. Dami was outstanding, and that’s what your best players do.”", "Annika Brandvold"),
    ]},
    [
        S("Brandvold said the players had called a meeting without the coaching staff after Tuesday’s 102-79 defeat at Fenwick, and that Mbatha had asked to play more minutes at point guard.",
          "Brandvold", why="Reported speech; the earlier defeat's score is a FIGURE.",
          f=[("102-79", "102-79")]),
    ],
    [
        S("“He came to me on Thursday and said, ‘Coach, put the ball in my hands,’” she said.",
          "Brandvold", why="Quotation plus pronoun tag; a specific anecdote (the captain's request), checkable. The nested single-quoted words are part of the outer QUOTE, not a QUOTE of their own. 'she' resolves to Brandvold.",
          q=[("“He came to me on Thursday and said, ‘Coach, put the ball in my hands,’”", "Brandvold")]),
        S("“You don’t say no to that.”",
          N, why="Continuation after the tag (separate QUOTE); an opinion.",
          q=[("“You don’t say no to that.”", "Brandvold")]),
    ],
    [
        S("“Our defence in the first half wasn’t good enough,” she said.",
          N, why="Quotation plus pronoun tag; a judgement. 'she' resolves to Brandvold (nearest mention); 'first' is an ordinal.",
          q=[("“Our defence in the first half wasn’t good enough,”", "Brandvold")]),
    ],
    {"s": [
        S("“They scored 52 points and got whatever they wanted at the rim.",
          "Brandvold", why="Her quotation continues in a new paragraph without a tag; the points total is checkable, so a CLAIM with her as claimant.",
          f=[("52 points", "52")]),
        S("We have to be much better than that on Wednesday.”",
          N, why="Inner sentence: what the team must do, not a checkable fact."),
    ], "q": [
        ("“They scored 52 points and got whatever they wanted at the rim. We have to be much better than that on Wednesday.”", "Brandvold"),
    ]},
    [
        S("Miners coach Derek Sandoval said his side had “stopped doing the simple things” after the break.",
          "Derek Sandoval", why="Reported speech with a multi-word partial quote; 'Miners coach' is a title and is dropped.",
          q=[("“stopped doing the simple things”", "Derek Sandoval")]),
        S("“We turned the ball over 11 times in the second half, and you can’t do that against a team with shooters like Okafor,” he said.",
          "Derek Sandoval", why="Quotation plus pronoun tag; it asserts a checkable turnover count, so a CLAIM although the rest is advice. 'he' resolves to Derek Sandoval.",
          q=[("“We turned the ball over 11 times in the second half, and you can’t do that against a team with shooters like Okafor,”", "Derek Sandoval")],
          f=[("11 times", "11")]),
        S("“Their bench outscored ours 31-12, and that tells you who wanted it more,” Sandoval added.",
          "Sandoval", why="Quotation plus tag; the bench-points score is checkable, so a CLAIM although the rest is his verdict. Name form as in the tag.",
          q=[("“Their bench outscored ours 31-12, and that tells you who wanted it more,”", "Sandoval")],
          f=[("31-12", "31-12")]),
    ],
    [
        S("The Miners, who had won four of their previous five games, committed 17 turnovers in all, and the Herons scored 24 points from them.",
          "", why="Statistics in the paper's voice. 'four' is followed by 'of', so it is marked alone.",
          f=[("four", "4"), ("five games", "5"), ("17 turnovers", "17"), ("24 points", "24")]),
        S("Penhallow finished with 22 points and nine assists but missed two free throws with 25 seconds left that would have tied the game at 90-90.",
          "", why="Statistics and a match event in the paper's voice; the hypothetical score is still a number of points, one FIGURE.",
          f=[("22 points", "22"), ("nine assists", "9"), ("two free throws", "2"), ("25 seconds", "25"), ("90-90", "90-90")]),
    ],
    [
        S("Herons forward Lukas Dray missed the game with a hamstring injury and will be out for at least three weeks, the club said.",
          "Harbourside Herons", why="'the club said' resolves to the Herons, by the full name the article uses for the club.",
          f=[("at least three weeks", "3")]),
        S("A crowd of 3,812, the Herons’ biggest of the season, saw the comeback.",
          "", why="Attendance: the number counts people with no noun following, so it is marked alone.",
          f=[("3,812", "3812")]),
        S("If Okafor can keep shooting like this, the Herons’ play-off hopes are far from over.",
          N, why="The reporter's conditional prediction and opinion."),
    ],
    [
        S("The Herons host the Portwell Giants on Wednesday, while the Miners, fourth with 12 wins from 17, travel to Fenwick.",
          "", why="Fixed fixtures and the table position, checkable. 'fourth' is an ordinal; '17' counts games with no noun following.",
          f=[("12 wins", "12"), ("17", "17")]),
    ],
    [S("Read more: Brandvold: ‘We haven’t forgotten how to win’",
       N, why="Related-link line: no CLAIM, but the quoted headline is a QUOTE, given to the name in the link.",
       q=[("‘We haven’t forgotten how to win’", "Brandvold")])],
])

# ---------------------------------------------------------------------------
# 3. saltgrass_chef_profile: magazine profile interview, curly quotes,
#    blank line between paragraphs ("\n\n"), headline with a quote, dek,
#    photo credit, information box
# ---------------------------------------------------------------------------
ARTICLES["saltgrass_chef_profile"] = dict(nl="\n\n", paras=[
    [S("‘I cook what the tide brings in’: Noor Haddad on ten years of Saltgrass",
       N, why="Headline: no CLAIM. The quoted words are a QUOTE given to the name in the headline; 'ten years' is a FIGURE.",
       q=[("‘I cook what the tide brings in’", "Noor Haddad")],
       f=[("ten years", "10")])],
    [
        S("The self-taught chef turned an old lifeboat station into one of the most talked-about restaurants on the coast.",
          N, why="Dek (standfirst); 'one of' is a pronoun use."),
        S("She tells Eleanor Voss about money, failure and why there will never be a second Saltgrass.",
          N, why="Dek (standfirst); 'second' is an ordinal."),
    ],
    [S("Photographs by Callum Reid", N, why="Photo credit.")],
    [
        S("It is just after 7am, and Noor Haddad is standing knee-deep in a rock pool below the old lifeboat station at Pellow Cove, picking sea purslane into a wicker basket.",
          N, why="Present-tense scene-setting; '7am' is a clock time."),
        S("Two hours from now the leaves will be on a plate beside a piece of line-caught pollock, dressed with brown butter and a few drops of vinegar she makes from windfall apples.",
          N, why="Scene-setting looking ahead; its FIGURE is still marked. 'a few drops' holds no number.",
          f=[("Two hours", "2")]),
    ],
    [
        S("Haddad, 41, opened Saltgrass in 2015 in the shell of the station, which the lifeboat crew left in 1998 when a bigger boathouse was built along the coast at Trenna.",
          "", why="Checkable biography in the writer's voice; bare age is a FIGURE; '2015' and '1998' are years.",
          f=[("41", "41")]),
        S("The restaurant seats 34 and serves a single tasting menu at £95 a head, and according to its own booking records it turned away more than 6,000 requests for tables last year.",
          "Saltgrass", why="Mixes facts in the writer's voice with figures 'according to its own booking records': claimant of the attributed part, the restaurant. '34' counts seats with no noun following; 'a single' and 'a head' hold no FIGURE.",
          f=[("34", "34"), ("£95", "95"), ("more than 6,000 requests", "6000")]),
        S("In March it was named restaurant of the year by the Coastline Food Guide, which called Haddad’s cooking “fearless and deeply local”.",
          "Coastline Food Guide", why="The award is a fact, and the sentence passes on the guide's verdict ('called'); partial quote of several words.",
          q=[("“fearless and deeply local”", "Coastline Food Guide")]),
    ],
    [
        S("She has never trained as a chef.",
          "", why="Checkable biography in the writer's voice."),
    ],
    {"s": [
        S("“I was a maths teacher for eight years,” she says, sitting at the long oak table where her staff eat lunch together at 11 every morning.",
          "Haddad", why="Quotation plus pronoun tag; the quotation states a checkable career fact. 'at 11' is a clock time. 'she' resolves to Haddad (nearest name mention).",
          q=[("“I was a maths teacher for eight years,”", "Haddad")],
          f=[("eight years", "8")]),
        S("“I cooked for friends at home, obsessively, and people kept telling me I should open a restaurant.",
          N, why="Continuation quotation; a habitual anecdote, colour rather than a checkable fact."),
        S("I thought that was just what people say when they’ve had too much wine.",
          N, why="A recollected thought and a joke; not checkable. The quotation runs on into the next paragraph, so its QUOTE ends at this full stop."),
    ], "q": [
        ("“I cooked for friends at home, obsessively, and people kept telling me I should open a restaurant. I thought that was just what people say when they’ve had too much wine.", "Haddad"),
    ]},
    {"s": [
        S("“Then my dad got ill, and I spent a year looking after him.",
          "Haddad", why="Second paragraph of her quotation (fresh opening mark); a checkable biographical event. 'a year': 'a' is an article."),
        S("When he died he left me £60,000, and my sister said, ‘If you don’t do it now, you never will.’",
          "Haddad", why="A checkable inheritance amount; the nested single-quoted words are part of the outer QUOTE.",
          f=[("£60,000", "60000")]),
        S("She was right.”",
          N, why="Her verdict on her sister's advice; an opinion."),
    ], "q": [
        ("“Then my dad got ill, and I spent a year looking after him. When he died he left me £60,000, and my sister said, ‘If you don’t do it now, you never will.’ She was right.”", "Haddad"),
    ]},
    [
        S("The first year nearly finished her.",
          N, why="The writer's characterisation; 'first' is an ordinal."),
        S("By her own account, Saltgrass lost about £40,000 in its first 12 months, and Haddad, who had never worked in a professional kitchen, did almost all of the cooking herself with one assistant.",
          "Haddad", why="'By her own account' attributes the figures to her. 'first' is an ordinal and '12 months' a duration; 'one assistant' counts staff.",
          f=[("about £40,000", "40000"), ("12 months", "12"), ("one assistant", "1")]),
    ],
    {"s": [
        S("“People think running a restaurant is about cooking, and it isn’t, not really,” she says.",
          N, why="Quotation plus pronoun tag; an opinion.",
          q=[("“People think running a restaurant is about cooking, and it isn’t, not really,”", "Haddad")]),
        S("“It’s about counting.",
          N, why="Continuation quotation; opinion."),
        S("You count covers, you count fish, you count hours, you count how many weeks you can keep paying people if nobody comes in January.",
          N, why="A generalisation about the trade, not a checkable fact."),
        S("I happened to be good at counting.",
          N, why="Self-assessment."),
        S("That’s the only reason we survived.",
          N, why="Her explanation of the restaurant's survival: opinion. The quotation runs on into the next paragraph, so its QUOTE ends at this full stop."),
    ], "q": [
        ("“It’s about counting. You count covers, you count fish, you count hours, you count how many weeks you can keep paying people if nobody comes in January. I happened to be good at counting. That’s the only reason we survived.", "Haddad"),
    ]},
    {"s": [
        S("“The cooking came later.",
          N, why="Second paragraph of her quotation; too vague to check."),
        S("It took me three or four years to stop copying chefs I admired and work out what this place actually tastes like.”",
          N, why="Her reflection on her development, not a checkable fact. 'three or four years' is one range FIGURE.",
          f=[("three or four years", "3-4")]),
    ], "q": [
        ("“The cooking came later. It took me three or four years to stop copying chefs I admired and work out what this place actually tastes like.”", "Haddad"),
    ]},
    [
        S("What it tastes like, mostly, is the shoreline.",
          N, why="The writer's opinion."),
        S("Almost everything on the menu comes from within 15 miles of the kitchen: fish from three boats that land at Pellow harbour, lamb from a farm on the headland, and seaweed and herbs that Haddad and her cooks gather at low tide.",
          "", why="Checkable sourcing facts in the writer's voice. 'within' is a preposition, not an approximator.",
          f=[("15 miles", "15"), ("three boats", "3")]),
        S("A dish of raw scallop with fermented gooseberry and sea beet, served on the day I visit, is as good as anything I have eaten this year.",
          N, why="The writer's own verdict."),
    ],
    [
        S("Her kitchen is also unusually calm.",
          N, why="The writer's characterisation."),
        S("Her 16 staff are paid at least £13.50 an hour, and the restaurant closes for the whole of January and two days a week for the rest of the year.",
          "", why="Checkable employment and opening facts in the writer's voice. 'an hour' and 'a week' are article plus noun.",
          f=[("16 staff", "16"), ("at least £13.50", "13.50"), ("two days", "2")]),
    ],
    {"s": [
        S("“I will never open a second restaurant,” she says.",
          N, why="Quotation plus pronoun tag; a pledge about the future, not a checkable fact. 'second' is an ordinal.",
          q=[("“I will never open a second restaurant,”", "Haddad")]),
        S("“I’ve watched what it does to chefs.",
          N, why="Continuation quotation; a general observation."),
        S("You end up in a car between two kitchens, and you’re not properly cooking in either of them.”",
          N, why="A generalisation; its FIGURE is still marked.",
          f=[("two kitchens", "2")]),
    ], "q": [
        ("“I’ve watched what it does to chefs. You end up in a car between two kitchens, and you’re not properly cooking in either of them.”", "Haddad"),
    ]},
    [
        S("Not everyone is a fan.",
          N, why="Transition by the writer."),
        S("Martin Ogilvie, who reviewed Saltgrass for the Western Courant in 2017, told me the cooking could be “too clever by half” and that a £95 menu put it beyond most people who actually live in Pellow.",
          "Martin Ogilvie", why="Reported speech ('told me') with a multi-word partial quote; that he said it is checkable. '2017' is a year.",
          q=[("“too clever by half”", "Martin Ogilvie")],
          f=[("£95", "95")]),
        S("“It’s a beautiful room and she is obviously talented,” he said.",
          N, why="Quotation plus pronoun tag; an opinion. 'he' resolves to Martin Ogilvie.",
          q=[("“It’s a beautiful room and she is obviously talented,”", "Martin Ogilvie")]),
        S("“But it has become somewhere people drive two hours to photograph, not somewhere people from Pellow eat.”",
          N, why="Continuation after the tag (separate QUOTE); a characterisation, not checkable. Its FIGURE is still marked.",
          q=[("“But it has become somewhere people drive two hours to photograph, not somewhere people from Pellow eat.”", "Martin Ogilvie")],
          f=[("two hours", "2")]),
    ],
    [
        S("Haddad says she understands the criticism, and points out that Saltgrass serves a £30 three-course lunch on Thursdays to anyone with a Pellow postcode.",
          "Haddad", why="Reported speech ('says', 'points out'); 'three-course' is a hyphenated compound FIGURE.",
          f=[("£30", "30"), ("three-course", "3")]),
    ],
    {"s": [
        S("“I grew up on an estate 20 minutes from here.",
          "Haddad", why="First inner sentence of a quotation whose tag is on the second; checkable biography.",
          f=[("20 minutes", "20")]),
        S("Nobody I went to school with could spend £95 on dinner, and I won’t pretend otherwise,” she says.",
          N, why="Inner sentence with the tag; a sweeping generalisation and a stance, not a checkable fact. Its FIGURE is still marked.",
          f=[("£95", "95")]),
    ], "q": [
        ("“I grew up on an estate 20 minutes from here. Nobody I went to school with could spend £95 on dinner, and I won’t pretend otherwise,”", "Haddad"),
    ]},
    {"s": [
        S("“But I’m not going to apologise for cooking the best food I can with what this coast gives me.",
          N, why="Continuation of her quotation in a new paragraph after the tag; a stance."),
        S("If that makes me a snob, fine.”",
          N, why="Opinion."),
    ], "q": [
        ("“But I’m not going to apologise for cooking the best food I can with what this coast gives me. If that makes me a snob, fine.”", "Haddad"),
    ]},
    [
        S("Could she ever leave Pellow?",
          N, why="The writer's question."),
        S("At half past 11 the first cars appear on the cliff road, and Haddad ties on an apron and looks out at the water for a moment before answering.",
          N, why="Scene-setting; 'half past 11' is a clock time and 'first' an ordinal."),
        S("“Ask me in January,” she says.",
          N, why="A quip in reply to a question, not an assertion.",
          q=[("“Ask me in January,”", "Haddad")]),
    ],
    [
        S("Saltgrass, The Old Lifeboat Station, Pellow Cove.",
          N, why="Information box (address)."),
        S("Tasting menu £95, Thursday lunch £30.",
          N, why="Information box: no CLAIM, but its FIGUREs are marked.",
          f=[("£95", "95"), ("£30", "30")]),
        S("Open Wednesday to Sunday.",
          N, why="Information box."),
    ],
])

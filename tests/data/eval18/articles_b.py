"""Held-out articles, set B (writer b): three original sports reports from
beyond football written for the eighteenth evaluation set, as sports
desks publish them and a scraper keeps them (body plus page furniture, cf.
/work/shared/corpus), at ordinary sports-desk density: a cricket Test
match day report, a baseball game recap and an athletics championship
report. Real public bodies, teams, grounds and competitions appear as
those outlets would name them (England and New Zealand as Test sides,
Edgbaston, Lord's, Headingley, the ECB, CricViz, the Met Office; Major
League Baseball's Seattle Mariners and Houston Astros, T-Mobile Park,
Triple-A Tacoma, Statcast, The Associated Press; European Athletics, UK
Athletics, the European Athletics Championships in Birmingham and Rome,
the Alexander Stadium, the Diamond League, Sweden, Poland, Ireland, the
Netherlands, Italy, France, Ukraine as teams), but the matches, races,
results, figures and every quoted or reported word are invented, and so
is every person named (players, athletes, coaches, managers, officials,
reporters and photographers).

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval17),
above all the sports reports: eval8's `marathon_course_record`, eval10's
`ashgrove_cup_final` (cricket), eval12's `fife_derby_match_report` and
eval15's `bath_saracens_rec_report` and `spa_grand_prix_race_report`.

`edgbaston_test_ashdown_unbeaten_142` is an ESPNcricinfo-style Test match
day report (day one of an England v New Zealand Test: an unbeaten 142
after an early collapse; the batter, New Zealand's bowling coach, an ECB
spokesperson, the ECB, CricViz, the Met Office) with curly double quotes
and curly apostrophes, "\\n\\n" line ends: `Report` label, a match label
(`England vs New Zealand, 2nd Test, Birmingham, Day 1`), headline, dek,
byline, stamp, a scorecard summary line (`England 318 for 6 (Ashdown 142*,
...) vs New Zealand`), a photo caption with `•` and a `Getty Images`
credit, a `Read more:` line and an author bio line. A quotation split by
its tag, a two-sentence quotation with no tag of its own, a
three-sentence quotation with the tag at its end, a partial quotation.
`mariners_astros_delgado_two_homers` is an AP baseball game recap (the
Mariners beat the Astros 6-2; both managers, the slugger, an anonymous
source, the Mariners, the Astros and Statcast) with straight double quotes
and straight apostrophes, "\\r\\n" line ends: `MLB` section label,
headline, all-caps byline, `Updated ... PDT` stamp, an AP photo caption
with its `(AP Photo/...)` credit, the `SEATTLE (AP) —` dateline, the
`TRAINER'S ROOM` and `UP NEXT` blocks with `Astros:` / `Mariners:`
labels, the `___` rule and the `AP MLB:` link line. A quotation split by
its tag, a quotation whose second part spans two sentences.
`european_athletics_madden_1500m_record` is a Guardian-style athletics
championship report (a 1500m championship record at the European
Championships in Birmingham; the winner, her coach, the 400m hurdles
champion, UK Athletics and its performance director, European Athletics
and its spokesperson) with curly double quotes and curly apostrophes,
"\\n" line ends: section label, headline, standfirst, byline, stamp, photo
caption with a `Photograph: .../PA` credit, a `Related:` line and a
results link line. Times in minutes:seconds and in seconds, margins,
split distances, heights, a wind reading, a temperature, medal counts.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times and
ordinals (`first`, `fifth wicket`, `62nd over`, `the sixth`, `third`,
`eighth place`) no FIGUREs; bare ages after names are FIGUREs; a bare
number whose counted noun does not follow is a FIGURE of the number alone;
an adjective between number and noun ends the span, a noun modifier stays;
`twice` / `once` no FIGURE; hyphenated compounds whole; a range is one
FIGURE `low-high`; scores and other hyphenated tallies are one FIGURE
valued as printed (`6-2`, `1-0`, eval7-eval17); the cricket `318 for 6`
is two FIGUREs (eval10); minutes:seconds times are durations valued as
printed (eval8, eval15); relative stamps hold no FIGURE; titles and job
descriptions dropped from names; headline, dek, standfirst, byline,
stamps, captions and credits, datelines, scorecard and fixture-box labels,
`Read more:` / `Related:` / link lines, bio lines and boilerplate get no
CLAIM, their QUOTEs and FIGUREs are marked; the outlet's own reporting has
an empty claimant, as in the corpus gold and every earlier set; `told The
Associated Press` is a tag with the outlet as audience (eval15's `told
BBC Sport`); a fixed fixture is a CLAIM (eval7/eval12/eval15)). New or
sport-specific calls:
- Cricket: the scorecard line's bowling figures `3-64` are written as a
  hyphenated tally: one FIGURE valued as printed (as scores and eval17's
  `18-15`), while the prose `three for 64` gives two FIGUREs (eval10's
  `four for 52`). The not-out asterisk in `142*` stays out of the span (as
  eval15's `+` before a gap). `19 fours` and `two sixes` count boundary
  shots with their noun: FIGUREs (unlike eval10's `a six` / `The six`,
  which name one shot). `his hundred`, `Test hundred` and `century` name a
  milestone, not a quantity: no FIGURE (eval10's `century`).
  `second-ball duck` is an ordinal compound; `No 3` is a batting position
  (a label, like eval15's `lap 12`); `2nd Test` an ordinal and `Day 1` a
  label: no FIGUREs. `dropped on 37`, `lbw for 9`, `out on 96`, `three
  down` are runs or wickets whose noun does not follow: bare FIGUREs.
  Overs keep their decimal (`6.2 overs`, eval10's `48.3 overs`); `138.6
  km/h` keeps its unit; `a capacity of 25,000` is a bare FIGURE.
- Baseball: win-loss records (`(12-6)`, `(9-10)`, `34-19` at home, `(7-8,
  ...)`) are hyphenated tallies: one FIGURE valued as printed. `1 1/2
  games` has an exact decimal value (1.5); innings pitched in thirds (`4
  2/3 innings`) have none, so the value is written as printed, like times
  (eval8). A batting average `.284` is a FIGURE valued 0.284; an ERA
  written after the number joins the span as its unit (`4.41 ERA`), and
  the bare `3.12` / `2.87` whose stat name is elsewhere are the number
  alone. `0 for 3` is two FIGUREs (the zero counts hits). `two-run`,
  `431-foot`, `15-day` are hyphenated compounds; `111.2 mph` keeps its
  unit. `walked one` and `one shy` count (a batter, a home run): `one` is
  a number there, not a pronoun. `four straight` and `eight of our last 10
  games` give bare `four` / `eight` and `10 games` (`last` stays out, as
  eval15's `final 25 laps`); `three runs or fewer` -> `three runs` (`or
  fewer` stays out, as eval17's `and older`); `105 to 110 pitches` is a
  range. `solo`, `RBI`, `Triple-A`, `AL West`, `RHP`/`LHP`/`C` and
  innings named by ordinals (`in the fourth`) hold no FIGURE.
- Athletics: event names (`1500m`, `400m hurdles`, `100m hurdles`,
  `5,000m`) are names of events: no FIGURE (numbers inside names); a
  distance actually run or passed is a FIGURE (`800m` as a split point,
  `the last 250 metres`, `with 300 to go` -> bare `300`). Times with the
  unit in the token keep it (`0.87sec`, `47.31sec`, `12.71sec`, like
  eval15's `1.214s`); results given after one with a unit are bare
  (`47.88`, `48.02`). Heights `2.33m`, `2.41m` and the temperature `13C`
  keep their unit; `1.4 metres per second` is a rate whose unit stays in
  the span (as eval16's `barrels per day`). `more than a second` has the
  article, no number: no FIGURE. `first-time clearance` is no FIGURE;
  `day six` (a results page) a label.
- The `Astros:` / `Mariners:` team labels in AP's `TRAINER'S ROOM` block
  are their own non-claim items (like eval17's `In short:`), and the
  sentence after each is judged alone: injury facts in the wire's voice,
  or with the tag `the team said` -> `Astros` (the team named by its
  label). `TRAINER'S ROOM`, `UP NEXT` are headings; the `UP NEXT` line is
  a fixed fixture (CLAIM). The scorecard summary line and the match label
  in the cricket report are furniture.
- Claimants and speakers: `an ECB spokesperson said` -> `ECB
  spokesperson` (eval17's `Ofwat spokesperson`), `The ECB said` -> `ECB`;
  `according to CricViz` -> `CricViz` (the sentence's facts are passed on
  from its data); `The Met Office has forecast` -> `Met Office`; `said
  Craig Mathieson, New Zealand's bowling coach` -> `Craig Mathieson`, then
  `Mathieson`; `Mariners manager Dale Whitcomb` -> `Dale Whitcomb`, then
  `Whitcomb`; `Astros manager Ruben Ochoa` -> `Ruben Ochoa`, then `Ochoa`;
  `A person familiar with the situation told The Associated Press` ->
  `person familiar with the situation`; `According to Statcast` ->
  `Statcast`; `The Mariners said` -> `Mariners`; `according to official
  timing data from European Athletics` and `According to European
  Athletics` -> `European Athletics`; `A European Athletics spokesperson`
  -> `European Athletics spokesperson`; `Her coach, Alan Dunbar, a former
  steeplechaser who ...` -> `Alan Dunbar`, and `He said` after it -> `Alan
  Dunbar`; `UK Athletics, the sport's governing body in Britain, said` ->
  `UK Athletics`; `Its performance director, Karen Holt, said` -> `Karen
  Holt`; `said Vogt, 27` -> `Vogt` (the age a FIGURE). A quotation with no
  tag of its own continuing a speaker's words takes that speaker
  (Ashdown's two sentences after his split quotation).
- `The person spoke on condition of anonymity because ...` is the wire's
  own account of its sourcing, a checkable fact: CLAIM, claimant empty.
  A sentence whose main clause is speculation but which carries a count
  (`With six games left between the teams this month, the race could
  tighten quickly.`) is no CLAIM; its FIGURE is marked. `England were 96
  for 4 at lunch.` is a fact; `For a while it seemed New Zealand might
  bowl them out cheaply.` is an impression: no CLAIM.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable, even with a verdict or feeling attached (Ashdown's `I got out
  on 96 at Lord's`; Mathieson's `We had them three down` and `We changed
  the ball after 34 overs`; Whitcomb's `he got through seven on 104`;
  Ochoa's `three runs or fewer in eight of our last 10 games`; Madden's
  `Two years ago I was sitting in the stands here with my foot in a
  boot`; Vogt's injection and three days without training). No CLAIM for
  opinions, feelings, intentions, tactics and predictions (Ashdown's
  `Mitch bowled as well as anyone ...` and `I just tried to survive ...`,
  Mathieson's `Mitch was outstanding ...`, Whitcomb's `He's been carrying
  us ...` and `there's not a ballpark ...`, Delgado's `trying to get
  something in the air`, Ochoa's `simple as that` and `You're not going
  to win a division ...`, Madden's `with 300 to go I just went` (tactics,
  as eval8's `I decided to go alone`), Vogt's `I was not sure ...` and `a
  title is a title`). Partial quotations of two or more words inside
  reported speech are QUOTEs (`“managed carefully”`, `“ahead of where we
  hoped to be”`).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. edgbaston_test_ashdown_unbeaten_142: ESPNcricinfo-style Test day report,
#    curly quotes, "\n\n", scorecard summary line, caption with "•" credit
# ---------------------------------------------------------------------------
ARTICLES["edgbaston_test_ashdown_unbeaten_142"] = dict(nl="\n\n", paras=[
    [S("Report", N, why="Section label.")],
    [S("England vs New Zealand, 2nd Test, Birmingham, Day 1",
       N, why="Match label: '2nd' is an ordinal and 'Day 1' a label, no FIGURE.")],
    [S("Ashdown’s unbeaten 142 rescues England after Harland burst leaves them 41 for 3",
       N, why="Headline: no CLAIM; runs and wickets are bare-number FIGUREs.",
       f=[("142", "142"), ("41", "41"), ("3", "3")])],
    [S("Yorkshire batter and Ollie Pryor add 167 for the fifth wicket as New Zealand’s left-armer takes three for 64",
       N, why="Dek: no CLAIM; 'three for 64' is two FIGUREs (eval10); 'fifth' an ordinal.",
       f=[("167", "167"), ("three", "3"), ("64", "64")])],
    [S("Ned Carrow", N, why="Byline.")],
    [S("Jul 2, 2026, 6:52 PM", N, why="Stamp (a date and a clock time).")],
    [S("England 318 for 6 (Ashdown 142*, Pryor 58, Harland 3-64) vs New Zealand",
       N, why="Scorecard summary line: no CLAIM. '318 for 6' two FIGUREs; the not-out asterisk stays out; the bowling figures '3-64' are a hyphenated tally, one FIGURE as printed.",
       f=[("318", "318"), ("6", "6", 1), ("142", "142"), ("58", "58"), ("3-64", "3-64")])],
    [
        S("Will Ashdown brought up his seventh Test hundred off 188 balls",
          N, why="Photo caption: no CLAIM; 'seventh Test hundred' names a milestone (ordinal), no FIGURE; the balls faced are one.",
          f=[("188 balls", "188")]),
        S("•", N, why="Caption separator."),
        S("Getty Images", N, why="Photo credit."),
    ],
    [S("Will Ashdown made an unbeaten 142 off 231 balls to haul England to 318 for 6 at stumps on the opening day of the second Test against New Zealand, after Mitch Harland had reduced them to 41 for 3 inside the first hour.",
       "", why="The day's play in the outlet's voice. Bare run and wicket counts; 'second' and 'first' are ordinals.",
       f=[("142", "142"), ("231 balls", "231"), ("318", "318"), ("6", "6", 1), ("41", "41"), ("3", "3", 3)])],
    [S("The 29-year-old hit 19 fours and two sixes in a stand of 167 for the fifth wicket with Ollie Pryor, who made 58 from 104 balls before he was lbw to the off-spinner Rhys Tane shortly before tea.",
       "", why="The outlet's voice. Counts of boundary shots keep their noun; 'fifth' an ordinal.",
       f=[("29-year-old", "29"), ("19 fours", "19"), ("two sixes", "2"), ("167", "167"), ("58", "58"), ("104 balls", "104")])],
    [S("Harland, 24, removed Dan Brierley, Josh Tillett and Harry Amos in an opening spell of seven overs that cost 11 runs, and his deliveries averaged 138.6 km/h, according to CricViz.",
       "CricViz", why="'according to CricViz' passes on the spell's data: the attributed part gives the claimant (eval9). Bare age; the speed keeps its unit.",
       f=[("24", "24"), ("seven overs", "7"), ("11 runs", "11"), ("138.6 km/h", "138.6")])],
    [
        S("Amos, the No 3, was caught behind for a second-ball duck, and Brierley, struck on the helmet by a Harland bouncer in the fourth over, was lbw for 9.",
          "", why="The outlet's voice. 'No 3' is a batting position (label), 'second-ball' an ordinal compound, 'fourth' an ordinal: no FIGUREs; 'lbw for 9' a bare run count.",
          f=[("9", "9")]),
        S("Brierley passed a concussion test on the field and carried on batting, an ECB spokesperson said.",
          "ECB spokesperson", why="Unnamed spokesperson: the description without the article (eval17's 'Ofwat spokesperson')."),
    ],
    [
        S("England were 96 for 4 at lunch.",
          "", why="A score in the outlet's voice: two FIGUREs.",
          f=[("96", "96"), ("4", "4")]),
        S("For a while it seemed New Zealand might bowl them out cheaply.",
          N, why="The writer's impression (hedged), not a checkable fact."),
    ],
    [S("Ashdown, dropped on 37 by the wicketkeeper Corey Nash off Tane, reached his hundred off 188 balls with a cover drive in the 62nd over.",
       "", why="The outlet's voice. 'his hundred' names the milestone (no FIGURE); '62nd' an ordinal.",
       f=[("37", "37"), ("188 balls", "188")])],
    [S("“I got out on 96 at Lord’s,” Ashdown said, “so I wasn’t going to give it away cheaply twice.”",
       "Ashdown", why="One sentence, quotation split by its tag: two QUOTEs. It asserts a checkable fact (out on 96 at Lord's) with resolve attached. 'twice' no FIGURE.",
       q=[("“I got out on 96 at Lord’s,”", "Ashdown"),
          ("“so I wasn’t going to give it away cheaply twice.”", "Ashdown")],
       f=[("96", "96")])],
    {"s": [
        S("“Mitch bowled as well as anyone has bowled at me this summer.",
          N, why="Continuation quotation with no tag of its own (speaker Ashdown): an opinion."),
        S("I just tried to survive that first hour and make them come to me.”",
          N, why="Second sentence of the quotation: his intention and tactics, not a checkable fact."),
    ], "q": [("“Mitch bowled as well as anyone has bowled at me this summer. I just tried to survive that first hour and make them come to me.”", "Ashdown")]},
    [S("He said he had spent two days before the match batting against left-arm bowlers in the nets at Headingley.",
       "Ashdown", why="Reported speech; 'He' resolves to Ashdown.",
       f=[("two days", "2")])],
    {"s": [
        S("“We had them three down and we let it drift.",
          "Craig Mathieson", why="First sentence of a three-sentence quotation whose tag comes at the end: a checkable fact (three wickets down) with a verdict, as eval10's 'We had them five down'. Bare count.",
          f=[("three", "3")]),
        S("Mitch was outstanding in that first spell.",
          N, why="Inner sentence of the quotation: praise (an opinion)."),
        S("We changed the ball after 34 overs and the replacement did nothing for us,” said Craig Mathieson, New Zealand’s bowling coach.",
          "Craig Mathieson", why="Last sentence of the quotation with the tag: a checkable fact (ball changed after 34 overs). Job description dropped.",
          f=[("34 overs", "34")]),
    ], "q": [("“We had them three down and we let it drift. Mitch was outstanding in that first spell. We changed the ball after 34 overs and the replacement did nothing for us,”", "Craig Mathieson")]},
    [S("Mathieson said Harland had bowled 21 overs in the day, the most he had sent down in a Test innings, and that the 24-year-old’s workload would be “managed carefully” for the rest of the series.",
       "Mathieson", why="Reported speech with a two-word partial quotation; hyphenated age compound.",
       q=[("“managed carefully”", "Mathieson")],
       f=[("21 overs", "21"), ("24-year-old", "24")])],
    [S("England lead the three-match series 1-0 after winning at Lord’s by 74 runs.",
       "", why="Series state in the outlet's voice; the series score is one FIGURE as printed.",
       f=[("three-match", "3"), ("1-0", "1-0"), ("74 runs", "74")])],
    [S("The ECB said 22,950 tickets had been sold for the first day, and that the ground’s capacity of 25,000 was expected to be reached on Saturday.",
       "ECB", why="Reported statement (the expectation is part of what the ECB said). 'first' an ordinal; the capacity is a bare number.",
       f=[("22,950 tickets", "22950"), ("25,000", "25000")])],
    [
        S("Rain delayed the start by 45 minutes and bad light ended play with 6.2 overs of the day’s allocation unbowled.",
          "", why="The outlet's voice; overs keep their written decimal.",
          f=[("45 minutes", "45"), ("6.2 overs", "6.2")]),
        S("The Met Office has forecast heavy showers for Friday afternoon.",
          "Met Office", why="A reported forecast of a named body: that it forecast this is checkable."),
    ],
    [
        S("New Zealand will want to take the second new ball early and wrap up the tail before the rain arrives.",
          N, why="Prediction."),
        S("Amos has now made 41 runs in five innings at No 3 this summer.",
          "", why="A checkable record in the outlet's voice; 'No 3' is a batting position.",
          f=[("41 runs", "41"), ("five innings", "5")]),
        S("How long can England keep picking him?", N, why="Question."),
    ],
    [S("Read more: Ashdown finds his rhythm at last as England’s middle order holds firm",
       N, why="'Read more' link line.")],
    [S("Ned Carrow is a senior correspondent covering English cricket",
       N, why="Author bio line (furniture).")],
])

# ---------------------------------------------------------------------------
# 2. mariners_astros_delgado_two_homers: AP baseball recap, straight quotes,
#    "\r\n", dateline, TRAINER'S ROOM / UP NEXT blocks
# ---------------------------------------------------------------------------
ARTICLES["mariners_astros_delgado_two_homers"] = dict(nl="\r\n", paras=[
    [S('''MLB''', N, why="Section label.")],
    [S('''Delgado homers twice, Quiroz strikes out 11 as Mariners beat Astros 6-2 to close in on AL West lead''',
       N, why="Headline: no CLAIM; a bare strikeout count and the score as printed; 'twice' no FIGURE.",
       f=[("11", "11"), ("6-2", "6-2")])],
    [S('''By KYLE MORRISSEY''', N, why="Byline.")],
    [S('''Updated 10:48 PM PDT, August 14, 2026''', N, why="Stamp (a clock time and a date).")],
    [
        S('''Seattle Mariners' Rafael Delgado, right, celebrates with Jorge Pena after hitting a two-run home run against the Houston Astros during the first inning of a baseball game Friday, Aug. 14, 2026, in Seattle.''',
          N, why="AP photo caption: no CLAIM; the hyphenated compound is marked.",
          f=[("two-run", "2")]),
        S('''(AP Photo/Carla Whitfield)''', N, why="Photo credit."),
    ],
    [
        S('''SEATTLE (AP) —''', N, why="Dateline: its own item."),
        S('''Rafael Delgado hit two home runs, Andrés Quiroz struck out 11 over seven innings and the Seattle Mariners beat the Houston Astros 6-2 on Friday night to move within 1 1/2 games of the AL West lead.''',
          "", why="Result in the wire's voice. '1 1/2 games' has the exact decimal value 1.5.",
          f=[("two home runs", "2"), ("11", "11"), ("seven innings", "7"), ("6-2", "6-2"), ("1 1/2 games", "1.5")]),
    ],
    [
        S('''Delgado hit a two-run shot off Houston starter Ben Whitacre in the first inning and added a solo homer in the sixth, a 431-foot drive to center field that left his bat at 111.2 mph.''',
          "", why="The wire's voice. Hyphenated compounds; the exit speed keeps its unit; 'solo' and ordinals hold no FIGURE.",
          f=[("two-run", "2"), ("431-foot", "431"), ("111.2 mph", "111.2")]),
        S('''According to Statcast, it was the longest home run by a Mariners player this season.''',
          "Statcast", why="'According to Statcast': the named tracking system."),
    ],
    [S('''The 27-year-old has 29 home runs, one shy of his career high, and is batting .284 with 81 RBIs.''',
       "", why="The wire's voice. 'one shy' counts a home run (a number, not a pronoun); the batting average '.284' is valued 0.284.",
       f=[("27-year-old", "27"), ("29 home runs", "29"), ("one", "1"), (".284", "0.284"), ("81 RBIs", "81")])],
    [
        S('''Quiroz (12-6) allowed two runs and four hits, walked one and threw 104 pitches, 71 of them for strikes.''',
          "", why="The wire's voice. The win-loss record is one FIGURE as printed; 'walked one' counts a batter; '71' bare.",
          f=[("12-6", "12-6"), ("two runs", "2"), ("four hits", "4"), ("one", "1"), ("104 pitches", "104"), ("71", "71")]),
        S('''The right-hander has won his last five starts and lowered his ERA to 2.87.''',
          "", why="'last' stays out of the span; the ERA value is a bare number (the stat name precedes).",
          f=[("five starts", "5"), ("2.87", "2.87")]),
    ],
    [
        S('''Whitacre (9-10) gave up five runs and seven hits in 4 2/3 innings, his shortest outing since May 30.''',
          "", why="The wire's voice. Innings in thirds have no exact decimal: value as printed. 'May 30' a date.",
          f=[("9-10", "9-10"), ("five runs", "5"), ("seven hits", "7"), ("4 2/3 innings", "4 2/3")]),
        S('''Yainer Castillo had an RBI double in the fourth for Houston, and Colby Strand added a sacrifice fly in the eighth.''',
          "", why="The wire's voice; ordinals name the innings, no FIGURE."),
    ],
    [
        S('''"He's been carrying us for two weeks," Mariners manager Dale Whitcomb said.''',
          N, why="Quotation plus tag: a judgement (praise). Job title dropped. The duration is still a FIGURE.",
          q=[('''"He's been carrying us for two weeks,"''', "Dale Whitcomb")],
          f=[("two weeks", "2")]),
        S('''"When he's on time with the fastball, there's not a ballpark in this league that holds him."''',
          N, why="Continuation quotation: an opinion.",
          q=[('''"When he's on time with the fastball, there's not a ballpark in this league that holds him."''', "Dale Whitcomb")]),
    ],
    [S('''"Andrés had the changeup working from the first inning," Whitcomb said, "and we were going to let him go 105 to 110 pitches, so when he got through seven on 104, that was the night."''',
       "Whitcomb", why="One sentence, quotation split by its tag: two QUOTEs. Besides the plan it asserts a checkable fact (seven innings on 104 pitches). A range is one FIGURE; 'seven' and '104' bare.",
       q=[('''"Andrés had the changeup working from the first inning,"''', "Whitcomb"),
          ('''"and we were going to let him go 105 to 110 pitches, so when he got through seven on 104, that was the night."''', "Whitcomb")],
       f=[("105 to 110 pitches", "105-110"), ("seven", "7"), ("104", "104")])],
    [
        S('''"I was just trying to get something in the air," said Delgado.''',
          N, why="Quotation plus inverted tag: his intention, not a checkable fact.",
          q=[('''"I was just trying to get something in the air,"''', "Delgado")]),
        S('''Delgado said he had been taking extra batting practice since the All-Star break to fix a hitch in his swing.''',
          "Delgado", why="Reported speech."),
    ],
    [
        S('''Seattle has won 11 of its last 14 games and is 34-19 at home.''',
          "", why="Record in the wire's voice; '11' bare, 'last' out of the span; the home record a tally as printed.",
          f=[("11", "11"), ("14 games", "14"), ("34-19", "34-19")]),
        S('''Houston has lost four straight.''',
          "", why="'four' counts games that do not follow: bare FIGURE.",
          f=[("four", "4")]),
    ],
    [S('''Astros manager Ruben Ochoa said Whitacre had been pitching through a blister on his right middle finger and would be examined Saturday.''',
       "Ruben Ochoa", why="Reported speech; job title dropped.")],
    {"s": [
        S('''"We just didn't do enough offensively, simple as that," Ochoa said.''',
          N, why="Quotation plus tag: a judgement.",
          q=[('''"We just didn't do enough offensively, simple as that,"''', "Ochoa")]),
        S('''"We've scored three runs or fewer in eight of our last 10 games.''',
          "Ochoa", why="First sentence of a two-sentence continuation quotation: a checkable record. 'or fewer' stays out; 'eight' bare; 'last' out.",
          f=[("three runs", "3"), ("eight", "8"), ("10 games", "10")]),
        S('''You're not going to win a division doing that."''',
          N, why="Second sentence of the quotation: a prediction/judgement."),
    ], "q": [('''"We've scored three runs or fewer in eight of our last 10 games. You're not going to win a division doing that."''', "Ochoa")]},
    [
        S('''A person familiar with the situation told The Associated Press that the Astros planned to place reliever Dom Feliciano on the 15-day injured list before Saturday's game.''',
          "person familiar with the situation", why="Unnamed source: the description without the article; the AP is the audience. Hyphenated compound.",
          f=[("15-day", "15")]),
        S('''The person spoke on condition of anonymity because the move had not been announced.''',
          "", why="The wire's own account of its sourcing: a checkable fact in its voice."),
    ],
    [
        S('''The Mariners said the crowd of 41,206 was the largest at T-Mobile Park since opening day.''',
          "Mariners", why="Organisation as claimant; the crowd is a bare number (noun precedes).",
          f=[("41,206", "41206")]),
        S('''With six games left between the teams this month, the race could tighten quickly.''',
          N, why="Speculation; its count is still a FIGURE ('the teams' refers back).",
          f=[("six games", "6")]),
    ],
    [S('''TRAINER'S ROOM''', N, why="Block heading.")],
    [
        S('''Astros:''', N, why="Team label: its own item."),
        S('''RHP Dom Feliciano (right elbow inflammation) had an MRI on Friday, the team said.''',
          "Astros", why="'the team' resolves to the Astros named by the label."),
    ],
    [
        S('''Mariners:''', N, why="Team label: its own item."),
        S('''C Luis Barrera (strained left hamstring) went 0 for 3 in the first of two rehab games with Triple-A Tacoma.''',
          "", why="The wire's voice. '0 for 3' two FIGUREs; 'rehab' is a noun modifier and stays; 'first' an ordinal; 'Triple-A' a name.",
          f=[("0", "0"), ("3", "3"), ("two rehab games", "2")]),
    ],
    [S('''UP NEXT''', N, why="Block heading.")],
    [S('''Astros RHP Cole Tanner (7-8, 4.41 ERA) faces Mariners LHP Eli Voss (10-5, 3.12) on Saturday night.''',
       "", why="A fixed fixture: checkable. Records as printed; the ERA joins its number as a unit; the second ERA is bare.",
       f=[("7-8", "7-8"), ("4.41 ERA", "4.41"), ("10-5", "10-5"), ("3.12", "3.12")])],
    [S('''___''', N, why="AP rule line.")],
    [S('''AP MLB: https://apnews.com/hub/mlb''', N, why="AP link boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. european_athletics_madden_1500m_record: Guardian-style athletics report,
#    curly quotes, "\n", standfirst, caption, Related line
# ---------------------------------------------------------------------------
ARTICLES["european_athletics_madden_1500m_record"] = dict(nl="\n", paras=[
    [S("Athletics", N, why="Section label.")],
    [S("Keira Madden storms to European 1500m gold in championship record",
       N, why="Headline; '1500m' is the event's name, no FIGURE.")],
    [S("Scot, 24, wins by more than a second in 3:52.14 as Britain’s medal tally reaches 11",
       N, why="Standfirst: no CLAIM; FIGUREs marked. 'more than a second' has the article: no FIGURE.",
       f=[("24", "24"), ("3:52.14", "3:52.14"), ("11", "11")])],
    [S("Tamsin Hale at the Alexander Stadium", N, why="Byline.")],
    [S("Sat 15 Aug 2026 22.31 BST", N, why="Stamp (a date and a clock time).")],
    [
        S("Keira Madden pulls clear of Ebba Lindqvist on the final bend in Birmingham.",
          N, why="Photo caption."),
        S("Photograph: Ian Costigan/PA", N, why="Photo credit."),
    ],
    [S("Keira Madden won the European 1500m title in a championship record of 3:52.14 at the Alexander Stadium on Saturday night, pulling clear of Sweden’s Ebba Lindqvist over the last 250 metres to win by 1.21 seconds.",
       "", why="Result in the outlet's voice. The event name holds no FIGURE; the distance run is one ('last' stays out).",
       f=[("3:52.14", "3:52.14"), ("250 metres", "250"), ("1.21 seconds", "1.21")])],
    [
        S("The 24-year-old from Inverness took 0.87sec off the record set by Poland’s Marta Zielińska in Rome two years ago, and moved to third on the British all-time list.",
          "", why="The outlet's voice; the unit is in the token; 'third' an ordinal.",
          f=[("24-year-old", "24"), ("0.87sec", "0.87"), ("two years", "2")]),
        S("Lindqvist, 29, took silver in 3:53.35 and Ireland’s Niamh Corrigan won bronze in 3:54.02 after coming from eighth place at the bell.",
          "", why="Bare age; times as printed; 'eighth' an ordinal.",
          f=[("29", "29"), ("3:53.35", "3:53.35"), ("3:54.02", "3:54.02")]),
    ],
    [S("The field went through 800m in a sluggish 2:08.4, according to official timing data from European Athletics, and Madden covered the final lap in 57.8 seconds.",
       "European Athletics", why="'according to official timing data from European Athletics' names the data's author. '800m' is a split distance (a FIGURE), the adjective before the time is outside it.",
       f=[("800m", "800"), ("2:08.4", "2:08.4"), ("57.8 seconds", "57.8")])],
    [
        S("“I knew the pace was slow, so with 300 to go I just went,” Madden said.",
          N, why="Quotation plus tag: her tactics and reading of the race (eval8's 'I decided to go alone'). '300' counts metres that do not follow: bare FIGURE.",
          q=[("“I knew the pace was slow, so with 300 to go I just went,”", "Madden")],
          f=[("300", "300")]),
        S("“Two years ago I was sitting in the stands here with my foot in a boot, so this means everything.”",
          "Madden", why="Continuation quotation asserting a checkable fact (in the stands with an injured foot two years ago) with a feeling attached.",
          q=[("“Two years ago I was sitting in the stands here with my foot in a boot, so this means everything.”", "Madden")],
          f=[("Two years", "2")]),
    ],
    [
        S("Her coach, Alan Dunbar, a former steeplechaser who has guided her since she was 14, said Madden had averaged about 150 kilometres a week through a winter block at altitude in Iten, Kenya.",
          "Alan Dunbar", why="Reported speech; the job description is dropped. 'a week' stays out.",
          f=[("14", "14"), ("about 150 kilometres", "150")]),
        S("He said she would race only once more this season, at the Diamond League final in Brussels on 4 September.",
          "Alan Dunbar", why="Reported plan; 'He' resolves to Alan Dunbar. 'once' no FIGURE; a date."),
    ],
    [
        S("On this form, she will start as favourite there.", N, why="Prediction."),
        S("Can anyone live with her finishing speed?", N, why="Question."),
    ],
    [S("Earlier, the Netherlands’ Sander Vogt retained his 400m hurdles title in 47.31sec, the fastest time in the world this year, with Italy’s Matteo Rinaldi second in 47.88 and France’s Hugo Bessette third in 48.02.",
       "", why="Results in the outlet's voice. '400m hurdles' an event name; the times after the first are bare; 'second', 'third' ordinals.",
       f=[("47.31sec", "47.31"), ("47.88", "47.88"), ("48.02", "48.02")])],
    {"s": [
        S("“I had an injection in my hamstring on Tuesday and I did not train for three days.",
          "Vogt", why="First sentence of a three-sentence quotation with the tag at its end: checkable facts.",
          f=[("three days", "3")]),
        S("I was not sure I would even start.",
          N, why="Inner sentence: a feeling."),
        S("But a title is a title,” said Vogt, 27.",
          N, why="Last sentence with its tag: a platitude. Bare age after the name.",
          f=[("27", "27")]),
    ], "q": [("“I had an injection in my hamstring on Tuesday and I did not train for three days. I was not sure I would even start. But a title is a title,”", "Vogt")]},
    [S("He said he would skip the Diamond League final to rest the injury.",
       "Vogt", why="Reported plan; 'He' resolves to Vogt.")],
    [
        S("Ukraine’s Oleksiy Bondar won the men’s high jump with a first-time clearance at 2.33m, then had three failures at a European record height of 2.41m.",
          "", why="The outlet's voice; heights keep their unit; 'first-time' no FIGURE.",
          f=[("2.33m", "2.33"), ("three failures", "3"), ("2.41m", "2.41")]),
        S("Britain’s Jade Okonjo took bronze in the women’s 100m hurdles in 12.71sec, running into a headwind of 1.4 metres per second as rain swept across the stadium.",
          "", why="The outlet's voice; '100m hurdles' an event name; the wind is a rate whose unit stays.",
          f=[("12.71sec", "12.71"), ("1.4 metres per second", "1.4")]),
        S("The temperature had dropped to 13C by the start of the final.",
          "", why="A measurement in the outlet's voice.",
          f=[("13C", "13")]),
    ],
    [S("Britain have won 11 medals, four of them gold, and are second in the medal table behind Italy, who have 14.",
       "", why="Medal table in the outlet's voice; 'four' and '14' count medals that do not follow; 'second' an ordinal.",
       f=[("11 medals", "11"), ("four", "4"), ("14", "14")])],
    [
        S("UK Athletics, the sport’s governing body in Britain, said before the championships that it was targeting between 15 and 20 medals.",
          "UK Athletics", why="Reported target of a named body; the description after the name is dropped. A range is one FIGURE.",
          f=[("between 15 and 20 medals", "15-20")]),
        S("Its performance director, Karen Holt, said the team was “ahead of where we hoped to be” with 12 finals still to come on Sunday.",
          "Karen Holt", why="Reported speech with a partial quotation; job description dropped.",
          q=[("“ahead of where we hoped to be”", "Karen Holt")],
          f=[("12 finals", "12")]),
    ],
    [
        S("According to European Athletics, more than 310,000 tickets have been sold for the championships, which run over seven days, a record for the event.",
          "European Athletics", why="'According to' a named body.",
          f=[("more than 310,000 tickets", "310000"), ("seven days", "7")]),
        S("A European Athletics spokesperson said the men’s 5,000m final would go ahead on Sunday as planned, after the Spanish federation protested that two of its runners had been obstructed in the heats.",
          "European Athletics spokesperson", why="Unnamed spokesperson: description without the article. '5,000m' an event name; 'two' counts runners (noun does not follow).",
          f=[("two", "2")]),
    ],
    [S("It was, in the end, the night the championships had been waiting for.",
       N, why="The writer's opinion.")],
    [S("Related: Madden’s long road back from a broken foot to the brink of gold",
       N, why="'Related:' link line.")],
    [S("European Athletics Championships 2026: day six results in full",
       N, why="Results link line: '2026' a year, 'day six' a label.")],
])

"""Held-out articles, set C (writer c): three original news stories written
for the tenth evaluation set, at ordinary sports-desk, arts-desk and
local-feature density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of eval9/articles_a.py.
`ashgrove_cup_final` is a cricket match report (a one-day county final won
in a run chase) with straight quotes and "\\n\\n" between paragraphs, a
headline, a dek, a byline and a timestamp; `port_avelin_film_awards` is an
arts-desk news piece (a film festival's closing awards) with curly double
quotes (single curly quotes nested), "\\r\\n", a headline, a dek, a byline
with timestamp, a photo caption and a "Read our review" line;
`coldharbour_farm_drought` is a local-paper feature about a family farm in
a drought, with curly single quotes, guillemets once, "\\n", present-tense
scene setting, a short Q&A block and a helpline footer.

Judgement calls made where the guidelines leave room:
- Headline, dek, byline, timestamp, caption, "Read our review" line and the
  helpline footer get no CLAIM; QUOTEs and FIGUREs inside them are still
  marked (the headline's `'We're farming dust'` is a QUOTE by Dana Merrow,
  named as at her nearest mention in the body).
- Cricket scores: `143 for five`, `311 for seven`, `four for 52` carry two
  values each (runs, wickets), so two FIGUREs of the bare numbers, like the
  vote tally `94 votes to 87` in set A of eval9. A bare run count (`an
  unbeaten 131`, `chased down 312`, `Okafor scoring 102`) is a FIGURE of
  the number alone (the noun does not follow). Overs as a decimal
  (`48.3 overs`) keep their written decimal as the value.
- `a six` / `The six` / `his fifth six` name a kind of shot (a boundary hit),
  not a quantity: no FIGURE; in `The six took Ashgrove to 313 for six` only
  the second `six` (wickets) is a FIGURE. `fifth`, `sixth`, `29th`,
  `49th`, `fourth`, `third`, `first` and `first-choice`,
  `first-time` are ordinals: no FIGURE.
- `five down` / `at least five of them` / `two of them` / `Ten of the
  titles`: a number counting a noun that does not follow it is a FIGURE of
  the number (with its approximator) alone.
- Hyphenated compounds are FIGUREs (`19-year-old`, `three-hour`,
  `14-minute`, `nine-member`, `42-year`, `640-hectare`, `13,000-litre`,
  `90-minute`).  I avoided `one-day` (a format name) in the copy.
- An adjective between number and noun ends the span (`two animated
  features` -> `two`); `two years ago` gives FIGURE `two years` as in set A.
- `Three times a week` is a rate: FIGURE `Three times`. `just over`,
  `close to` and `up to` are approximators inside the span. `about a
  million litres` and `close to a million euros` have value 1000000.
- Not FIGUREs: clock times (`seven in the morning`, `about two in the
  morning`, `12:40 p.m.`, `19:58 BST`), dates and years, `a minute`,
  `a decade`, `a tonne`, `a week` (articles), `half` / `less than half` /
  `more than half`, `several`, and the helpline number `1800 552 019` (a
  number inside a name/handle).
- Scare quotes around single words (`"difficult"`, `"genre"`, the nested
  `'unfilmable'`) and film titles in quotation marks (`"The Salt
  Orchard"`, `"Night Ferry"`, `"Tin Crowns"`, `"Every Other Sunday"`) are
  not QUOTEs. The nested `'unfilmable'` stays inside the outer QUOTE.
- A quotation running over two paragraphs (no closing mark at the end of
  the first paragraph, a fresh opening mark on the second) gives one QUOTE
  per paragraph: from the opening mark to the paragraph's final
  punctuation, and from the second opening mark to the closing mark. Both
  take the speaker of the tag in the first paragraph; each sentence gets
  its own decision.
- A quotation holding a question and an answer (`"On that pitch? We needed
  340," he said.`, `"Did we look at our watches? Of course," she said.`) is
  one QUOTE over two sentences; the question sentence is no CLAIM, and the
  answer is judged on its own (both here are judgements/quips: no CLAIM).
- Quotation plus tag: a CLAIM when the quoted words assert something
  checkable (played three finals and lost two; "I told him to ..." as the
  reference annotator marks Trump's "I said, ..."; a player's age; the jury
  watched 19 films from 14 countries; families let the crew in for two
  winters; 12 years playing small parts; two crops planted and none
  harvested; no frog in the dam since October); not when it is an
  opinion, joke, feeling, hope, plan or metaphor.
- Q&A block: the answers carry no quotation marks, so they hold no QUOTE;
  each answer sentence is judged like reported speech with the
  interviewee (`Dana Merrow`, her nearest mention) as claimant when it
  asserts something checkable. The `Q:` lines are questions (no CLAIM); the
  `A:` label is its own item with no CLAIM, like a wire dateline, so the
  first CLAIM starts at the answer proper. The signpost sentence `We put
  three questions to Dana Merrow as she worked.` is furniture like `Here is
  what we know so far`: no CLAIM, but its FIGURE is marked.
- Present-tense scene setting by the reporter (someone driving along a
  fence, dust hanging like smoke, the kind of heat that gets into your
  teeth, cracked mud where a creek should be) is no CLAIM; a present-tense
  sentence whose point is a measurement or lasting state (the shed
  thermometer reads 31 degrees, the dam holds about a million litres, the
  bore gives between 8,000 and 10,000 litres a day) is a CLAIM in the
  paper's voice.
- `Not everyone was convinced.` is a state of affairs about people's views
  in the outlet's voice: CLAIM (as `Economists were less sure ...` in set
  A). Pure opinions and forecasts in the outlet's voice (`it was a defiant
  choice`, `is expected to reach cinemas ... early next year`, `Whether
  Brightwell keeps the gloves ... is another matter`) are not.
- `Asked whether his side had been 20 runs short, he shook his head.`
  passes on Rendell's answer (a "no" given by gesture): CLAIM with
  claimant `Rendell`. `Solvang laughed` answers nothing: an event in the
  paper's own voice, claimant empty. (Both are close calls.)
- Organisation speakers: `the club said` -> `Kellington`; `the
  authority said` -> `Tallis Valley Water Authority`; `the organisers
  said` -> `festival organisers` (its nearest mention, a description
  without the article); `according to its producers, Marea Films` ->
  `Marea Films`; `according to the regional weather office in Tallis` ->
  `regional weather office`.
- Speaker/claimant names: titles and job descriptions dropped (`Jury
  president`, `head coach`, `captain`, `Critic`, `Kellington captain`);
  first-name-only references use the name the article uses (`Rob`, `Kit`,
  `Dana`), and a pronoun resolves to the nearest naming mention.

Every person, organisation, competition and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. ashgrove_cup_final: cricket match report, straight quotes, "\n\n",
#    headline, dek, byline, timestamp
# ---------------------------------------------------------------------------
ARTICLES["ashgrove_cup_final"] = dict(nl="\n\n", paras=[
    [S('''Dace century steers Ashgrove to Corvell Cup glory with nine balls to spare''',
       N, why="Headline: no CLAIM, but its FIGURE is marked; 'century' is no number word.",
       f=[("nine balls", "9")])],
    [S('''Captain's unbeaten 131 and a record stand with teenager Callum Brightwell overhaul Kellington's 311 for seven''',
       N, why="Dek: no CLAIM; runs and wickets are FIGUREs of the bare numbers.",
       f=[("131", "131"), ("311", "311"), ("seven", "7")])],
    [S('''By Owen Pritchard at Brackwater Park''', N, why="Byline.")],
    [S('''Sat 14 Jun 2025 19:58 BST''', N, why="Timestamp (a date and a clock time).")],
    [
        S('''Imran Dace struck an unbeaten 131 as Ashgrove chased down 312 to beat Kellington by four wickets in the Corvell Cup final at Brackwater Park on Saturday, ending a wait for limited-overs silverware that stretched back to 2009.''',
          "", why="Match result in the paper's own voice. Run counts are bare-number FIGUREs; '2009' is a year.",
          f=[("131", "131"), ("312", "312"), ("four wickets", "4")]),
    ],
    [
        S('''Ashgrove were wobbling at 143 for five in the 29th over when Callum Brightwell, a 19-year-old wicketkeeper playing only his fourth senior match, walked out to join his captain.''',
          "", why="Score '143 for five' is two FIGUREs; '29th' and 'fourth' are ordinals; '19-year-old' a hyphenated compound.",
          f=[("143", "143"), ("five", "5"), ("19-year-old", "19")]),
        S('''The pair added 158 for the sixth wicket in 22 overs, a county record for that wicket in the competition.''',
          "", why="'The pair' refers back (no number word); 'sixth' an ordinal.",
          f=[("158", "158"), ("22 overs", "22")]),
    ],
    [
        S('''Brightwell made 64 from 58 balls before he was caught at long-off with 11 still needed, and Dace finished the job in the 49th over, lofting Harry Lusk over midwicket for his fifth six.''',
          "", why="'his fifth six': ordinal plus the name of a shot, no FIGURE; '11' counts runs (noun does not follow).",
          f=[("64", "64"), ("58 balls", "58"), ("11", "11")]),
        S('''The six took Ashgrove to 313 for six from 48.3 overs, and the home dressing room emptied onto the outfield.''',
          "", why="'The six' is the shot (no FIGURE); the second 'six' counts wickets. Overs keep their written decimal.",
          f=[("313", "313"), ("six", "6", 2), ("48.3 overs", "48.3")]),
    ],
    [
        S('''Earlier, Kellington had made 311 for seven after being put in, with opener Sam Okafor scoring 102 and captain Tom Rendell a brisk 78 from 49 balls.''',
          "", f=[("311", "311"), ("seven", "7"), ("102", "102"), ("78", "78"), ("49 balls", "49")]),
        S('''Okafor, 27, and Rendell put on 121 for the second wicket in 17 overs, and at 236 for two with 10 overs left Kellington looked set for something closer to 350.''',
          "", why="The partnership and score in the paper's voice (the 'looked set' clause is colour on a checkable state). 'second' an ordinal; '236 for two' two FIGUREs; the notional total '350' is still a number of runs.",
          f=[("27", "27"), ("121", "121"), ("17 overs", "17"), ("236", "236"), ("two", "2"), ("10 overs", "10"), ("350", "350")]),
        S('''They lost five wickets for 34 runs in the next seven overs, three of them to Ashgrove's Gethin Morse.''',
          "", why="'three of them': FIGURE of the number alone.",
          f=[("five wickets", "5"), ("34 runs", "34"), ("seven overs", "7"), ("three", "3")]),
    ],
    [
        S('''Morse finished with four for 52, but the home attack conceded 41 runs from the last three overs of the innings.''',
          "", why="Bowling figures 'four for 52' are two FIGUREs.",
          f=[("four", "4"), ("52", "52"), ("41 runs", "41"), ("three overs", "3")]),
    ],
    [
        S('''"I've played in three finals here and lost two of them, so I wasn't going anywhere until it was done," Dace said.''',
          "Dace", why="Quotation plus tag asserting checkable facts (three finals played, two lost). 'two of them': FIGURE of the number alone.",
          q=[('''"I've played in three finals here and lost two of them, so I wasn't going anywhere until it was done,"''', "Dace")],
          f=[("three finals", "3"), ("two", "2")]),
    ],
    [
        S('''"When Callum came in, I told him to watch the ball and forget about the scoreboard," said Dace, the Ashgrove captain.''',
          "Dace", why="Quotation plus inverted tag ('said X, the ...'); an account of what he told his partner is a checkable event, as the reference annotator marks Trump's \"I said, ...\". Title dropped.",
          q=[('''"When Callum came in, I told him to watch the ball and forget about the scoreboard,"''', "Dace")]),
        S('''"He's 19 and he batted like he'd been doing it for 10 years."''',
          "Dace", why="Continuation quotation; asserts the player's age (checkable). '10 years' inside the simile is still a number with its unit.",
          q=[('''"He's 19 and he batted like he'd been doing it for 10 years."''', "Dace")],
          f=[("19", "19"), ("10 years", "10")]),
    ],
    [
        S('''Dace, 31, has now scored 612 runs in this season's competition at an average of 87.4, the most by any batter since the tournament was expanded to 12 counties in 2016.''',
          "", why="Bare age after the name is a FIGURE; '2016' a year.",
          f=[("31", "31"), ("612 runs", "612"), ("87.4", "87.4"), ("12 counties", "12")]),
    ],
    [
        S('''Ashgrove head coach Pieter Voske said the partnership had been "the best 90 minutes of cricket I have seen from this group" and revealed that Brightwell had only been told he was playing on Friday afternoon, when first-choice keeper Joe Hallam failed a fitness test on a broken finger.''',
          "Pieter Voske", why="Reported speech with a partial quotation; 'head coach' dropped. 'first-choice' is no FIGURE.",
          q=[('''"the best 90 minutes of cricket I have seen from this group"''', "Pieter Voske")],
          f=[("90 minutes", "90")]),
    ],
    [
        S('''"People will talk about Imran's innings, and they should," Voske said.''',
          N, why="Quotation plus tag; an opinion.",
          q=[('''"People will talk about Imran's innings, and they should,"''', "Voske")]),
        S('''"But a kid who found out he was playing 20 hours before the start doesn't do what Callum did without a lot of nerve."''',
          N, why="Continuation quotation; praise (a judgement), though the duration is a FIGURE.",
          q=[('''"But a kid who found out he was playing 20 hours before the start doesn't do what Callum did without a lot of nerve."''', "Voske")],
          f=[("20 hours", "20")]),
    ],
    [
        S('''"We had them five down and we let it drift," Rendell said, "and against a player in that sort of form, you get punished."''',
          "Rendell", why="One sentence, quotation split by its tag: two QUOTEs. Besides the self-criticism it asserts a checkable fact (Ashgrove were five wickets down). 'five down': FIGURE of the number.",
          q=[('''"We had them five down and we let it drift,"''', "Rendell"),
             ('''"and against a player in that sort of form, you get punished."''', "Rendell")],
          f=[("five", "5")]),
    ],
    {"s": [
        S('''Asked whether his side had been 20 runs short, he shook his head.''',
          "Rendell", why="Passes on Rendell's answer (a 'no' by gesture); 'he' resolves to Rendell. Close call (see docstring).",
          f=[("20 runs", "20")]),
        S('''"On that pitch?''',
          N, why="A question (first sentence of a two-sentence quotation)."),
        S('''We needed 340," he said.''',
          N, why="Second sentence of the quotation with its tag; a judgement (a counterfactual par score), not a checkable fact.",
          f=[("340", "340")]),
    ], "q": [('''"On that pitch? We needed 340,"''', "Rendell")]},
    [
        S('''Kellington said Okafor had strained a hamstring while fielding and would miss six to eight weeks.''',
          "Kellington", why="Reported statement of the club; a range is one FIGURE.",
          f=[("six to eight weeks", "6-8")]),
        S('''"Sam will see a specialist on Monday and we will update supporters then," the club said.''',
          N, why="Organisation speaker ('the club' -> Kellington); a plan, not a checkable fact.",
          q=[('''"Sam will see a specialist on Monday and we will update supporters then,"''', "Kellington")]),
    ],
    [
        S('''The crowd of 9,870 was the largest for a domestic final at the ground, according to the Corvell Cricket Board, and ticket sales were up 18 per cent on last year's final.''',
          "Corvell Cricket Board", why="'according to' the board; '9,870' counts the crowd (noun precedes).",
          f=[("9,870", "9870"), ("18 per cent", "18")]),
    ],
    [
        S('''Ashgrove take home £60,000 in prize money, with £25,000 going to the runners-up.''',
          "", f=[("£60,000", "60000"), ("£25,000", "25000")]),
    ],
    [
        S('''It was, by some distance, the best final the competition has produced in years.''',
          N, why="The writer's opinion."),
        S('''Whether Brightwell keeps the gloves once Hallam is fit is another matter.''',
          N, why="Speculation (an open question) in the paper's voice."),
        S('''On Saturday night, nobody in the Ashgrove dressing room seemed in any hurry to ask it.''',
          N, why="The writer's impression, closing colour."),
    ],
])

# ---------------------------------------------------------------------------
# 2. port_avelin_film_awards: arts-desk news, curly double quotes (single
#    nested), "\r\n", headline, dek, byline with timestamp, caption,
#    review link
# ---------------------------------------------------------------------------
ARTICLES["port_avelin_film_awards"] = dict(nl="\r\n", paras=[
    [S("“The Salt Orchard” wins Golden Heron as Port Avelin jury backs a first-time director",
       N, why="Headline; the film title in quotation marks is no QUOTE; 'first-time' no FIGURE.")],
    [S("Tomas Ibarreche’s three-hour drama about a family of salt harvesters takes the top prize; Noor Halabi named best actress for “Night Ferry”",
       N, why="Dek: no CLAIM; the hyphenated compound is a FIGURE; the title is no QUOTE.",
       f=[("three-hour", "3")])],
    [S("By Celia Marchetti, Film Correspondent | September 21, 2025, 12:40 p.m.",
       N, why="Byline and timestamp.")],
    [
        S("Tomas Ibarreche holds the Golden Heron at the closing ceremony in Port Avelin on Saturday night.",
          N, why="Photo caption."),
        S("(Photo: Festival press office)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Tomas Ibarreche’s “The Salt Orchard”, a three-hour portrait of a family of salt harvesters on a vanishing stretch of coast, won the Golden Heron for best film at the Port Avelin International Film Festival on Saturday night.",
          "", why="The award in the paper's own voice; the title is no QUOTE.",
          f=[("three-hour", "3")]),
    ],
    [
        S("The 38-year-old director, whose only previous credit was a 14-minute short, shot the film over 71 days with a cast of non-professional actors on a budget of about €1.9 million, according to its producers, Marea Films.",
          "Marea Films", why="'according to its producers, Marea Films': the named company is the claimant.",
          f=[("38-year-old", "38"), ("14-minute", "14"), ("71 days", "71"), ("about €1.9 million", "1900000")]),
    ],
    [
        S("Jury president Ingrid Solvang said the nine-member jury had reached its decision “after a long night and a short argument”, and that the vote for the top prize had not been unanimous.",
          "Ingrid Solvang", why="Reported speech with a partial quotation; 'Jury president' dropped.",
          q=[("“after a long night and a short argument”", "Ingrid Solvang")],
          f=[("nine-member", "9")]),
    ],
    [
        S("“We watched 19 films from 14 countries, and at least five of them could have won,” Solvang told reporters after the ceremony.",
          "Solvang", why="Quotation plus tag asserting a checkable fact (how many films from how many countries). 'at least five' counts films not following.",
          q=[("“We watched 19 films from 14 countries, and at least five of them could have won,”", "Solvang")],
          f=[("19 films", "19"), ("14 countries", "14"), ("at least five", "5")]),
        S("“In the end we kept coming back to the same images: the salt, the hands, the grandmother who refuses to leave.",
          N, why="Continuation quotation that runs on into the next paragraph (no closing mark here): a QUOTE to the paragraph's end. An impression of the deliberations, not a checkable fact.",
          q=[("“In the end we kept coming back to the same images: the salt, the hands, the grandmother who refuses to leave.", "Solvang")]),
    ],
    {"s": [
        S("“It is a film that trusts its audience.",
          N, why="Second paragraph of the running quotation; an opinion."),
        S("We wanted to reward that, and we wanted to reward a director who had the nerve to make something people told him was ‘unfilmable’.”",
          N, why="The jury's intention; the nested single-word 'unfilmable' is a scare quote inside the outer QUOTE."),
    ], "q": [("“It is a film that trusts its audience. We wanted to reward that, and we wanted to reward a director who had the nerve to make something people told him was ‘unfilmable’.”", "Solvang")]},
    [
        S("Accepting the prize, Ibarreche dedicated it to the 11 families of Punta Garza who appear in the film, several of whom were in the audience.",
          "", why="An event at the ceremony in the paper's voice; 'several' is no FIGURE.",
          f=[("11 families", "11")]),
    ],
    [
        S("“They let us into their houses for two winters,” he said.",
          "Ibarreche", why="Quotation plus tag asserting a checkable fact; 'he' resolves to Ibarreche.",
          q=[("“They let us into their houses for two winters,”", "Ibarreche")],
          f=[("two winters", "2")]),
        S("“Some of them had never seen a film in a cinema before last night.”",
          "Ibarreche", why="Continuation quotation; a checkable fact.",
          q=[("“Some of them had never seen a film in a cinema before last night.”", "Ibarreche")]),
    ],
    [
        S("“A film about salt should take its time,” Ibarreche said later, “because salt takes its time.”",
          N, why="One sentence, quotation split by its tag: two QUOTEs. An aphorism, not a checkable fact.",
          q=[("“A film about salt should take its time,”", "Ibarreche"),
             ("“because salt takes its time.”", "Ibarreche")]),
    ],
    [
        S("Noor Halabi, 34, was named best actress for her role as a ferry cook in Lina Dragomir’s “Night Ferry”, which also won best screenplay and was the only film to take two awards.",
          "", why="Bare age is a FIGURE; the title is no QUOTE.",
          f=[("34", "34"), ("two awards", "2")]),
    ],
    [
        S("Halabi, who was branded “difficult” by a tabloid after she walked off a television series in 2021, said Dragomir had cast her when “nobody else would return my agent’s calls”.",
          "Halabi", why="Reported speech with a partial quotation (a QUOTE); the single-word “difficult” is a scare quote, no QUOTE; '2021' a year.",
          q=[("“nobody else would return my agent’s calls”", "Halabi")]),
    ],
    [
        S("“I have spent 12 years playing wives and mothers who get two lines each,” she said.",
          "Halabi", why="Quotation plus tag asserting a checkable (if wry) career fact; 'she' resolves to Halabi.",
          q=[("“I have spent 12 years playing wives and mothers who get two lines each,”", "Halabi")],
          f=[("12 years", "12"), ("two lines", "2")]),
        S("“I hope the girls watching tonight know you don’t have to be nice to be good.”",
          N, why="Continuation quotation; a hope.",
          q=[("“I hope the girls watching tonight know you don’t have to be nice to be good.”", "Halabi")]),
    ],
    [
        S("The best director prize went to Ama Owusu-Reyes for “Tin Crowns”, about a school brass band in a mining town, while the jury’s special prize was shared by two animated features for the first time in the festival’s 42-year history.",
          "", why="The adjective 'animated' ends the span: FIGURE 'two'. 'first' an ordinal; '42-year' a hyphenated compound.",
          f=[("two", "2"), ("42-year", "42")]),
    ],
    [
        S("The audience award, decided by a vote of festival-goers, went to the comedy “Every Other Sunday”.",
          "", why="Title in quotation marks is no QUOTE."),
        S("Ten of the titles in competition were directed by women, the first time they have made up more than half of the line-up, according to festival organisers.",
          "festival organisers", why="'according to festival organisers': a description without a name, kept without the article. 'Ten' counts titles not following; 'more than half' is no FIGURE.",
          f=[("Ten", "10")]),
    ],
    [
        S("Attendance rose to about 148,000 admissions over the 10 days, up 6% on last year, the organisers said, adding that ticket prices of €9 to €14 had been held for a third year.",
          "festival organisers", why="'the organisers said' resolves to the nearest mention ('festival organisers'). The price range is one FIGURE; 'third' an ordinal.",
          f=[("about 148,000 admissions", "148000"), ("10 days", "10"), ("6%", "6"), ("€9 to €14", "9-14")]),
    ],
    [
        S("Distributors had bought “The Salt Orchard” for 23 territories before the ceremony, its sales agent, Lanternfield International, said on Sunday, with French and Italian rights together fetching close to a million euros.",
          "Lanternfield International", why="Reported statement of the sales agent; 'close to' is an approximator; 'a million' is a FIGURE.",
          f=[("23 territories", "23"), ("close to a million euros", "1000000")]),
    ],
    [
        S("Asked at the winners’ press conference whether the jury had worried about the film’s length, Solvang laughed.",
          "", why="An observed event in the paper's voice; the laugh passes on no position (close call, see docstring)."),
    ],
    {"s": [
        S("“Did we look at our watches?",
          N, why="A question (first sentence of a two-sentence quotation)."),
        S("Of course,” she said.",
          N, why="Answer to her own rhetorical question, a quip; 'she' resolves to Solvang."),
        S("“But nobody asked for a minute of it back.”",
          N, why="Continuation quotation; a quip. 'a minute' has the article 'a'.",
          q=[("“But nobody asked for a minute of it back.”", "Solvang")]),
    ], "q": [("“Did we look at our watches? Of course,”", "Solvang")]},
    [
        S("Not everyone was convinced.",
          "", why="A state of affairs about people's views in the paper's voice (as 'Economists were less sure ...' in set A)."),
        S("Critic Paul Ostrander of the Avelin Herald called the winner “a beautiful endurance test” and said the jury had again overlooked the festival’s “genre” entries, none of which won a prize.",
          "Paul Ostrander", why="'called ... and said' passes on his position; 'Critic' dropped. The three-word partial quotation is a QUOTE; the single-word “genre” is a scare quote.",
          q=[("“a beautiful endurance test”", "Paul Ostrander")]),
    ],
    [
        S("For a festival that has spent a decade trying to shake off its reputation for worthy, slow cinema, it was a defiant choice.",
          N, why="The writer's opinion; 'a decade' has the article 'a'."),
    ],
    [
        S("“The Salt Orchard” is expected to reach cinemas in several European countries early next year.",
          N, why="A hedged forecast in the paper's voice; the title is no QUOTE."),
    ],
    [S("Read our full review of “The Salt Orchard” here.",
       N, why="Review link (boilerplate).")],
])

# ---------------------------------------------------------------------------
# 3. coldharbour_farm_drought: local feature, curly single quotes,
#    guillemets once, "\n", Q&A block, helpline footer
# ---------------------------------------------------------------------------
ARTICLES["coldharbour_farm_drought"] = dict(nl="\n", paras=[
    [S("‘We’re farming dust’: three generations of Merrows face the driest year on record",
       N, why="Headline: no CLAIM; the quotation is a QUOTE (speaker named as at her nearest mention in the body) and the count a FIGURE.",
       q=[("‘We’re farming dust’", "Dana Merrow")],
       f=[("three generations", "3")])],
    [S("After 14 months of below-average rain, a Tallis Valley family is selling stock, carting water and asking how long it can hold on",
       N, why="Dek: no CLAIM; FIGURE marked.",
       f=[("14 months", "14")])],
    [S("By Hannah Qualtrough, Rural Affairs Reporter | Tallis Valley Courier", N, why="Byline.")],
    [S("Published 3 February 2026", N, why="Timestamp (a date).")],
    [
        S("Dana Merrow checks the level of the last dam on Coldharbour Flat still holding water.",
          N, why="Photo caption."),
        S("Picture: Hannah Qualtrough", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("It is not yet seven in the morning and the thermometer nailed to the shearing shed already reads 31 degrees.",
          "", why="Present tense, but its point is a measurement: a CLAIM in the paper's voice. 'seven in the morning' is a clock time.",
          f=[("31 degrees", "31")]),
        S("It is the kind of heat that gets into your teeth.",
          N, why="The writer's own description."),
    ],
    [
        S("Dana Merrow drives the ute along the fence line, counting ewes under her breath.",
          N, why="Present-tense scene setting by the reporter."),
        S("Behind her, the dust hangs over the track like smoke.",
          N, why="The writer's own description (scene setting)."),
    ],
    [
        S("‘We’re farming dust,’ she says when she finally stops.",
          N, why="Quotation plus tag; a metaphor. 'she' resolves to Dana Merrow.",
          q=[("‘We’re farming dust,’", "Dana Merrow")]),
        S("‘That’s what it feels like most days.’",
          N, why="Continuation quotation; a feeling.",
          q=[("‘That’s what it feels like most days.’", "Dana Merrow")]),
    ],
    [
        S("The Merrows have farmed at Coldharbour Flat, 40 kilometres north of Tallis, since 1913.",
          "", why="'1913' is a year.",
          f=[("40 kilometres", "40")]),
        S("Dana, 58, runs the 640-hectare property with her husband, Rob, and their son, Kit, 24, who came home from university three years ago to take over the cropping.",
          "", why="Bare ages are FIGUREs; 'three years ago' gives 'three years' as in set A.",
          f=[("58", "58"), ("640-hectare", "640"), ("24", "24"), ("three years", "3")]),
        S("Rob’s mother, Joan, 86, still lives in the original homestead by the creek.",
          "", why="Bare age is a FIGURE.",
          f=[("86", "86")]),
    ],
    [
        S("Since January last year the farm has recorded 212 millimetres of rain, Rob says, against a long-term average of about 560.",
          "Rob", why="Reported speech (tag in the middle); the name as the article uses it.",
          f=[("212 millimetres", "212"), ("about 560", "560")]),
        S("The valley has just had its driest 14 months since records began in 1889, according to the regional weather office in Tallis.",
          "regional weather office", why="'according to' an unnamed office: its description without the article. '1889' a year.",
          f=[("14 months", "14")]),
    ],
    [
        S("The creek that marks the farm’s western boundary stopped running in October.",
          "", why="A checkable event in the paper's voice."),
        S("Where it should be, there is a ribbon of cracked grey mud.",
          N, why="The writer's own description (scene setting)."),
    ],
    [
        S("We put three questions to Dana Merrow as she worked.",
          N, why="Signpost sentence (like 'Here is what we know so far'); its FIGURE is still marked.",
          f=[("three questions", "3")]),
    ],
    [S("Q: What has the drought cost you so far?", N, why="Q&A question.")],
    [
        S("A:", N, why="Q&A label (furniture, like a dateline)."),
        S("We’ve spent just over $85,000 on hay and grain since June, and that’s after selling 400 ewes in the spring.",
          "Dana Merrow", why="Q&A answer without quotation marks: no QUOTE; a checkable assertion by the interviewee. 'just over' is an approximator.",
          f=[("just over $85,000", "85000"), ("400 ewes", "400")]),
        S("Hay that cost $180 a tonne two years ago is $420 now, if you can get it.",
          "Dana Merrow", why="Checkable prices; 'a tonne' has the article 'a'.",
          f=[("$180", "180"), ("two years", "2"), ("$420", "420")]),
    ],
    [S("Q: Why not sell the rest and wait for rain?", N, why="Q&A question.")],
    [
        S("A:", N, why="Q&A label."),
        S("Because the day it rains, everyone wants to buy sheep back at once, and you pay through the nose.",
          N, why="An argument / generalisation about the market, not a checkable fact."),
        S("Some of these ewes go back to bloodlines Rob’s grandfather bought in 1956.",
          "Dana Merrow", why="A checkable fact about the flock, from the interviewee; '1956' a year."),
    ],
    [S("Q: Do you think about walking away?", N, why="Q&A question.")],
    [
        S("A:", N, why="Q&A label."),
        S("Every night, about two in the morning.",
          N, why="A feeling; 'about two in the morning' is a clock time, no FIGURE."),
        S("Then the sun comes up and there are 700 mouths to feed.",
          "Dana Merrow", why="Asserts the size of the remaining flock (checkable).",
          f=[("700 mouths", "700")]),
    ],
    [
        S("The flock numbered 1,100 ewes this time last year.",
          "", f=[("1,100 ewes", "1100")]),
        S("The biggest dam on the property holds about a million litres when it is full.",
          "", why="A lasting state in the paper's voice; 'a million' is a FIGURE.",
          f=[("about a million litres", "1000000")]),
        S("Rob estimates it is down to 15 per cent.",
          "Rob", why="Passes on Rob's estimate.",
          f=[("15 per cent", "15")]),
    ],
    [
        S("The bore, sunk 60 metres into the hill behind the house, still gives between 8,000 and 10,000 litres a day, but the water is too salty for the ewes on its own.",
          "", why="A range is one FIGURE; 'a day' has the article 'a'.",
          f=[("60 metres", "60"), ("between 8,000 and 10,000 litres", "8000-10000")]),
        S("Three times a week Kit drives a 13,000-litre tanker to the standpipe in Tallis and back, a 90-minute round trip, to make up the difference.",
          "", why="'Three times' is a rate (FIGURE); hyphenated compounds are FIGUREs.",
          f=[("Three times", "3"), ("13,000-litre", "13000"), ("90-minute", "90")]),
    ],
    [
        S("‘I came home to grow barley, and I’ve planted two crops and harvested neither,’ Kit says.",
          "Kit", why="Quotation plus tag asserting a checkable fact (two crops planted, none harvested).",
          q=[("‘I came home to grow barley, and I’ve planted two crops and harvested neither,’", "Kit")],
          f=[("two crops", "2")]),
        S("He says the family’s crop insurance paid out less than half of what the failed barley would have fetched.",
          "Kit", why="Reported speech; 'He' resolves to Kit; 'less than half' is no FIGURE."),
    ],
    [
        S("The Tallis Valley Water Authority cut stock and domestic allocations by 20 per cent in December.",
          "", why="An event in the paper's voice.",
          f=[("20 per cent", "20")]),
        S("‘We know how hard this is for farming families, and we are not making these decisions lightly,’ the authority said in a statement.",
          N, why="Organisation speaker ('the authority' -> its name); sentiment, not a checkable fact.",
          q=[("‘We know how hard this is for farming families, and we are not making these decisions lightly,’", "Tallis Valley Water Authority")]),
    ],
    [
        S("The state’s drought assistance scheme pays up to $20,000 a year towards freight and water carting, according to the Department of Agriculture and Land.",
          "Department of Agriculture and Land", why="'according to' the department; 'up to' is an approximator.",
          f=[("up to $20,000", "20000")]),
        S("Dana says the paperwork alone took her three weekends.",
          "Dana", why="Reported speech; the name as the sentence uses it.",
          f=[("three weekends", "3")]),
    ],
    {"s": [
        S("‘The thing nobody tells you about a drought is how quiet it gets,’ she says as we walk down to the dam.",
          N, why="Quotation plus tag; an impression. 'she' resolves to Dana.",
          q=[("‘The thing nobody tells you about a drought is how quiet it gets,’", "Dana")]),
        S("‘There hasn’t been a frog in here since October.",
          "Dana", why="First sentence of a quotation that runs on over two paragraphs; a checkable observation."),
        S("You notice the silence before you notice the grass is gone.",
          N, why="An impression; the quotation continues into the next paragraph (no closing mark here)."),
    ], "q": [("‘There hasn’t been a frog in here since October. You notice the silence before you notice the grass is gone.", "Dana")]},
    {"s": [
        S("‘Rob’s dad used to say a drought is a slow flood.",
          "Dana", why="Second paragraph of the running quotation; passes on what someone used to say (a checkable fact of speech, as the reference marks 'I said, ...')."),
        S("It doesn’t knock the house down, it just takes everything else, a bit at a time.’",
          N, why="A metaphor."),
    ], "q": [("‘Rob’s dad used to say a drought is a slow flood. It doesn’t knock the house down, it just takes everything else, a bit at a time.’", "Dana")]},
    [
        S("Léa Fournier, 22, an agronomy student from northern France, has been helping with the hand-feeding since November.",
          "", why="Bare age is a FIGURE.",
          f=[("22", "22")]),
        S("«Il faut de la pluie, c’est tout», she says, tipping a bag of pellets into a trough.",
          N, why="Guillemets quotation plus tag ('she' -> Léa Fournier); a wish/opinion ('it needs rain, that's all').",
          q=[("«Il faut de la pluie, c’est tout»", "Léa Fournier")]),
    ],
    [
        S("So why stay?", N, why="A question (the writer's)."),
        S("‘Where would we go?’ Dana says.",
          N, why="Quotation plus tag; a question.",
          q=[("‘Where would we go?’", "Dana")]),
        S("‘This is the only place any of us has ever wanted to be.’",
          N, why="Continuation quotation; a feeling.",
          q=[("‘This is the only place any of us has ever wanted to be.’", "Dana")]),
    ],
    [
        S("Is she hopeful?", N, why="A question (the writer's)."),
        S("‘It’ll rain,’ she says.",
          N, why="Two-word quotation (a QUOTE) plus tag; a prediction.",
          q=[("‘It’ll rain,’", "Dana")]),
        S("‘I just need us to still be here when it does.’",
          N, why="Continuation quotation; a hope.",
          q=[("‘I just need us to still be here when it does.’", "Dana")]),
    ],
    [S("If you are a farmer affected by the drought and need support, call the Rural Wellbeing Line on 1800 552 019.",
       N, why="Helpline footer (boilerplate); a phone number is no FIGURE.")],
])

"""Held-out articles, set D (writer d): three original sport and culture
news stories written for the fifteenth evaluation set, as text scraped off
sports and entertainment websites with the page furniture a scraper keeps
(cf. /work/shared/corpus), at ordinary sports-desk and trade-press
density. Real clubs, players, coaches, drivers, teams, studios, films,
actors, analysts and data firms appear (Bath, Saracens, Finn Russell,
Johann van Graan, Mark McCall, McLaren, Lando Norris, Oscar Piastri,
Andrea Stella, Disney, Universal, Comscore, PostTrak, CinemaScore ...),
but the events, results, figures and every quoted or reported word are
invented; the bylines (`Tom Ashcroft`, `Harriet Moss`, `Dana Whitfield`)
are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of eval3-eval14 where they apply.

`bath_saracens_rec_report` is a BBC Sport-style rugby union match report
(Bath beat Saracens 31-24 in the Premiership; the Bath head of rugby, a
wing and the Saracens director of rugby quoted) with curly double quotes
and curly apostrophes, "\\n" line ends: section label, headline with the
score, `Published 3 hours ago`, byline, `Image source, Getty Images`, an
`Image caption, ...` line, a `Line-ups` block, referee and attendance
lines and a `Related Topics` block.
`spa_grand_prix_race_report` is a Sky Sports-style Formula 1 race report
(Norris beats Piastri at a rain-hit Belgian Grand Prix after staying out
longer on intermediates; the winner, the runner-up, the McLaren team
principal, Verstappen and Hamilton) with straight double quotes and
straight apostrophes, "\\n\\n" line ends: section label, headline, dek,
byline, `Last Updated:` stamp, a `Watch:` highlights line, a result block
with gaps, a fastest-lap line, a standings line and the broadcaster's
`Watch every race ...` line.
`zootopia_2_thanksgiving_box_office` is a Variety-style weekend box-office
story (`Zootopia 2` opens over the five-day Thanksgiving holiday,
`Wicked: For Good` falls in its second weekend; a Disney distribution
chief, Universal's distribution chief, a Comscore analyst and the
co-director) with curly double quotes in the body (titles in curly
double quotes as Variety prints them), curly single quotes around titles
in the headline and furniture, "\\n" line ends: section label, headline,
byline, date stamp, photo caption with credit and a `Related Stories`
block.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times,
ordinals not FIGUREs; bare ages after names are FIGUREs; titles and job
descriptions dropped from names; a bare number whose counted noun does not
follow is a FIGURE of the number alone; an adjective between number and
noun ends the span, a noun modifier stays (`league games`); `twice` /
`once` no FIGURE; relative stamps (`3 hours ago`) no FIGURE; headline,
dek, byline, stamps, captions, credits, result/line-up/stat blocks,
`Related` lines and broadcaster boilerplate get no CLAIM but their QUOTEs
and FIGUREs are marked; the outlet's own reporting has an empty claimant;
a fixed fixture is a CLAIM (eval7/eval12); `told BBC Sport` / `told Sky
Sports F1` / `told Variety` are tags like `said`, the outlet being an
audience, never the speaker). New or sport-specific calls:
- Scores are one FIGURE each with the value written as printed (`31-24`,
  `31-12`, `16-12`, `12-6`), the convention of eval7-eval12 for football
  scores, extended to rugby; they are results, not ranges, so the value is
  not read as `low-high` even though it looks the same.
- Race times and gaps: the winning margin `1.2 seconds`, `9.8 seconds`,
  `3.1 seconds`, `0.6 seconds`, `more than two seconds` keep their unit;
  `2.3-second` (a pit stop) and `five-second` (a penalty) are hyphenated
  compounds. A lap time in minutes:seconds (`1:44.912`) is a duration, not
  a clock time: a FIGURE with the value as printed, like eval8's marathon
  `2:05:41`. Gaps in the result block (`+1.214s`) are FIGUREs of the number
  with its unit letter (`1.214s`, value 1.214); the `+` sign (it only marks
  the gap as behind the winner) is left out. `266pts` keeps its unit letters
  (value 266), like `93mph` in eval12.
- `lap 12`, `lap 15` and positions (`1.`, `2.` in the result block,
  `fourth`, `10th`, `pole`) are labels / ordinals: no FIGURE. In
  `Belgian Grand Prix result (44 laps)` the race distance is a count:
  FIGURE `44 laps`. `the first four laps` / `the final 25 laps`: the
  ordinal adjective before the number is not an approximator and stays
  out of the span (`four laps`, `25 laps`).
- `seven of the 13 races this season`: `seven` counts races that do not
  follow (the number alone), `13 races` is a new count (not a back
  reference).
- Rugby: `a losing bonus point` (article `a`), `a metre out` (article) and
  `fifth in a row` / `fifth straight win` (ordinal) hold no FIGURE. The
  line-ups and the referee line hold no FIGURE; the attendance line's
  `14,509` is a bare FIGURE (the noun precedes), as in eval12.
- Film titles in quotation marks (`“Zootopia 2”`, `‘Zootopia 2’`,
  `“Wicked: For Good,”`, `“Inside Out 2,”`, `“Wicked,”`, `“Now You See Me:
  Now You Don’t”`, `“Wake Up Dead Man: A Knives Out Mystery”`,
  `“Eternity,”`) are titles, not QUOTEs, and the numerals inside them
  (`2`) are part of a name: no FIGURE. The single-quoted headline titles
  likewise.
- Money: `$141.7 Million` (headline capitals) and `$141.7 million` have
  value 141700000; `$7.82 billion` -> 7820000000. `48 international
  markets`: the adjective ends the span (`48`). `five-day` and
  `three-day` (holiday frames) are hyphenated compounds. `over five days`
  is a duration FIGURE (`five days`).
- `an A grade on CinemaScore` holds no FIGURE (a letter grade).
- `according to studio estimates` names no author: the claimant is the
  description without its article (`studio estimates`, as `customs data`
  in eval11); `according to people familiar with the production` ->
  `people familiar with the production`; `according to exit polling by
  PostTrak` -> `PostTrak` (the named pollster); `according to Comscore`
  -> `Comscore`; `Organisers said` -> `Organisers`. A sentence with no tag
  that continues the studio figures is in the outlet's voice (claimant
  empty).
- Speakers/claimants by the name at the nearest mention: `Johann van
  Graan` (job description `Bath head of rugby` dropped), then `Van Graan`
  as the text capitalises it at the start of a sentence, and `he said` ->
  `Van Graan`; `Mark McCall` (`director of rugby` dropped) and `he said`
  after it -> `Mark McCall`; Norris's tag `Norris told Sky Sports F1` ->
  `Norris`; `he said in the post-race press conference` -> `Piastri`;
  `Andrea Stella` (`team principal` dropped); `Tony Chambers` (job
  description after the comma dropped); `Jim Orr` (`domestic distribution
  chief` dropped); `Paul Dergarabedian` then `Dergarabedian`;
  `Co-director Jared Bush` -> `Jared Bush`, then `Bush`.
- Quotation plus tag: a CLAIM when the quoted words assert something
  checkable, even with a judgement attached (Van Graan's `He trained once
  this week ...`; McCall's 14 penalties; Norris's three laps longer;
  Chambers's Wednesday gross); no CLAIM for opinions, feelings,
  intentions or counterfactuals (`nowhere near our best`, `too little,
  too late`, `Lando was just quicker today`, `if it had started raining
  again ...`, the analyst's `the kind of Thanksgiving ...`, Bush's `We
  wanted to make ...`).
- Single quoted words (`"harsh"`) are scare quotes, not QUOTEs; two-word
  partial quotations (`“all Cammy”`, `"no complaints"`, `"the maximum"`)
  are QUOTEs.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. bath_saracens_rec_report: BBC Sport-style rugby union report, curly
#    double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["bath_saracens_rec_report"] = dict(nl="\n", paras=[
    [S("Rugby Union | Premiership", N, why="Section label.")],
    [S("Bath 31-24 Saracens: Finn Russell kicks 16 points as leaders hold on for fifth straight win",
       N, why="Headline: no CLAIM; the score and the points are FIGUREs ('fifth' an ordinal).",
       f=[("31-24", "31-24"), ("16 points", "16")])],
    [S("Published 3 hours ago", N, why="Relative page timestamp: no FIGURE.")],
    [S("By Tom Ashcroft, BBC Sport at the Recreation Ground", N, why="Byline.")],
    [S("Image source, Getty Images", N, why="Image credit.")],
    [S("Image caption, Will Muir has scored nine tries in 10 league games for Bath this season",
       N, why="Image caption: no CLAIM; FIGUREs marked ('league' is a noun modifier and stays).",
       f=[("nine tries", "9"), ("10 league games", "10")])],
    [S("Finn Russell kicked 16 points and Will Muir scored twice as Premiership leaders Bath held off a late Saracens fightback to win 31-24 at a sold-out Recreation Ground.",
       "", why="Result in the site's voice; 'twice' no FIGURE.",
       f=[("16 points", "16"), ("31-24", "31-24")])],
    [
        S("Bath led 31-12 with 15 minutes left after Muir’s second try, but Saracens scored twice in five minutes through Rotimi Segun and Tom Willis to set up a tense finish.",
          "", why="Match events in the site's voice; the score is one FIGURE; 'second' an ordinal.",
          f=[("31-12", "31-12"), ("15 minutes", "15"), ("five minutes", "5")]),
        S("The visitors had a line-out five metres from the Bath line in the final minute, only for Ted Hill to win a penalty at the breakdown and Russell to kick the ball dead.",
          "", why="Match events in the site's voice; 'final minute' holds no number.",
          f=[("five metres", "5")]),
    ],
    [S("The win, Bath’s fifth in a row in the league, moves Johann van Graan’s side eight points clear of second-placed Northampton, while Saracens took a losing bonus point and stay sixth.",
       "", why="Table facts in the site's voice; 'fifth', 'second-placed', 'sixth' are ordinals; 'a losing bonus point' has the article.",
       f=[("eight points", "8")])],
    [
        S("Saracens, who had lost their previous two league matches, started the stronger and led 12-6 after 25 minutes.",
          "", why="The adjective 'previous' precedes the number and stays out; the score is one FIGURE; '25 minutes' a duration.",
          f=[("two league matches", "2"), ("12-6", "12-6"), ("25 minutes", "25")]),
        S("Jamie George finished a driving line-out for the opening try and Maro Itoje went over from close range after a sustained spell of pressure, with Fergus Burke converting the first.",
          "", why="Match events; 'the first' is an ordinal pronoun."),
    ],
    [S("Russell, 33, kept Bath in touch with three penalties before Muir finished a sweeping move down the right on the stroke of half-time, and the fly-half’s conversion gave the hosts a 16-12 lead at the interval.",
       "", why="Bare age after the name; the half-time score is one FIGURE.",
       f=[("33", "33"), ("three penalties", "3"), ("16-12", "16-12")])],
    [
        S("Thomas du Toit powered over from a metre out seven minutes after the restart, and a fourth Russell penalty and Muir’s second try, finished in the corner after Cameron Redpath’s long pass, stretched the lead.",
          "", why="'a metre' has the article; 'fourth', 'second' are ordinals.",
          f=[("seven minutes", "7")]),
        S("Russell missed only once from seven attempts at goal, pushing the conversion of Muir’s second wide from the touchline.",
          "", why="Kicking record in the site's voice; 'once' no FIGURE.",
          f=[("seven attempts", "7")]),
    ],
    [
        S("“We were nowhere near our best in the last quarter and we made it really hard for ourselves,” Bath head of rugby Johann van Graan told BBC Sport.",
          N, why="Quotation plus tag: a self-assessment, not checkable. Job description dropped; 'told BBC Sport' is a tag, the outlet an audience.",
          q=[("“We were nowhere near our best in the last quarter and we made it really hard for ourselves,”", "Johann van Graan")]),
        S("“But the boys defended for their lives in those last few minutes, and that’s a sign of where this group is.”",
          N, why="Continuation quotation: praise and an opinion; 'few minutes' has no number word.",
          q=[("“But the boys defended for their lives in those last few minutes, and that’s a sign of where this group is.”", "Johann van Graan")]),
    ],
    [
        S("Van Graan said Russell had been carrying a minor calf problem during the week and had only been passed fit on Friday morning.",
          "Van Graan", why="Reported speech; the name as the text writes it at this mention."),
        S("“He trained once this week and still ran the game for us,” he said.",
          "Van Graan", why="Quotation plus tag asserting a checkable fact (he trained once), with a judgement attached. 'he' resolves to Van Graan; 'once' no FIGURE.",
          q=[("“He trained once this week and still ran the game for us,”", "Van Graan")]),
    ],
    [S("Muir, who now has nine tries in 10 league games this season, said the second try had been “all Cammy” after Redpath’s pass took out two defenders.",
       "Muir", why="Reported speech with a two-word partial quotation; the relative clause is a checkable statistic.",
       q=[("“all Cammy”", "Muir")],
       f=[("nine tries", "9"), ("10 league games", "10"), ("two defenders", "2")])],
    [
        S("Saracens director of rugby Mark McCall said his side had given themselves “far too much to do” and pointed to their discipline.",
          "Mark McCall", why="Reported speech with a partial quotation; job description dropped.",
          q=[("“far too much to do”", "Mark McCall")]),
        S("“We gave away 14 penalties, and you can’t do that here and expect to win,” he said in his post-match press conference.",
          "Mark McCall", why="Quotation plus tag asserting a checkable count (14 penalties) with a lesson attached. 'he' resolves to Mark McCall.",
          q=[("“We gave away 14 penalties, and you can’t do that here and expect to win,”", "Mark McCall")],
          f=[("14 penalties", "14")]),
        S("“I’m proud of the way we came back, but it was too little, too late.”",
          N, why="Continuation quotation: a feeling and a verdict.",
          q=[("“I’m proud of the way we came back, but it was too little, too late.”", "Mark McCall")]),
    ],
    [S("Bath travel to Exeter Chiefs next Saturday, while Saracens host Sale Sharks on Sunday.",
       "", why="Fixed fixtures: checkable (eval7, eval12).")],
    [S("Line-ups", N, why="Block label.")],
    [S("Bath: de Glanville; Muir, Redpath, Ojomoh, Cokanasiga; Russell, Spencer (capt); Obano, Dunn, Du Toit, Roux, Ewels, Hill, Underhill, Barbeary.",
       N, why="Line-up: no CLAIM.")],
    [S("Saracens: Daly; Segun, Lozowski, Cinti, Elliott; Burke, Van Zyl; Mawi, George, Riccioni, Itoje (capt), Isiekwe, Christie, Earl, Willis.",
       N, why="Line-up: no CLAIM.")],
    [S("Referee: Christophe Ridley", N, why="Referee line.")],
    [S("Attendance: 14,509", N, why="Attendance line: no CLAIM; bare FIGURE (the noun precedes).",
       f=[("14,509", "14509")])],
    [S("Related Topics", N, why="Block label.")],
    [S("Bath", N, why="Related-topic link.")],
    [S("Saracens", N, why="Related-topic link.")],
    [S("Rugby Union", N, why="Related-topic link.")],
])

# ---------------------------------------------------------------------------
# 2. spa_grand_prix_race_report: Sky Sports-style F1 race report, straight
#    double quotes, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["spa_grand_prix_race_report"] = dict(nl="\n\n", paras=[
    [S("Formula 1", N, why="Section label.")],
    [S("Belgian GP: Lando Norris beats Oscar Piastri by 1.2 seconds after tyre gamble at rain-hit Spa",
       N, why="Headline: no CLAIM; the margin is a FIGURE.",
       f=[("1.2 seconds", "1.2")])],
    [S("Norris cuts Piastri's championship lead to nine points; Max Verstappen third for Red Bull after late stop; Lewis Hamilton seventh after five-second penalty",
       N, why="Dek: no CLAIM; FIGUREs marked ('third', 'seventh' ordinals; 'five-second' a hyphenated compound).",
       f=[("nine points", "9"), ("five-second", "5")])],
    [S("By Harriet Moss, F1 Reporter", N, why="Byline.")],
    [S("Last Updated: 27/07/25 5:06pm", N, why="Timestamp (a date and a clock time).")],
    [S("Watch: Belgian Grand Prix highlights", N, why="Video link line.")],
    [S("Lando Norris won a rain-affected Belgian Grand Prix by 1.2 seconds from McLaren team-mate Oscar Piastri after staying out on intermediate tyres for three laps longer than his rival as the Spa-Francorchamps circuit dried.",
       "", why="Result in the site's voice.",
       f=[("1.2 seconds", "1.2"), ("three laps", "3")])],
    [
        S("Max Verstappen finished third for Red Bull, 9.8 seconds further back, and set the fastest lap of the race, a 1:44.912, after a late stop for soft tyres.",
          "", why="Result in the site's voice; a lap time is a duration: FIGURE with the value as printed (eval8's marathon times). 'third' an ordinal.",
          f=[("9.8 seconds", "9.8"), ("1:44.912", "1:44.912")]),
        S("The victory, Norris's fifth of the season, cuts Piastri's lead at the top of the drivers' championship to nine points with 11 races remaining.",
          "", why="Standings in the site's voice; 'fifth' an ordinal.",
          f=[("nine points", "9"), ("11 races", "11")]),
    ],
    [
        S("The start was delayed by 80 minutes because of heavy rain, and the race got under way behind the safety car, which stayed out for the first four laps.",
          "", why="Race events; the ordinal 'first' before the number is not an approximator and stays out of the span.",
          f=[("80 minutes", "80"), ("four laps", "4")]),
        S("Piastri, who started from pole position, led from the rolling start and had built a lead of 3.1 seconds by the time he pitted for slick tyres at the end of lap 12.",
          "", why="Race events; 'lap 12' is a lap label (an ordinal position in the race), no FIGURE.",
          f=[("3.1 seconds", "3.1")]),
    ],
    [
        S("Norris stopped three laps later, and a 2.3-second stop by his McLaren crew sent him back out 0.6 seconds ahead of Piastri, whose first laps on cold slicks had been more than two seconds slower.",
          "", why="Race events; '2.3-second' a hyphenated compound; 'first laps' holds no number.",
          f=[("three laps", "3"), ("2.3-second", "2.3"), ("0.6 seconds", "0.6"), ("more than two seconds", "2")]),
        S("Piastri stayed within a second of his team-mate for much of the final 25 laps but never got close enough to attempt a pass into Les Combes.",
          "", why="Race events; 'a second' has the article; 'final' stays out of the span.",
          f=[("25 laps", "25")]),
    ],
    [
        S("\"We stayed out three laps longer than Oscar and that won us the race, really,\" Norris told Sky Sports F1.",
          "Norris", why="Quotation plus tag asserting a checkable fact (three laps longer) with a verdict attached; 'told Sky Sports F1' is a tag, the broadcaster an audience.",
          q=[("\"We stayed out three laps longer than Oscar and that won us the race, really,\"", "Norris")],
          f=[("three laps", "3")]),
        S("\"It was a gamble, and if it had started raining again we'd have looked very silly.\"",
          N, why="Continuation quotation: a characterisation and a counterfactual.",
          q=[("\"It was a gamble, and if it had started raining again we'd have looked very silly.\"", "Norris")]),
    ],
    [
        S("Piastri said he had \"no complaints\" about the strategy and that he had asked to pit first because he was losing time on worn intermediates.",
          "Piastri", why="Reported speech with a two-word partial quotation.",
          q=[("\"no complaints\"", "Piastri")]),
        S("\"Lando was just quicker today, simple as that,\" he said in the post-race press conference.",
          N, why="Quotation plus tag: an assessment. 'he' resolves to Piastri.",
          q=[("\"Lando was just quicker today, simple as that,\"", "Piastri")]),
    ],
    [S("McLaren team principal Andrea Stella said both drivers had been given the choice of when to stop, in line with the team's rules on equal treatment.",
       "Andrea Stella", why="Reported speech; job title dropped.")],
    [S("Verstappen, who has now finished on the podium in seven of the 13 races this season, said Red Bull had got \"the maximum\" out of the car.",
       "Verstappen", why="Reported speech with a two-word partial quotation. 'seven' counts races that do not follow (the number alone); '13 races' is a new count.",
       q=[("\"the maximum\"", "Verstappen")],
       f=[("seven", "7"), ("13 races", "13")])],
    [
        S("Charles Leclerc was fourth for Ferrari after starting 10th, while Lewis Hamilton finished seventh in the other Ferrari, having been handed a five-second time penalty for repeatedly exceeding track limits at Raidillon.",
          "", why="Results in the site's voice; 'fourth', '10th', 'seventh' are ordinals.",
          f=[("five-second", "5")]),
        S("Hamilton, 40, told Sky Sports F1 the penalty was \"harsh\" but accepted he had run wide \"a few too many times\".",
          "Hamilton", why="Reported speech; the single quoted word is a scare quote, the multi-word partial quotation (British style, full stop outside) a QUOTE. Bare age after the name.",
          q=[("\"a few too many times\"", "Hamilton")],
          f=[("40", "40")]),
    ],
    [S("George Russell took fifth for Mercedes ahead of team-mate Kimi Antonelli, with Williams' Alex Albon, Racing Bulls' Isack Hadjar and Aston Martin's Fernando Alonso completing the points.",
       "", why="Results in the site's voice; 'fifth' an ordinal.")],
    [S("Organisers said a record 380,000 spectators attended across the weekend.",
       "Organisers", why="Reported statement of unnamed organisers (the description).",
       f=[("380,000 spectators", "380000")])],
    [S("F1 now breaks for its summer shutdown, with the Dutch Grand Prix at Zandvoort on August 31 the next race on the calendar.",
       "", why="A fixed fixture: checkable; 'August 31' is a date.")],
    [S("Belgian Grand Prix result (44 laps)", N, why="Block heading: no CLAIM; the race distance is a FIGURE.",
       f=[("44 laps", "44")])],
    [S("1. Lando Norris (McLaren)", N, why="Result line: the position is an ordinal label.")],
    [S("2. Oscar Piastri (McLaren) +1.214s", N, why="Result line: the gap is a FIGURE with its unit letter; the '+' is left out.",
       f=[("1.214s", "1.214")])],
    [S("3. Max Verstappen (Red Bull) +11.006s", N, why="Result line: gap FIGURE.",
       f=[("11.006s", "11.006")])],
    [S("4. Charles Leclerc (Ferrari) +19.450s", N, why="Result line: gap FIGURE.",
       f=[("19.450s", "19.450")])],
    [S("5. George Russell (Mercedes) +24.873s", N, why="Result line: gap FIGURE.",
       f=[("24.873s", "24.873")])],
    [S("Fastest lap: Max Verstappen (Red Bull) 1:44.912", N, why="Stats line: no CLAIM; the lap time is a FIGURE, value as printed.",
       f=[("1:44.912", "1:44.912")])],
    [S("Drivers' standings: Piastri 266pts, Norris 257pts, Verstappen 185pts", N, why="Standings line: no CLAIM; points totals are FIGUREs with the unit in the token.",
       f=[("266pts", "266"), ("257pts", "257"), ("185pts", "185")])],
    [S("Watch every race of the 2025 F1 season live on Sky Sports F1 - stream with NOW", N,
       why="Broadcaster boilerplate; '2025' a year, 'F1' a name.")],
])

# ---------------------------------------------------------------------------
# 3. zootopia_2_thanksgiving_box_office: Variety-style weekend box-office
#    story, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["zootopia_2_thanksgiving_box_office"] = dict(nl="\n", paras=[
    [S("Film | Box Office", N, why="Section label.")],
    [S("Box Office: ‘Zootopia 2’ Roars to $141.7 Million Thanksgiving Debut, ‘Wicked: For Good’ Falls 56%",
       N, why="Headline: no CLAIM; the single-quoted titles are no QUOTEs and the '2' in the title no FIGURE; money and percentage are FIGUREs.",
       f=[("$141.7 Million", "141700000"), ("56%", "56")])],
    [S("By Dana Whitfield", N, why="Byline.")],
    [S("November 30, 2025 9:41am PT", N, why="Timestamp (a date and a clock time).")],
    [S("‘Zootopia 2’ Courtesy of Walt Disney Studios", N, why="Photo caption and credit.")],
    [S("Disney’s animated sequel “Zootopia 2” grossed $141.7 million in North America over the five-day Thanksgiving holiday, the biggest opening for an animated film over the holiday frame, according to studio estimates on Sunday.",
       "studio estimates", why="'according to studio estimates' names no author: the description without the article. The title is no QUOTE; 'five-day' a hyphenated compound.",
       f=[("$141.7 million", "141700000"), ("five-day", "5")])],
    [
        S("The film took $96.4 million across the traditional Friday-to-Sunday weekend and added $256 million from 48 international markets, including $118 million in China, for a global launch of $397.7 million.",
          "", why="No tag of its own: the outlet's voice. The adjective 'international' ends the span ('48').",
          f=[("$96.4 million", "96400000"), ("$256 million", "256000000"), ("48", "48"), ("$118 million", "118000000"), ("$397.7 million", "397700000")]),
        S("That is the biggest worldwide opening for a Hollywood animated release, ahead of the $295 million “Inside Out 2” earned in its first weekend in June 2024.",
          "", why="A record comparison in the outlet's voice; the title and its '2' are no QUOTE/FIGURE; 'first' an ordinal, 'June 2024' a date.",
          f=[("$295 million", "295000000")]),
    ],
    [
        S("The sequel, which reunites Ginnifer Goodwin and Jason Bateman as rabbit cop Judy Hopps and con-artist fox Nick Wilde, cost $150 million to produce before marketing, according to people familiar with the production.",
          "people familiar with the production", why="'according to' unnamed sources: their description without the article.",
          f=[("$150 million", "150000000")]),
        S("Audiences gave it an A grade on CinemaScore, and families made up 61% of ticket buyers, according to exit polling by PostTrak.",
          "PostTrak", why="'according to exit polling by PostTrak': the named pollster is the claimant. A letter grade is no FIGURE.",
          f=[("61%", "61")]),
    ],
    [
        S("“Families showed up in enormous numbers, and we saw it in every kind of market, from the big cities to small towns,” said Tony Chambers, Disney’s head of theatrical distribution.",
          N, why="Quotation plus inverted tag: a characterisation, not a checkable quantity. Job description dropped.",
          q=[("“Families showed up in enormous numbers, and we saw it in every kind of market, from the big cities to small towns,”", "Tony Chambers")]),
        S("“Wednesday alone brought in $27 million, which was more than our own projections for the first two days.”",
          "Tony Chambers", why="Continuation quotation asserting a checkable gross. 'first' stays out of the span ('two days').",
          q=[("“Wednesday alone brought in $27 million, which was more than our own projections for the first two days.”", "Tony Chambers")],
          f=[("$27 million", "27000000"), ("two days", "2")]),
    ],
    [
        S("“Wicked: For Good,” Universal’s second half of the big-screen adaptation of the Broadway musical, slipped to second place in its second weekend with $64.2 million over five days and $42.5 million across the three-day weekend, a drop of 56% from its debut.",
          "", why="The title in quotation marks is no QUOTE; 'second' (three times) an ordinal; 'three-day' a hyphenated compound.",
          f=[("$64.2 million", "64200000"), ("five days", "5"), ("$42.5 million", "42500000"), ("three-day", "3"), ("56%", "56")]),
        S("The film has now earned $265.8 million domestically and $438.1 million worldwide.",
          "", why="Running totals in the outlet's voice.",
          f=[("$265.8 million", "265800000"), ("$438.1 million", "438100000")]),
    ],
    [S("Universal’s domestic distribution chief Jim Orr said the drop was in line with that of the first “Wicked,” which fell 43% in its second weekend over the 2024 Thanksgiving holiday.",
       "Jim Orr", why="Reported speech; job description dropped. The single-word title is no QUOTE; '2024' a year.",
       f=[("43%", "43")])],
    [
        S("Lionsgate’s “Now You See Me: Now You Don’t” was third with $14.1 million over five days, taking its domestic total to $58.9 million.",
          "", why="Results in the outlet's voice; the title is no QUOTE; 'third' an ordinal.",
          f=[("$14.1 million", "14100000"), ("five days", "5"), ("$58.9 million", "58900000")]),
        S("A24’s romantic comedy “Eternity,” starring Elizabeth Olsen, opened in fifth place with $6.8 million from 2,400 locations.",
          "", why="A single-word title in quotation marks is no QUOTE; 'fifth' an ordinal.",
          f=[("$6.8 million", "6800000"), ("2,400 locations", "2400")]),
        S("Rian Johnson’s “Wake Up Dead Man: A Knives Out Mystery” played in 600 theaters ahead of its Netflix debut on Dec. 12, but Netflix, as usual, did not report ticket sales.",
          "", why="Checkable facts including a non-statement in the outlet's voice; 'Dec. 12' a date.",
          f=[("600 theaters", "600")]),
    ],
    [
        S("“This is the kind of Thanksgiving the business has been waiting on since before the pandemic,” said Paul Dergarabedian, senior media analyst at Comscore.",
          N, why="Quotation plus inverted tag: a characterisation. Job description dropped.",
          q=[("“This is the kind of Thanksgiving the business has been waiting on since before the pandemic,”", "Paul Dergarabedian")]),
        S("Dergarabedian said overall domestic ticket sales over the holiday reached about $265 million, the best Thanksgiving total on record and about 12% ahead of last year’s holiday frame.",
          "Dergarabedian", why="Reported speech with checkable figures.",
          f=[("about $265 million", "265000000"), ("about 12%", "12")]),
    ],
    [
        S("Co-director Jared Bush told Variety that the team spent more than five years on the sequel and that around 700 artists worked on it at Walt Disney Animation Studios in Burbank.",
          "Jared Bush", why="Reported speech; 'Co-director' is a job title; 'told Variety' a tag.",
          f=[("more than five years", "5"), ("around 700 artists", "700")]),
        S("“We wanted to make something that felt as big as the city itself,” Bush said.",
          N, why="Quotation plus tag: an intention, not checkable.",
          q=[("“We wanted to make something that felt as big as the city itself,”", "Bush")]),
    ],
    [S("The year-to-date domestic box office stands at $7.82 billion, up 2.1% on the same point in 2024, according to Comscore.",
       "Comscore", why="'according to Comscore': the data firm is the claimant; '2024' a year.",
       f=[("$7.82 billion", "7820000000"), ("2.1%", "2.1")])],
    [S("Related Stories", N, why="Block label.")],
    [S("‘Zootopia 2’ Review: Judy and Nick Return in a Sequel That Goes Bigger and Louder", N, why="Related-story link.")],
    [S("How ‘Wicked: For Good’ Built Its Emerald City on a London Backlot", N, why="Related-story link.")],
])

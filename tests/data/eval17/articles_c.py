"""Held-out articles, set C (writer c): three original news stories written
for the seventeenth evaluation set, on the election-night and results beat,
as they come off the web (article text with the page furniture a scraper
keeps, cf. /work/shared/corpus). Real parties, offices and institutions
appear as those outlets would name them (Wisconsin governor, Elections
Canada, the Canada Elections Act, Bexley Council, AP VoteCast); every
candidate, result, figure and quoted word is invented, as are the
reporters, photographers and outside experts. Tony Evers and Donald
Trump are mentioned only for public facts (Evers not seeking a third
term; Trump carrying Wisconsin in 2024).

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval16),
in particular eval13's `holyrood_election_results` (results table lines)
and eval14's AP and campaign stories.

`wisconsin_governor_race_call` is an AP race-call story (an open Wisconsin
governor's race: the winner's victory speech, the loser's concession, AP
VoteCast, the Wisconsin Elections Commission, a Marquette political
scientist) with curly double quotes and apostrophes, "\\n" line ends, a
section line, a headline, an all-caps byline, an `Updated ... CST` stamp, a
caption with an "(AP Photo/...)" credit, a `MADISON, Wis. (AP) —`
dateline, a results box flattened into lines (`Megan Whitfield (D) 50.6% –
1,626,284 votes`, `Race called by AP at 11:42 p.m. ET`) and a contributor
footer.
`sudbury_riding_judicial_recount` is a CBC News story (a federal riding in
northern Ontario decided by 29 votes after an automatic judicial recount;
the judge's rulings on ballots, Elections Canada, both leading candidates,
a Laurentian University political scientist) with straight double quotes
and apostrophes, "\\n\\n" line ends, a site/region line, a headline, a dek,
a CBC byline-and-stamp line (`Posted: ... | Last Updated: 2 hours ago`), a
caption with a "(.../CBC)" credit, a results block with a `Source:` line
and a "With files from" footer; Canadian `per cent` in the body, `%` in
the results lines.
`bexley_council_reform_gain` is a BBC local-elections results page (Reform
UK takes control of a London borough council; the new group leader, the
defeated Conservative leader, Labour's regional director, a Greenwich
lecturer, BBC analysis of the swing) with curly double quotes in the body
and a curly single-quoted partial quotation in the headline (BBC style),
"\\n" line ends, a section line, a `Published ... | Updated 2 hours ago`
stamp, a byline, `Image source,` / `Image caption,` lines, a results box
(`Reform UK 24 seats (+24)`), a `Live results:` line and a `Related:`
line.

Judgement calls (earlier sets' calls followed: approximators inside the
span; years, dates, clock times, ordinals no FIGUREs; titles and job
descriptions dropped from names, honorifics kept (`Mr`, `Dr`); a bare
number whose counted noun does not follow it is a FIGURE of the number
alone; an adjective or proper-noun modifier between number and noun ends
the span, a noun modifier stays (`96 council seats`); `from X to Y` two
FIGUREs; `points`/`per cent` join the span as units; hyphenated compounds
whole (`two-term`, `four-day`, `343-seat`); hyphenated tallies one FIGURE
valued as written (`18-15`); `twice` no FIGURE; `X in Y` a decimal;
headline, dek, byline, stamps, captions and credits, datelines, section
lines, results-box lines, `Live results:`/`Related:` lines and footers get
no CLAIM, their QUOTEs and FIGUREs are marked; poll/survey findings go to
the pollster; a sentence with no tag of its own is the outlet's voice,
claimant ""). Calls specific to this beat:
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (the brief's alternative of naming the outlet is
  not used, so the set stays comparable). This includes the outlet's own
  race call and analysis even when it names itself: `The Associated Press
  declared Whitfield the winner ...` (in an AP story) and `BBC analysis of
  the ward results shows ...` (on a BBC page) are the outlet's voice,
  claimant "". AP VoteCast, though run for AP, is a survey: its findings
  go to the pollster as claimant (`according to AP VoteCast`, `The survey
  found` -> `AP VoteCast`).
- Results-box lines follow eval13: a candidate line gives two FIGUREs
  (`50.6%`, `1,626,284 votes`); a party line gives the seat count with its
  noun (`24 seats`) and the signed change in brackets (`+24` -> 24, `-20`
  -> -20); a turnout line gives both shares (`37.4%`, and `33.9%` in
  `(2022: 33.9%)`). The box title's `97% of expected vote counted` and
  `23 needed` are FIGUREs (`97%`, `23`); the party letter in `(D)`, `(R)`
  is no FIGURE. `Race called by AP at 11:42 p.m. ET` and `Source:
  Elections Canada` are box furniture with clock times only.
- `With 97% of the expected vote counted` -> `97%`; `more than 3.2 million
  cast` -> `more than 3.2 million` (the counted noun, votes, does not
  follow); `won Milwaukee County by 41 points` -> `41 points`; `down 11.5
  points` -> `11.5 points`; `an average swing of 11.3 points` -> `11.3
  points`; margins in votes keep their noun (`by 212 votes`, `by 29
  votes`); `one more than it needed`, `one short of a majority` -> bare
  `one`; `52 of the state's 72 counties`, `24 of the 45 seats`, `29 of
  the capital's 32 boroughs` -> bare first number, counted second number.
- `about 1 in 10 Whitfield voters`: an `X in Y` share is one FIGURE valued
  as a decimal (eval13), the proper-noun modifier `Whitfield` ends the
  span: `about 1 in 10` -> 0.1.
- `less than 0.1 per cent of the valid votes cast` (the statutory recount
  threshold) -> `less than 0.1 per cent` (0.1); it is the law's
  threshold, stated as a quantity, so a FIGURE. The statement of the law
  is a CLAIM in the outlet's voice (eval13's Scotland Act sentence).
- Back-references: `all three parties` in Pelletier's statement refers to
  the Conservative, Liberal and NDP campaigns named just before; `Labour's
  eight councillors` refers back to the eight seats Labour was just said
  to have kept: no FIGUREs (eval11's `All three`). `23 others` (ballots
  set aside, a new count) is a FIGURE; in `where Labour had held two of
  the three seats, Reform won all three`, `the three seats` gives the
  ward's seat count for the first time (FIGURE) and `all three` refers
  back to it (no FIGURE); `11 of those rejected ballots` ->
  bare `11`; `more than one candidate` -> FIGURE (value 1). `one of 14
  races` is pronoun `one`.
- `two decades of Conservative rule`, `four years ago`, `two years ago`,
  `for two terms`, `for six years` are durations: FIGUREs (eval9's `two
  years ago`). `the last decade` has no number word. `a net 12 votes` ->
  `12 votes` (`a` is the article, `net` an adjective before the number).
- Race calls, certification and concessions reported as events are the
  outlet's voice (claimant ""): `Thibodeau certified the result`,
  `Pelletier ... conceded in a statement`. The judge's rulings on ballots
  (`Thibodeau ruled that ...`) pass on her findings: claimant
  `Thibodeau` (eval10's courts). `called Whitfield to concede ..., his
  campaign said` -> `Brandt campaign` (eval14's `James campaign`).
- Victory and concession speeches: quotation plus tag is a CLAIM when the
  quoted words assert something checkable (outspent by more than $20
  million; Brandt's call pledging support; every ballot examined with all
  three parties present; council tax rising every year for a decade; the
  Democrats' three wins in a row); thanks, congratulations, hopes,
  pledges, characterisations (`The voters have spoken ...`, `People
  wanted change ...`), predictions and opinions are not. The headline's
  partial quotation `‘ready to govern’` is a QUOTE by the person whose
  words it takes from the body (`Gemma Pryce`).
- `Whitfield will take office on Jan. 4.` and `The new council will hold
  its first full meeting on 20 May ...` are fixed, checkable schedules
  (CLAIM, eval11's `The budget takes effect July 1.`); `Szabo is expected
  to be sworn in ... next week.` is a prediction (no CLAIM, eval14).
- Speakers and claimants by the nearest naming mention: `Whitfield`,
  `Brandt`, `Szabo`, `Pelletier`, `Mr Ashby` (BBC style, honorific kept),
  `Gemma Pryce` for `she said` after her naming sentence; `according to
  the council` -> `Bexley Council` (the name at its nearest mention);
  `Labour's London regional director` is a job description (`Sam Okoro`).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. wisconsin_governor_race_call: AP race call, curly double quotes, "\n",
#    section line, all-caps byline, Updated stamp, caption, dateline,
#    results box, contributor footer
# ---------------------------------------------------------------------------
ARTICLES["wisconsin_governor_race_call"] = dict(nl="\n", paras=[
    [S("Politics", N, why="Section line: furniture.")],
    [S("Democrat Megan Whitfield wins Wisconsin governor’s race, beating Republican Carl Brandt by about 61,000 votes",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("about 61,000 votes", "61000")])],
    [S("By SCOTT HALVERSEN and MAREN OKAFOR", N, why="Byline.")],
    [S("Updated 1:14 AM CST, November 4, 2026", N, why="Update stamp: a clock time and a date.")],
    [S("Democratic candidate Megan Whitfield speaks to supporters at her election night party in Madison, Wis., Tuesday, Nov. 3, 2026. (AP Photo/Tomas Lindqvist)",
       N, why="Caption with photo credit: furniture.")],
    [
        S("MADISON, Wis. (AP) —", N, why="Dateline: its own item, not part of the first sentence."),
        S("Democrat Megan Whitfield won the race for Wisconsin governor on Tuesday, defeating Republican Carl Brandt and keeping the battleground state’s top office in Democratic hands after Gov. Tony Evers decided not to seek a third term.",
          "", why="The result in the wire's own voice; 'third' is an ordinal."),
    ],
    [S("The Associated Press declared Whitfield the winner at 11:42 p.m. ET, after new results from Milwaukee showed Brandt could not make up the gap with the votes left to count.",
       "", why="AP's own race call in an AP story: the outlet's voice (see docstring). '11:42 p.m. ET' is a clock time.")],
    [S("With 97% of the expected vote counted, Whitfield had 50.6% to Brandt’s 48.7%, a margin of about 61,000 votes out of more than 3.2 million cast.",
       "", why="Outlet's voice. 'more than 3.2 million cast': the counted noun does not follow, so the approximator and number with scale word.",
       f=[("97%", "97"), ("50.6%", "50.6"), ("48.7%", "48.7"), ("about 61,000 votes", "61000"), ("more than 3.2 million", "3200000")])],
    [S("Wisconsin governor – 97% of expected vote counted", N, why="Results-box title: furniture; FIGURE marked.",
       f=[("97%", "97")])],
    [S("Megan Whitfield (D) 50.6% – 1,626,284 votes", N, why="Results-box line: no CLAIM; share and vote count are FIGUREs; '(D)' is no FIGURE.",
       f=[("50.6%", "50.6"), ("1,626,284 votes", "1626284")])],
    [S("Carl Brandt (R) 48.7% – 1,565,218 votes", N, why="Results-box line.",
       f=[("48.7%", "48.7"), ("1,565,218 votes", "1565218")])],
    [S("Lena Fosse (Libertarian) 0.7% – 22,498 votes", N, why="Results-box line.",
       f=[("0.7%", "0.7"), ("22,498 votes", "22498")])],
    [S("Race called by AP at 11:42 p.m. ET", N, why="Results-box furniture; a clock time only.")],
    [S("Whitfield, 54, a former Dane County district attorney, told about 2,000 supporters at a Madison theater shortly after midnight that voters had chosen “a state that works for everybody, not just the loudest few.”",
       "Whitfield", why="Reported speech with a partial quotation (AP full stop inside the mark). Bare age after the name is a FIGURE; job description dropped.",
       q=[("“a state that works for everybody, not just the loudest few.”", "Whitfield")],
       f=[("54", "54"), ("about 2,000 supporters", "2000")])],
    [
        S("“We were outspent in this race by more than $20 million, and we won anyway,” she said.",
          "Whitfield", why="Quotation plus tag asserting a checkable fact (the spending gap, the win). 'she' resolves to Whitfield.",
          q=[("“We were outspent in this race by more than $20 million, and we won anyway,”", "Whitfield")],
          f=[("more than $20 million", "20000000")]),
        S("“Now the real work starts.”",
          N, why="Continuation quotation: rhetoric, not a checkable fact.",
          q=[("“Now the real work starts.”", "Whitfield")]),
    ],
    [S("Brandt, a dairy farmer and two-term state senator from Fond du Lac, called Whitfield to concede about 30 minutes after the race was called, his campaign said.",
       "Brandt campaign", why="'his campaign said': the campaign by description (eval14's 'James campaign'). 'two-term' is a hyphenated compound.",
       f=[("two-term", "2"), ("about 30 minutes", "30")])],
    [
        S("“The voters have spoken, and I respect their decision,” Brandt told supporters at a hotel ballroom in Fond du Lac.",
          N, why="Quotation plus tag: an acceptance and an attitude, not a checkable fact.",
          q=[("“The voters have spoken, and I respect their decision,”", "Brandt")]),
        S("“I called Megan tonight and told her she has my full support in the transition.”",
          "Brandt", why="Continuation quotation asserting a checkable speech event (the call and what he told her).",
          q=[("“I called Megan tonight and told her she has my full support in the transition.”", "Brandt")]),
    ],
    [
        S("Whitfield won 58% of voters who said abortion was the most important issue facing the state, while Brandt won 61% of those who named the economy, according to AP VoteCast, a survey of more than 3,100 voters in Wisconsin.",
          "AP VoteCast", why="Survey findings go to the pollster (see docstring).",
          f=[("58%", "58"), ("61%", "61"), ("more than 3,100 voters", "3100")]),
        S("The survey found that about 1 in 10 Whitfield voters had backed Donald Trump in the 2024 presidential election.",
          "AP VoteCast", why="'The survey' resolves to AP VoteCast. 'about 1 in 10' is one FIGURE valued as a decimal; the proper-noun modifier 'Whitfield' ends the span; '2024' is a year.",
          f=[("about 1 in 10", "0.1")]),
    ],
    [
        S("Brandt ran up large margins in rural northern and western Wisconsin, carrying 52 of the state’s 72 counties.",
          "", why="Outlet's voice. '52' counts counties named after it: bare number.",
          f=[("52", "52"), ("72 counties", "72")]),
        S("But Whitfield won Milwaukee County by 41 points and Dane County by 53 points, and held Brandt to 58.2% in suburban Waukesha County, down from 61.5% for the Republican nominee four years ago.",
          "", why="Outlet's voice. Margins in points keep the unit; 'four years ago' is a duration FIGURE.",
          f=[("41 points", "41"), ("53 points", "53"), ("58.2%", "58.2"), ("61.5%", "61.5"), ("four years", "4")]),
    ],
    [S("Turnout was about 59% of eligible voters, according to preliminary estimates from the Wisconsin Elections Commission, up from 56% in the 2022 midterms.",
       "Wisconsin Elections Commission", why="'according to' the commission's estimates; '2022' is a year.",
       f=[("about 59%", "59"), ("56%", "56")])],
    [
        S("“Democrats have now won three elections in a row for governor in a state Donald Trump carried two years ago,” said Kathryn Oduya, a political scientist at Marquette University.",
          "Kathryn Oduya", why="Quotation plus inverted tag asserting a checkable record. Job description dropped.",
          q=[("“Democrats have now won three elections in a row for governor in a state Donald Trump carried two years ago,”", "Kathryn Oduya")],
          f=[("three elections", "3"), ("two years", "2")]),
        S("“In a midterm, the electorate is just a different animal.”",
          N, why="Continuation quotation: an opinion.",
          q=[("“In a midterm, the electorate is just a different animal.”", "Kathryn Oduya")]),
    ],
    [S("Republicans kept control of the state Senate, where they went into the election with an 18-15 majority, but several Assembly races were still too close to call early Wednesday.",
       "", why="Outlet's voice. A hyphenated seat split is one FIGURE valued as written; 'several' is no number.",
       f=[("18-15", "18-15")])],
    [S("Whitfield will take office on Jan. 4.",
       "", why="A fixed, checkable schedule (eval11's 'The budget takes effect July 1.'); 'Jan. 4' is a date.")],
    [S("Associated Press writer Lena Brooks in Milwaukee contributed to this report.", N, why="Contributor footer.")],
])

# ---------------------------------------------------------------------------
# 2. sudbury_riding_judicial_recount: CBC News, straight double quotes,
#    "\n\n", site line, dek, byline/stamp line, caption, results block,
#    "With files from" footer
# ---------------------------------------------------------------------------
ARTICLES["sudbury_riding_judicial_recount"] = dict(nl="\n\n", paras=[
    [S("CBC News | Sudbury", N, why="Site/region line: furniture.")],
    [S("Conservative Anita Szabo wins Sudbury-area seat by 29 votes after judicial recount",
       N, why="Headline: no CLAIM; FIGURE marked.",
       f=[("29 votes", "29")])],
    [S("Liberal Rob Pelletier concedes after four-day recount trims margin from 41 votes",
       N, why="Dek: no CLAIM; 'four-day' is a hyphenated compound.",
       f=[("four-day", "4"), ("41 votes", "41")])],
    [S("Jonah Desrosiers · CBC News · Posted: Nov 15, 2029 4:05 PM ET | Last Updated: 2 hours ago",
       N, why="Byline and stamp: a date, a clock time and a relative stamp (no FIGURE, eval12).")],
    [S("Conservative Anita Szabo speaks to reporters outside the courthouse in Sudbury, Ont., on Thursday after the recount confirmed her win. (Marc-André Gignac/CBC)",
       N, why="Caption with photo credit.")],
    [S("Conservative Anita Szabo has won the federal riding of Sudbury East–Manitoulin–Nickel Belt by 29 votes, after a judicial recount that ended Thursday confirmed her narrow victory over Liberal incumbent Rob Pelletier.",
       "", why="The result in the outlet's voice.",
       f=[("29 votes", "29")])],
    [S("Ontario Superior Court Justice Marianne Thibodeau certified the result shortly after 3 p.m., ending a count that began Monday morning in a conference room at the Sudbury courthouse.",
       "", why="Certification reported as an event: outlet's voice. '3 p.m.' is a clock time; 'Justice' is a title.")],
    [S("The recount cut Szabo's lead from the 41 votes shown in the validated results to 29, according to Elections Canada.",
       "Elections Canada", why="'according to' Elections Canada. A before and an after: two FIGUREs; '29' counts votes (noun does not follow).",
       f=[("41 votes", "41"), ("29", "29")])],
    [S("Under the Canada Elections Act, a recount is automatic when the winning margin is less than 0.1 per cent of the valid votes cast, which in this riding came to about 57 votes.",
       "", why="Statement of the law (and its arithmetic) in the outlet's voice; the threshold is a quantity (see docstring).",
       f=[("less than 0.1 per cent", "0.1"), ("about 57 votes", "57")])],
    [S("Sudbury East–Manitoulin–Nickel Belt: result after judicial recount", N, why="Results-block title.")],
    [S("Anita Szabo (Conservative) 21,884 votes – 38.6%", N, why="Results line: no CLAIM; FIGUREs marked.",
       f=[("21,884 votes", "21884"), ("38.6%", "38.6")])],
    [S("Rob Pelletier (Liberal) 21,855 votes – 38.5%", N, why="Results line.",
       f=[("21,855 votes", "21855"), ("38.5%", "38.5")])],
    [S("Janelle Kivi (NDP) 11,170 votes – 19.7%", N, why="Results line.",
       f=[("11,170 votes", "11170"), ("19.7%", "19.7")])],
    [S("Other candidates 1,790 votes – 3.2%", N, why="Results line.",
       f=[("1,790 votes", "1790"), ("3.2%", "3.2")])],
    [S("Source: Elections Canada", N, why="Results-block source line.")],
    [
        S("Over four days, lawyers and scrutineers for the Conservative, Liberal and NDP campaigns watched as court staff re-examined all 56,893 ballots, including 182 that had been rejected on election night.",
          "", why="Outlet's voice. 'all' is not an approximator; '182' counts ballots (noun does not follow).",
          f=[("four days", "4"), ("56,893 ballots", "56893"), ("182", "182")]),
        S("Thibodeau ruled that 11 of those rejected ballots should have been counted, and set aside 23 others, most of them because the voter had marked more than one candidate.",
          "Thibodeau", why="The judge's rulings passed on: claimant the judge. '11' bare (the noun does not follow); '23 others' a new count; 'more than one candidate' a FIGURE.",
          f=[("11", "11"), ("23 others", "23"), ("more than one candidate", "1")]),
        S("The changes cost Szabo a net 12 votes, Elections Canada said.",
          "Elections Canada", why="'a' is the article, 'net' an adjective before the number: FIGURE '12 votes'.",
          f=[("12 votes", "12")]),
    ],
    [
        S("Szabo, a former Greater Sudbury city councillor, said she was \"relieved and grateful\" and had spent the week \"refreshing my phone every 20 minutes.\"",
          "Szabo", why="Reported speech with two partial quotations; the second has its full stop inside the mark. Job description dropped.",
          q=[("\"relieved and grateful\"", "Szabo"), ("\"refreshing my phone every 20 minutes.\"", "Szabo")],
          f=[("20 minutes", "20")]),
        S("\"Twenty-nine votes isn't a mandate for anything except working hard for every single person in this riding,\" she told reporters outside the courthouse.",
          N, why="Quotation plus tag: a view of her mandate and a pledge, not a checkable fact. 'she' resolves to Szabo.",
          q=[("\"Twenty-nine votes isn't a mandate for anything except working hard for every single person in this riding,\"", "Szabo")],
          f=[("Twenty-nine votes", "29")]),
    ],
    [
        S("Pelletier, who had held the seat for two terms, conceded in a statement posted to social media about an hour after the result was certified.",
          "", why="A concession reported as an event: outlet's voice. 'about an hour' has the article.",
          f=[("two terms", "2")]),
        S("\"Every ballot in this riding was looked at twice, with people from all three parties in the room, and the result is clear,\" Pelletier wrote.",
          "Pelletier", why="Quotation plus tag asserting checkable facts about the recount. 'twice' is no FIGURE; 'all three parties' refers back to the three campaigns just named.",
          q=[("\"Every ballot in this riding was looked at twice, with people from all three parties in the room, and the result is clear,\"", "Pelletier")]),
        S("\"I congratulate Anita and wish her well.\"",
          N, why="Continuation quotation: congratulations.",
          q=[("\"I congratulate Anita and wish her well.\"", "Pelletier")]),
    ],
    [S("NDP candidate Janelle Kivi finished third with 19.7 per cent of the vote, down 11.5 points from her party's share at the last election.",
       "", why="Outlet's voice; 'third' is an ordinal.",
       f=[("19.7 per cent", "19.7"), ("11.5 points", "11.5")])],
    [S("Szabo's win gives the Conservatives 171 seats in the 343-seat House of Commons, one short of a majority, and was among 14 races across the country decided by fewer than 500 votes.",
       "", why="Outlet's voice. 'one short' is a bare number; '343-seat' a hyphenated compound.",
       f=[("171 seats", "171"), ("343-seat", "343"), ("one", "1"), ("14 races", "14"), ("fewer than 500 votes", "500")])],
    [S("\"When the governing party is one seat short, every vote in the House becomes a negotiation, and that's going to shape the next four years,\" said Aurélie Ng, who teaches political science at Laurentian University.",
       N, why="Quotation plus inverted tag: an analysis and a prediction, not a checkable fact. The FIGUREs are still marked.",
       q=[("\"When the governing party is one seat short, every vote in the House becomes a negotiation, and that's going to shape the next four years,\"", "Aurélie Ng")],
       f=[("one seat", "1"), ("four years", "4")])],
    [
        S("Elections Canada said turnout in the riding was 64.8 per cent, down from 67.1 per cent at the previous general election.",
          "Elections Canada", why="Reported statement of the agency.",
          f=[("64.8 per cent", "64.8"), ("67.1 per cent", "67.1")]),
        S("Szabo is expected to be sworn in as an MP next week.",
          N, why="A prediction ('is expected to', eval14)."),
    ],
    [S("With files from Hannah Roque", N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 3. bexley_council_reform_gain: BBC local-elections results page, curly
#    double quotes (curly single in the headline), "\n", section line,
#    stamp, byline, image lines, results box, Live results / Related lines
# ---------------------------------------------------------------------------
ARTICLES["bexley_council_reform_gain"] = dict(nl="\n", paras=[
    [S("Local Elections 2026", N, why="Section line: furniture; '2026' is a year.")],
    [S("Reform UK ‘ready to govern’ after winning control of Bexley Council",
       N, why="Headline: no CLAIM; the partial quotation (two words or more) is a QUOTE by the person whose words appear in the body.",
       q=[("‘ready to govern’", "Gemma Pryce")])],
    [S("Published 8 May 2026 | Updated 2 hours ago", N, why="Date stamp and relative update stamp.")],
    [S("Harriet Coyle, BBC News, south-east London", N, why="Byline.")],
    [S("Image source, Harriet Coyle/BBC", N, why="Image credit line.")],
    [S("Image caption, Reform UK group leader Gemma Pryce (centre) with newly elected councillors at the Bexley count on Friday",
       N, why="Caption.")],
    [S("Reform UK has won control of Bexley Council, ending two decades of Conservative rule in the south-east London borough.",
       "", why="The result in the outlet's voice; 'two decades' is a duration FIGURE.",
       f=[("two decades", "2")])],
    [
        S("The party, which had no councillors in Bexley before Thursday’s election, took 24 of the 45 seats, one more than it needed for a majority.",
          "", why="Outlet's voice. '24' counts seats named after it: bare number; 'one more' a bare number.",
          f=[("24", "24"), ("45 seats", "45"), ("one", "1")]),
        S("The Conservatives lost 20 of their 33 seats, while Labour fell from 12 councillors to eight.",
          "", why="Outlet's voice. '20' bare; 'from ... to ...' two FIGUREs; 'eight' counts councillors (elided noun).",
          f=[("20", "20"), ("33 seats", "33"), ("12 councillors", "12"), ("eight", "8")]),
    ],
    [S("Bexley Council: 45 seats, 23 needed for a majority", N, why="Results-box title; '23 needed': noun does not follow, bare number.",
       f=[("45 seats", "45"), ("23", "23")])],
    [S("Reform UK 24 seats (+24)", N, why="Results-box line: seat count and signed change (valued 24).",
       f=[("24 seats", "24"), ("+24", "24")])],
    [S("Conservative 13 seats (-20)", N, why="Results-box line.",
       f=[("13 seats", "13"), ("-20", "-20")])],
    [S("Labour 8 seats (-4)", N, why="Results-box line.",
       f=[("8 seats", "8"), ("-4", "-4")])],
    [S("Turnout 37.4% (2022: 33.9%)", N, why="Results-box line: both shares are FIGUREs; '2022' is a year.",
       f=[("37.4%", "37.4"), ("33.9%", "33.9")])],
    [S("Change compared with 2022", N, why="Results-box note.")],
    [S("Turnout rose to 37.4% from 33.9% at the last election four years ago, according to the council.",
       "Bexley Council", why="'the council' resolves to Bexley Council, its nearest naming mention.",
       f=[("37.4%", "37.4"), ("33.9%", "33.9"), ("four years", "4")])],
    [S("Reform’s group leader on the council, Gemma Pryce, said her councillors were “ready to govern from Monday morning” and would start by reviewing the council’s £38m regeneration plan for Erith town centre.",
       "Gemma Pryce", why="Reported speech with a partial quotation; job description dropped.",
       q=[("“ready to govern from Monday morning”", "Gemma Pryce")],
       f=[("£38m", "38000000")])],
    [
        S("“People in Bexley have paid more council tax every year for the last decade and watched their high streets empty out,” she said.",
          "Gemma Pryce", why="Quotation plus tag asserting a checkable fact (council tax rising every year); 'the last decade' has no number word. 'she' resolves to Gemma Pryce.",
          q=[("“People in Bexley have paid more council tax every year for the last decade and watched their high streets empty out,”", "Gemma Pryce")]),
        S("“They wanted something different, and tonight they got it.”",
          N, why="Continuation quotation: a characterisation.",
          q=[("“They wanted something different, and tonight they got it.”", "Gemma Pryce")]),
    ],
    [S("The biggest upset of the night came in Sidcup ward, where the Conservative council leader, Richard Ashby, lost his seat to Reform candidate Kieran Moss by 212 votes.",
       "", why="Checkable result in the outlet's voice.",
       f=[("212 votes", "212")])],
    [
        S("Mr Ashby, who had led the council for six years, said it had been “a painful night” for his party.",
          "Mr Ashby", why="Reported speech with a partial quotation; honorific kept (BBC style).",
          q=[("“a painful night”", "Mr Ashby")],
          f=[("six years", "6")]),
        S("“People wanted change and they voted for it,” he said.",
          N, why="Quotation plus tag: a characterisation of the vote.",
          q=[("“People wanted change and they voted for it,”", "Mr Ashby")]),
        S("“I hope the new administration looks after the borough’s finances as carefully as we did.”",
          N, why="Continuation quotation: a hope.",
          q=[("“I hope the new administration looks after the borough’s finances as carefully as we did.”", "Mr Ashby")]),
    ],
    [
        S("Labour’s eight councillors all represent wards in Erith, Belvedere and Thamesmead East.",
          "", why="Outlet's voice. 'eight councillors' refers back to the eight seats just reported: no FIGURE."),
        S("Sam Okoro, Labour’s London regional director, said the party’s vote had “held up where it matters”.",
          "Sam Okoro", why="Reported speech with a partial quotation (full stop outside the mark); job description dropped.",
          q=[("“held up where it matters”", "Sam Okoro")]),
    ],
    [S("In Crayford, where Labour had held two of the three seats, Reform won all three, with each of its candidates taking more than 40% of the vote.",
       "", why="Outlet's voice. 'two' bare (the noun does not follow); 'the three seats' gives the ward's seat count for the first time: FIGURE; 'all three' refers back to them: no FIGURE.",
       f=[("two", "2"), ("three seats", "3"), ("more than 40%", "40")])],
    [S("BBC analysis of the ward results shows an average swing of 11.3 points from the Conservatives to Reform UK in the 14 wards where Reform also stood candidates four years ago.",
       "", why="The outlet's own analysis on its own page: outlet's voice (see docstring).",
       f=[("11.3 points", "11.3"), ("14 wards", "14"), ("four years", "4")])],
    [
        S("Dr Nadia Olufemi, who lectures in politics at the University of Greenwich, said Bexley was “exactly the kind of outer-London suburb the Conservatives used to be able to rely on”.",
          "Dr Nadia Olufemi", why="Reported speech (a characterisation, but that she said it is checkable); 'Dr' kept.",
          q=[("“exactly the kind of outer-London suburb the Conservatives used to be able to rely on”", "Dr Nadia Olufemi")]),
        S("“If Reform can win here, there are very few councils in the south-east that look safe for anyone,” she said.",
          N, why="Quotation plus tag: an opinion. 'she' resolves to Dr Nadia Olufemi.",
          q=[("“If Reform can win here, there are very few councils in the south-east that look safe for anyone,”", "Dr Nadia Olufemi")]),
    ],
    [
        S("Across London, Reform UK had won 96 council seats by mid-afternoon on Friday, with 29 of the capital’s 32 boroughs declared.",
          "", why="Outlet's voice. 'council seats' is a compound counted noun; '29' bare.",
          f=[("96 council seats", "96"), ("29", "29"), ("32 boroughs", "32")]),
        S("Labour remained the largest party in London and kept control of 17 councils.",
          "", f=[("17 councils", "17")]),
    ],
    [S("The new council will hold its first full meeting on 20 May, when councillors are due to elect a leader.",
       "", why="A fixed, checkable schedule; 'first' is an ordinal, '20 May' a date.")],
    [S("Live results: See how every ward in Bexley voted", N, why="Live-results link line.")],
    [S("Related: Local elections 2026 – full results across England", N, why="Related line.")],
])

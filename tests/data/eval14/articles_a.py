"""Held-out articles, set A (writer a): three original news stories written
for the fourteenth evaluation set, in the style of US politics and courts
coverage by Washington outlets and wire services, as scraped off their web
pages (body plus the page furniture a scraper keeps). Real public figures
and institutions appear as those outlets would name them (party and state
after a name, AP abbreviations), but the events, figures and quoted words
are invented; bylines, photographers and every private person (the
superintendent, the political scientist) are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the earlier sets (eval3-eval13) and the corpus gold.

`senate_spending_package_vote` is an AP wire page (the Senate passes a
$1.2 trillion spending package just before a shutdown deadline; Thune,
Schumer, Collins, Roy, Johnson, Jeffries, Leavitt, an anonymous senior
administration official, the Appropriations Committee summary, the
Bipartisan Policy Center) with straight double quotes, "\\n" line ends, a
section line, a headline, an all-caps byline, an `Updated ... EST` stamp,
a caption with an "(AP Photo/...)" credit, a `WASHINGTON (AP) —`
dateline, an "Advertisement" slot, a newsletter line and a contributor
footer; hyphenated vote tallies (`71-29`, `220-211`) and dollar amounts in
billions and trillions. `judge_blocks_school_grant_cuts` is a Reuters
legal story (a U.S. District Judge in Boston blocks the Education
Department's cancellation of school mental health grants; the judge's
ruling, the White House statement, McMahon, the Massachusetts attorney
general, a superintendent, the Justice Department's lawyers, a Supreme
Court 5-4 order) with curly double quotes, "\\n\\n" line ends, a site
line, a byline, a date stamp with `Updated 2 hours ago`, a `BOSTON, Nov 18
(Reuters) -` dateline, a case-caption line and a "(Reporting by ...;
Editing by ...)" footer. `michigan_governor_three_way_poll` is a The
Hill-style campaign story (a poll of the Michigan governor's race between
Benson, James and the independent Duggan, plus a proposed ballot
amendment; two pollsters, a political scientist, the candidates and a
campaign statement, the League of Women Voters) with curly double quotes
and apostrophes, "\\n" line ends, a section line, a headline ending in
`: poll`, a `by ... - 01/20/26 5:02 PM ET` byline stamp, a caption with an
"(AP Photo/...)" credit, an "Advertisement" slot, a newsletter line and a
"Tags:" line; poll shares, a margin of error, a signature threshold.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: section and site lines, headlines,
  bylines, update/date stamps, captions and their "(AP Photo/...)"
  credits, datelines (`WASHINGTON (AP) —`, `BOSTON, Nov 18 (Reuters) -`,
  each its own item before the first sentence, as in earlier sets),
  "Advertisement" slots, newsletter lines, the "Tags:" line, the
  contributor footer and the Reuters credit footer. FIGUREs inside them
  are still marked (headline `$1.2 trillion`, `$1.4 billion`, `22%`).
  Clock times, dates, `01/20/26`, `Updated 2 hours ago` (a relative
  stamp, eval12) and `2026 elections` hold no FIGURE.
- The Reuters case-caption line (`The case is Commonwealth of
  Massachusetts et al v. ..., No. 1:25-cv-11789.`) is treated as
  reference furniture for readers (like a "Related:" line), not a CLAIM;
  the docket number is no FIGURE.
- Party-and-state tags after a name (`, R-S.D.,`, `, D-N.Y.,`, `, R-Texas,`)
  are not part of the name, and titles of office go (`Sen.`, `Rep.`,
  `Senate Majority Leader`, `House Speaker`, `U.S. District Judge`,
  `Education Secretary`, `Massachusetts Attorney General`, `White House
  press secretary`, `spokeswoman`, `superintendent`; `Gov.` likewise),
  as eval9 drops `Sen.` and `Judge`. The name form is that of the
  nearest mention: `John Thune` for the quotation tagged with his full
  name (and its continuation), `Schumer` for the quotation tagged
  `Schumer told reporters`, `Talwani` where the sentence names her so,
  `Campbell`, `Duggan`, `Benson`, `Thorne`.
- Hyphenated vote tallies and a court's split (`71-29`, `220-211`, `5-4`)
  are one FIGURE each with the value as written (eval7, eval11). Party
  head counts keep their noun (`11 Democrats`, `nine Republicans`,
  `23 Democrats`, `Five Republicans`); `60-vote`, `43-day`, `42-page`,
  `five-year`, `2-point`, `three-way` (as in the corpus gold) are
  hyphenated compounds.
- Poll shares: `36% to 31%` (two candidates) is two FIGUREs, not a
  range; `plus or minus 4 percentage points` -> `4 percentage points`
  (eval3, eval13); `600 likely voters` -> `600` and `roughly 450,000
  valid signatures` -> `roughly 450,000` and `19 Democratic-led states`
  -> `19` (an adjective ends the span; eval3 marked `2,150` of `likely
  voters` the same way); `58% of likely voters` -> `58%`. `under 35` (an
  age bracket) and `above 20` (a poll share) take `under`/`above` as
  approximators like `over`: FIGUREs with values 35 and 20. `more than a
  fifth` has no number word. `Jan. 12-16` is a date range, no FIGURE.
- Bare counts whose noun does not follow are FIGUREs of the number (and
  approximator): `about 670,000` (of the federal workers), `six` (of its
  11 counselor positions). `11 counselor positions` keeps its compound
  noun; `3.8% pay raise` and `40% reduction` -> the percentage alone.
  `dozens` is inexact: empty value, the word alone (nested in the
  Collins QUOTE). `twice`, `first`, `third`, `1st U.S. Circuit`, `one
  of those` are no FIGUREs.
- Claimants: poll findings go to the pollster (eval9, eval13): `according
  to a new EPIC-MRA poll`, `The survey ... found`, `in the poll`, `The
  poll also tested ... and found` -> `EPIC-MRA`; `An earlier survey by the
  Glengariff Group ... had shown` -> `Glengariff Group`. The outlet's own
  reading of the numbers (`Benson's 2-point edge ... is within the margin
  of error`) and facts about how the poll was run have an empty claimant.
  `according to a summary released by the Senate Appropriations
  Committee` -> `Senate Appropriations Committee` (the next sentence has
  no tag: wire's voice); `according to state campaign finance reports`
  -> `state campaign finance reports` (authorless documents keep their
  description, as `city records` in eval7); `A senior administration
  official, who spoke on condition of anonymity` -> `senior
  administration official`; `The states argued in court filings` ->
  `states` (the plaintiffs by description); `Justice Department lawyers
  had argued` -> `Justice Department lawyers`, who are also the speaker of
  the regulatory wording they are quoted as relying on; `His campaign
  said in a statement` -> `James campaign` (speaker of its two partial
  quotations too).
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (the brief's alternative of naming the outlet is
  not used, so the set stays comparable). Acts of a court reported as
  events (`A federal judge ... blocked`, `She issued a preliminary
  injunction ordering ...`) are the wire's voice; the judge's findings
  and reasoning passed on (`said the ... Department ... had ended`,
  `rejected that argument, writing that`, `Talwani wrote that`) have the
  judge as claimant. `Duggan has argued that ..., and he has spent ...`
  mixes an attributed position with a fact: the attributed part gives
  the claimant (eval9).
- `The Education Department did not immediately respond to a request for
  comment.` is a checkable non-statement (CLAIM, claimant empty);
  `Conservatives in the House had pushed for far steeper cuts.` is a
  faction's position stated in the wire's voice (CLAIM, empty, as eval11's
  `Not everyone ... welcomed the move.`); `The administration is expected
  to ask the 1st U.S. Circuit ...` is a prediction in the wire's voice (no
  CLAIM). `But he warned that the fight ... was far from over.` is
  reported speech (CLAIM, `Chuck Schumer`).
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (Thune's list of what the bill does; the superintendent's
  waiting list of 40 students); characterisations, legal judgements,
  warnings, sayings and predictions are not (Thune's `that is what a
  compromise looks like`, Schumer's warning, Talwani's `may not do so`,
  Campbell's `Kids in crisis ...`, Thorne's `genuine three-way race` and
  `If he's still above 20 ...`, Duggan's `People don't want ...`,
  Benson's `Ten months is a lifetime in politics`). Partial quotations of
  two or more words inside reported speech are QUOTEs (`the deepest
  cuts`, `fully on board.`, `watch every dollar`, `divisive ideologies`,
  `another act of judicial overreach.`), the full stop inside the marks
  included.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. senate_spending_package_vote: AP wire page, straight quotes, "\n",
#    section line, headline, byline, update stamp, caption with AP Photo
#    credit, dateline, Advertisement slot, newsletter line, contributor line
# ---------------------------------------------------------------------------
ARTICLES["senate_spending_package_vote"] = dict(nl="\n", paras=[
    [S('''Politics''', N, why="Section line (page furniture).")],
    [S('''Senate passes $1.2 trillion spending package hours before shutdown deadline, sending it to Trump''',
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("$1.2 trillion", "1200000000000")])],
    [S('''By LAUREN HOLLIS and DEREK MANSFIELD''', N, why="Byline.")],
    [S('''Updated 11:48 PM EST, January 30, 2026''', N, why="Update stamp: a clock time and a date, no FIGURE.")],
    [
        S('''Senate Majority Leader John Thune, R-S.D., speaks to reporters at the Capitol in Washington, Friday, Jan. 30, 2026.''',
          N, why="Photo caption: no CLAIM; the date is no FIGURE."),
        S('''(AP Photo/Mark Delaney)''', N, why="Photo credit (part of the caption line)."),
    ],
    [
        S('''WASHINGTON (AP) —''', N, why="Dateline: its own item before the first sentence (earlier sets)."),
        S('''The Senate passed a $1.2 trillion package of spending bills late Friday, clearing the legislation less than two hours before a midnight deadline and averting a partial government shutdown.''',
          "", why="The wire's own reporting of the vote: claimant empty. 'midnight' is a clock time.",
          f=[("$1.2 trillion", "1200000000000"), ("less than two hours", "2")]),
    ],
    [
        S('''The 71-29 vote sends the measure, which funds the Pentagon, the departments of Homeland Security, Labor, Health and Human Services and Education and several smaller agencies through Sept. 30, to President Donald Trump.''',
          "", why="The wire's voice. A hyphenated vote tally is one FIGURE with the value as written (eval7, eval11); 'Sept. 30' is a date.",
          f=[("71-29", "71-29")]),
        S('''White House press secretary Karoline Leavitt said Trump would sign it before the deadline.''',
          "Karoline Leavitt", why="Reported speech; the job title 'White House press secretary' goes."),
    ],
    [
        S('''The House approved the package 220-211 on Wednesday, with 11 Democrats joining most Republicans in support and nine Republicans voting against it.''',
          "", why="The wire's voice. The tally is one FIGURE; party counts keep their noun.",
          f=[("220-211", "220-211"), ("11 Democrats", "11"), ("nine Republicans", "9")]),
    ],
    [S('''Advertisement''', N, why="Ad slot.")],
    [
        S('''In the Senate, 23 Democrats voted for the bill, more than enough to clear the 60-vote threshold needed to overcome a filibuster.''',
          "", why="The wire's voice; '60-vote' is a hyphenated compound FIGURE.",
          f=[("23 Democrats", "23"), ("60-vote", "60")]),
        S('''Five Republicans, including Sen. Rand Paul, R-Ky., and Sen. Mike Lee, R-Utah, voted no.''',
          "", why="The wire's voice; a count of senators.",
          f=[("Five Republicans", "5")]),
    ],
    [
        S('''"Nobody in this chamber got everything they wanted, and that is what a compromise looks like," Senate Majority Leader John Thune, R-S.D., said on the floor before the vote.''',
          N, why="Quotation plus inverted tag; a characterisation, not a checkable fact. Title and party-state tag go: 'John Thune'.",
          q=[('''"Nobody in this chamber got everything they wanted, and that is what a compromise looks like,"''', "John Thune")]),
        S('''"This bill funds our troops, secures the border and cuts nondefense spending below last year's level."''',
          "John Thune", why="Continuation quotation asserting what the bill does (checkable, including a spending comparison).",
          q=[('''"This bill funds our troops, secures the border and cuts nondefense spending below last year's level."''', "John Thune")]),
    ],
    [
        S('''Senate Minority Leader Chuck Schumer, D-N.Y., who voted for the package, said Democrats had blocked "the deepest cuts" the administration had sought, including a proposed 40% reduction in funding for the National Institutes of Health.''',
          "Chuck Schumer", why="Reported speech with a three-word partial quotation; title and party-state tag go from the name.",
          q=[('''"the deepest cuts"''', "Chuck Schumer")],
          f=[("40%", "40")]),
    ],
    [
        S('''But he warned that the fight over this year's spending was far from over.''',
          "Chuck Schumer", why="Reported speech (a warning he gave): that he said it is checkable. 'he' resolves to Chuck Schumer."),
        S('''"If the White House tries to claw this money back or simply refuses to spend it, we will be right back here, and the American people will know who to blame," Schumer told reporters on Capitol Hill.''',
          N, why="Quotation plus tag; a conditional warning/prediction.",
          q=[('''"If the White House tries to claw this money back or simply refuses to spend it, we will be right back here, and the American people will know who to blame,"''', "Schumer")]),
    ],
    [
        S('''The package includes $831.5 billion for the Defense Department, a 3.8% pay raise for service members and about $64 billion for the Department of Homeland Security, according to a summary released by the Senate Appropriations Committee.''',
          "Senate Appropriations Committee", why="'according to a summary released by' the committee: the committee is the source. '3.8% pay raise' -> the percentage alone.",
          f=[("$831.5 billion", "831500000000"), ("3.8%", "3.8"), ("about $64 billion", "64000000000")]),
        S('''It also sets aside $2.5 billion for disaster relief and extends several expiring health programs through the end of the fiscal year.''',
          "", why="No tag of its own: the wire's voice (eval11). 'several' is no number word.",
          f=[("$2.5 billion", "2500000000")]),
    ],
    [
        S('''Sen. Susan Collins, R-Maine, who chairs the Appropriations Committee, said the bill kept overall nondefense spending roughly flat while eliminating "dozens of programs that have outlived their purpose."''',
          "Susan Collins", why="Reported speech with a partial quotation (full stop inside the marks). 'Sen.' is a title and goes. 'dozens' is inexact: FIGURE with empty value, the word alone ('of' stands before the noun), nested in the QUOTE.",
          q=[('''"dozens of programs that have outlived their purpose."''', "Susan Collins")],
          f=[("dozens", "")]),
    ],
    [
        S('''Conservatives in the House had pushed for far steeper cuts.''',
          "", why="A state of affairs about a faction's position, in the wire's voice (as 'Not everyone ... welcomed the move' in eval11)."),
        S('''Rep. Chip Roy, R-Texas, called the package "a surrender on spending" and said he would vote against any further stopgap bills this year.''',
          "Chip Roy", why="'called ... and said' passes on his position; 'Rep.' is a title and goes.",
          q=[('''"a surrender on spending"''', "Chip Roy")]),
    ],
    [
        S('''House Speaker Mike Johnson, R-La., told reporters Thursday that he had spoken with Trump twice that day and that the president was "fully on board."''',
          "Mike Johnson", why="Reported speech with a two-word partial quotation. 'twice' is no FIGURE (earlier sets).",
          q=[('''"fully on board."''', "Mike Johnson")]),
    ],
    [
        S('''A senior administration official, who spoke on condition of anonymity to discuss internal deliberations, said the Office of Management and Budget was reviewing the bill but had not decided whether to ask Congress to rescind any of the money.''',
          "senior administration official", why="An unnamed source keeps its description without the article (eval3, eval11)."),
    ],
    [
        S('''House Minority Leader Hakeem Jeffries, D-N.Y., said in a statement that Democrats would "watch every dollar" and would go to court if the administration withheld funds Congress had approved.''',
          "Hakeem Jeffries", why="Reported speech of a written statement; the three-word partial quotation is a QUOTE.",
          q=[('''"watch every dollar"''', "Hakeem Jeffries")]),
    ],
    [
        S('''The vote came less than three months after the end of a 43-day shutdown last fall, the longest in the nation's history, which ended when Congress passed a stopgap measure that funded most of the government through Jan. 30.''',
          "", why="Background in the wire's voice. '43-day' is a hyphenated compound; 'longest' is no number; 'Jan. 30' a date.",
          f=[("less than three months", "3"), ("43-day", "43")]),
    ],
    [
        S('''Federal workers who went without pay during that shutdown received back pay under the agreement that ended it, and about 670,000 of them were furloughed at its height, according to the Bipartisan Policy Center.''',
          "Bipartisan Policy Center", why="'according to' the think tank: it is the source of the sentence's figures. 'about 670,000 of them' counts workers that do not follow: FIGURE of the number and approximator alone.",
          f=[("about 670,000", "670000")]),
    ],
    [S('''Sign up for our Politics Today newsletter to get the day's top stories from Washington in your inbox.''',
       N, why="Newsletter line (boilerplate).")],
    [S('''Associated Press writer Tom Brennan contributed to this report.''',
       N, why="Contributor credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. judge_blocks_school_grant_cuts: Reuters legal story, curly quotes,
#    "\n\n", site line, headline, byline, date/update stamp, dateline,
#    case-caption line, credit footer
# ---------------------------------------------------------------------------
ARTICLES["judge_blocks_school_grant_cuts"] = dict(nl="\n\n", paras=[
    [S("Reuters", N, why="Site line.")],
    [S("US judge blocks Trump administration from canceling $1.4 billion in school mental health grants",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("$1.4 billion", "1400000000")])],
    [S("By Andrew Kessel", N, why="Byline.")],
    [S("November 18, 2025 6:41 PM EST Updated 2 hours ago",
       N, why="Date and update stamp; a relative stamp is no FIGURE (eval12).")],
    [
        S("BOSTON, Nov 18 (Reuters) -", N, why="Dateline: its own item before the first sentence."),
        S("A federal judge on Tuesday blocked the Trump administration from canceling about $1.4 billion in grants that pay for mental health counselors, psychologists and social workers in public schools.",
          "", why="The wire's own reporting of the ruling as an event: claimant empty.",
          f=[("about $1.4 billion", "1400000000")]),
    ],
    [
        S("U.S. District Judge Indira Talwani in Boston said the U.S. Department of Education had ended more than 260 grants in April without explaining why programs it had approved only months earlier no longer served the government's priorities, in violation of a federal law governing how agencies make decisions.",
          "Indira Talwani", why="The judge's findings passed on as reported speech; 'U.S. District Judge' is a title and goes (eval9). 'April' is a date.",
          f=[("more than 260 grants", "260")]),
    ],
    [
        S("She issued a preliminary injunction ordering the department to restore the grants while the lawsuit, brought by 19 Democratic-led states and the District of Columbia, goes forward.",
          "", why="An act of the court reported as an event in the wire's voice ('issued ... ordering' is not a speech verb passing on an assertion). The adjective 'Democratic-led' ends the span: FIGURE '19'.",
          f=[("19", "19")]),
    ],
    [
        S("“The department may change its priorities, but it may not do so by pulling the rug out from under schools that relied on its commitments, and then decline to say why,” Talwani wrote in a 42-page ruling.",
          N, why="Quotation plus tag; a legal judgement about what the department may do, not a checkable fact. '42-page' is a hyphenated compound FIGURE.",
          q=[("“The department may change its priorities, but it may not do so by pulling the rug out from under schools that relied on its commitments, and then decline to say why,”", "Talwani")],
          f=[("42-page", "42")]),
    ],
    [
        S("The Education Department did not immediately respond to a request for comment.",
          "", why="A checkable non-statement in the wire's voice (earlier sets)."),
        S("White House spokeswoman Abigail Jackson said in a statement that the administration would appeal, and called the decision “another act of judicial overreach.”",
          "Abigail Jackson", why="'said ... and called' passes on her position; job title goes. Four-word partial quotation with the full stop inside the marks.",
          q=[("“another act of judicial overreach.”", "Abigail Jackson")]),
    ],
    [
        S("The grants were created under the Bipartisan Safer Communities Act, a gun-safety and mental health law Congress passed in 2022 after the mass shooting at an elementary school in Uvalde, Texas.",
          "", why="Background in the wire's voice; '2022' is a year."),
        S("Education Secretary Linda McMahon said in April that some grant recipients had used the money to promote “divisive ideologies” and that the department would redirect the funds to programs that hire school psychologists directly.",
          "Linda McMahon", why="Reported speech; 'Education Secretary' is a title. The two-word partial quotation is a QUOTE.",
          q=[("“divisive ideologies”", "Linda McMahon")]),
    ],
    [
        S("The states argued in court filings that the cancellations had forced school districts to lay off about 1,900 counselors and other staff, many of them in rural areas where mental health services are scarce.",
          "states", why="A party's argument passed on: the plaintiffs named by description keep it without the article ('The states' -> 'states', as 'Officials' in eval10). The counted noun follows: 'about 1,900 counselors'.",
          f=[("about 1,900 counselors", "1900")]),
    ],
    [
        S("Massachusetts Attorney General Andrea Joy Campbell, whose office led the lawsuit, said the ruling would allow districts in her state alone to rehire 74 counselors who lost their jobs over the summer.",
          "Andrea Joy Campbell", why="Reported speech; 'Massachusetts Attorney General' is a title.",
          f=[("74 counselors", "74")]),
        S("“Kids in crisis don’t wait for Washington to sort out its priorities,” Campbell told reporters outside the courthouse.",
          N, why="Quotation plus tag; a rhetorical judgement, not a checkable fact.",
          q=[("“Kids in crisis don’t wait for Washington to sort out its priorities,”", "Campbell")]),
    ],
    [
        S("In western Massachusetts, Dana Fulmer, superintendent of the Hollis Valley Regional School District, said her district had cut six of its 11 counselor positions after its five-year grant was canceled.",
          "Dana Fulmer", why="Reported speech; job description goes. 'six' counts positions that do not follow it: FIGURE of the number alone; '11 counselor positions' keeps its compound noun; 'five-year' is a hyphenated compound.",
          f=[("six", "6"), ("11 counselor positions", "11"), ("five-year", "5")]),
        S("“We had a waiting list of 40 students on the first day of school,” she said.",
          "Dana Fulmer", why="Quotation plus tag asserting a checkable fact about her district. 'she' resolves to Dana Fulmer; 'first' is an ordinal.",
          q=[("“We had a waiting list of 40 students on the first day of school,”", "Dana Fulmer")],
          f=[("40 students", "40")]),
    ],
    [
        S("Justice Department lawyers had argued that the grants were discretionary and that the department could end awards that no longer “effectuate the program goals or agency priorities.”",
          "Justice Department lawyers", why="A party's argument passed on; the unnamed lawyers keep their description. The quoted regulatory wording is presented as what they argued: speaker the same description.",
          q=[("“effectuate the program goals or agency priorities.”", "Justice Department lawyers")]),
        S("That language comes from a federal regulation on grants that was revised in 2020.",
          "", why="A checkable fact in the wire's voice; '2020' is a year."),
    ],
    [
        S("Talwani, an appointee of Democratic former President Barack Obama, rejected that argument, writing that the regulation “does not give an agency a blank check” to end grants for reasons it never states.",
          "Talwani", why="'rejected ... writing that' passes on the judge's reasoning. Partial quotation of several words.",
          q=[("“does not give an agency a blank check”", "Talwani")]),
    ],
    [
        S("The ruling is the latest in a string of court setbacks for the administration over its efforts to cancel federal grants, though the U.S. Supreme Court in August, in a 5-4 decision, allowed the National Institutes of Health to move ahead with ending roughly $783 million in research grants while litigation continues.",
          "", why="Background in the wire's voice. The hyphenated '5-4' tally is one FIGURE with the value as written; 'roughly' is an approximator.",
          f=[("5-4", "5-4"), ("roughly $783 million", "783000000")]),
        S("Talwani wrote that the Supreme Court's order did not control this case because the states were not seeking payment of money already owed but the restoration of the grants themselves.",
          "Talwani", why="Reported reasoning of the judge."),
    ],
    [
        S("The administration is expected to ask the 1st U.S. Circuit Court of Appeals to pause the injunction.",
          N, why="A prediction in the wire's voice, not a checkable fact. '1st' is part of a court's name (an ordinal)."),
    ],
    [
        S("The case is Commonwealth of Massachusetts et al v. U.S. Department of Education, U.S. District Court for the District of Massachusetts, No. 1:25-cv-11789.",
          N, why="Case-reference line at the foot of a Reuters legal story: reference furniture for readers, like a 'Related:' line; the docket number is no FIGURE."),
    ],
    [S("(Reporting by Andrew Kessel in Boston; Editing by Mary Lowe and Aurora Ellis)",
       N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 3. michigan_governor_three_way_poll: The Hill-style campaign story, curly
#    quotes and apostrophes, "\n", section line, headline, byline with
#    stamp, caption with AP Photo credit, Advertisement slot, newsletter
#    line, "Tags" line
# ---------------------------------------------------------------------------
ARTICLES["michigan_governor_three_way_poll"] = dict(nl="\n", paras=[
    [S("Campaign", N, why="Section line.")],
    [S("Benson, James locked in tight Michigan governor’s race as Duggan holds at 22%: poll",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("22%", "22")])],
    [S("by Caroline Pruett - 01/20/26 5:02 PM ET", N, why="Byline with a date and clock-time stamp: no FIGURE.")],
    [
        S("Michigan Secretary of State Jocelyn Benson speaks at a campaign event in Lansing, Mich., on Jan. 12, 2026.",
          N, why="Photo caption: no CLAIM."),
        S("(AP Photo/Greg Mersino)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Democrat Jocelyn Benson and Republican John James are running neck and neck in the race for Michigan governor, while independent Mike Duggan is holding on to more than a fifth of the vote, according to a new EPIC-MRA poll released Tuesday.",
          "EPIC-MRA", why="'according to' a poll by a named pollster: the pollster is the claimant (eval9, eval13). 'more than a fifth' has no number word: no FIGURE."),
    ],
    [
        S("The survey of 600 likely voters found Benson, Michigan’s secretary of state, with 35% support, James, a congressman from suburban Detroit, with 33% and Duggan, the former mayor of Detroit, with 22%, with 10% undecided.",
          "EPIC-MRA", why="'The survey ... found' passes on the pollster's finding. The adjective 'likely' ends the span (as '2,150 likely voters' in eval3): FIGURE '600'.",
          f=[("600", "600"), ("35%", "35"), ("33%", "33"), ("22%", "22"), ("10%", "10")]),
        S("Benson’s 2-point edge over James is within the poll’s margin of error of plus or minus 4 percentage points.",
          "", why="The outlet's own reading of the numbers: checkable, claimant empty. '2-point' is a hyphenated compound; 'plus or minus' stays out of the span (eval3, eval13).",
          f=[("2-point", "2"), ("4 percentage points", "4")]),
    ],
    [
        S("The poll was conducted Jan. 12-16 by live interviewers calling landlines and cellphones.",
          "", why="A fact about the poll in the outlet's voice; 'Jan. 12-16' is a date range, no FIGURE."),
    ],
    [
        S("An earlier survey by the Glengariff Group for The Detroit News and WDIV-TV, taken in November, had shown James ahead 36% to 31%, with Duggan at 24%.",
          "Glengariff Group", why="Passes on another pollster's finding. '36% to 31%' is two shares, not a range: two FIGUREs.",
          f=[("36%", "36"), ("31%", "31"), ("24%", "24")]),
    ],
    [
        S("“This is a genuine three-way race, and Michigan hasn’t had one of those for governor in a very long time,” said Rebecca Thorne, a political scientist at Wayne State University who was not involved in the poll.",
          N, why="Quotation plus inverted tag; a characterisation with a vague historical aside ('a very long time'), not a checkable fact. 'three-way' is a hyphenated compound FIGURE (as in the corpus gold); 'one of those' is a pronoun.",
          q=[("“This is a genuine three-way race, and Michigan hasn’t had one of those for governor in a very long time,”", "Rebecca Thorne")],
          f=[("three-way", "3")]),
    ],
    [
        S("Gov. Gretchen Whitmer, a Democrat, is barred by term limits from seeking a third term.",
          "", why="A checkable fact in the outlet's voice; 'third' is an ordinal."),
        S("Duggan won three terms as Detroit’s mayor as a Democrat before leaving the party to run for governor as an independent.",
          "", why="A checkable fact in the outlet's voice.",
          f=[("three terms", "3")]),
    ],
    [
        S("He has raised more than $12 million since launching his campaign, according to state campaign finance reports, more than either of his major-party rivals.",
          "state campaign finance reports", why="'according to' documents with no named author: their description without the article (as 'city records' in eval7).",
          f=[("more than $12 million", "12000000")]),
    ],
    [S("Advertisement", N, why="Ad slot.")],
    [
        S("Duggan has argued that voters are tired of both parties, and he has spent much of the winter holding town halls in Republican-leaning counties in northern Michigan.",
          "Duggan", why="Reported position ('has argued that') plus a fact about his campaign: the attributed part gives the claimant (eval9)."),
        S("“People don’t want to be told they have to pick a team before they can fix a road,” Duggan told reporters after a town hall in Traverse City on Monday.",
          N, why="Quotation plus tag; a judgement about voters' mood, not a checkable fact.",
          q=[("“People don’t want to be told they have to pick a team before they can fix a road,”", "Duggan")]),
    ],
    [
        S("James, who faces state Senate Minority Leader Aric Nesbitt and former Michigan House Speaker Tom Leonard, among others, in the August Republican primary, led his GOP rivals by a wide margin in the poll.",
          "EPIC-MRA", why="Passes on the poll's finding ('in the poll' resolves to EPIC-MRA). 'August' is a date."),
        S("His campaign said in a statement that the numbers showed “momentum is on our side” and that Michigan voters were “ready for a governor who will put families first.”",
          "James campaign", why="Reported statement of a campaign: the organisation named by description ('His campaign' -> 'James campaign'). Two partial quotations, two QUOTEs; 'first' is not a number here.",
          q=[("“momentum is on our side”", "James campaign"), ("“ready for a governor who will put families first.”", "James campaign")]),
    ],
    [
        S("Benson, speaking to reporters in Flint on Tuesday, said she was “not paying much attention to polls” and pointed to her record of running Michigan’s elections in 2020 and 2024.",
          "Benson", why="Reported speech with a partial quotation; the years are no FIGUREs.",
          q=[("“not paying much attention to polls”", "Benson")]),
        S("“Ten months is a lifetime in politics,” she said.",
          N, why="Quotation plus tag; a saying, not a checkable fact. The duration is still a FIGURE. 'she' resolves to Benson.",
          q=[("“Ten months is a lifetime in politics,”", "Benson")],
          f=[("Ten months", "10")]),
    ],
    [
        S("Thorne said Duggan’s support was strongest among voters under 35 and among independents in the Detroit suburbs, and that it was not yet clear whether he was drawing more voters from Benson or from James.",
          "Thorne", why="Reported speech. 'under 35' is an age with an approximator (like 'over'): one FIGURE, value 35.",
          f=[("under 35", "35")]),
        S("“If he’s still above 20 in September, both parties have a real problem,” she said.",
          N, why="Quotation plus tag; a conditional prediction. 'above 20' (a poll share) is still a FIGURE; 'September' a date.",
          q=[("“If he’s still above 20 in September, both parties have a real problem,”", "Thorne")],
          f=[("above 20", "20")]),
    ],
    [
        S("The poll also tested a proposed constitutional amendment that would require Michigan residents to show proof of citizenship when they register to vote, and found 58% of likely voters in favor and 34% opposed.",
          "EPIC-MRA", why="Passes on the poll's finding. '58% of likely voters' -> '58%'.",
          f=[("58%", "58"), ("34%", "34")]),
        S("Supporters have until July 6 to submit roughly 450,000 valid signatures to place the measure on the November ballot.",
          "", why="A checkable fact in the outlet's voice. The adjective 'valid' ends the span: 'roughly 450,000'; 'July 6' is a date.",
          f=[("roughly 450,000", "450000")]),
    ],
    [
        S("The League of Women Voters of Michigan said the amendment would make it harder for eligible citizens to register, particularly married women who have changed their names.",
          "League of Women Voters of Michigan", why="Reported position of a named organisation."),
    ],
    [S("Sign up for the Campaign Report newsletter for the latest on the 2026 midterms.",
       N, why="Newsletter line (boilerplate); '2026' is a year.")],
    [S("Tags: Jocelyn Benson, John James, Mike Duggan, Michigan, 2026 elections",
       N, why="Topic tags (page furniture).")],
])

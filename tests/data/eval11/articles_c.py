"""Held-out articles, set C (writer c): three original news stories written
for the eleventh evaluation set, at ordinary live-page, magazine and
US local-news density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the eval10 sets (articles_a/b/c.py) and, where those are
silent, of earlier sets.
`mine_collapse_rescue` is a rolling live-updates page (a roof collapse in a
coal mine with miners trapped; the rescue chief, a miner's mother, a union
official and the mining company) with straight double quotes and "\\n", a
page label, a headline, a "Last updated" line, a byline, and entries in
reverse chronological order, each opened by a timestamp line (`21:47 GMT`)
and an entry heading; a later entry revises the number of miners trapped
(14 -> 11) and the depth (about 600 -> 640 metres).
`interview_museum_director` is a magazine interview feature (the director
of a city museum) with curly double quotes and "\\n\\n": a headline, a dek
and a byline, a third-person intro, a Q&A section in transcript style (the
interviewer's and the director's surnames in capitals as speaker labels)
and a closing third-person paragraph.
`city_budget_council_vote` is a US local-news story (a city council passing
its annual budget) in AP style (no `Mr.`/`Ms.`, `said` after the name,
`%`, dates like `July 1`) with curly double quotes and "\\n\\n": a headline,
a byline, a timestamp, a hyphenated vote tally, dollar amounts in
millions, percentage raises, a public-comment speaker, the mayor with a
partial quotation inside a sentence and `according to a staff report`.

Judgement calls (the eval10 calls are followed: approximators inside the
span; years, dates, clock times, ordinals not FIGUREs; titles dropped from
names; a number counting a noun that does not follow it is a FIGURE of the
number alone; an adjective between number and noun ends the span; a
numeral referring back to a known group is no FIGURE; headline, dek,
byline, timestamp and caption get no CLAIM but their QUOTEs and FIGUREs are
marked; quotation plus tag is a CLAIM only when the quoted words assert
something checkable). Calls the earlier sets did not cover:
- Live page: the page label `Live`, the `Last updated 21:47 GMT` line, the
  byline, the entry timestamp lines (`21:47 GMT`, `14:05 GMT`) and the
  entry headings get no CLAIM; timestamps are clock times, not FIGUREs.
  FIGUREs and QUOTEs in entry headings are marked; a heading's quotation
  takes the speaker named in its entry (as the wildfire live page in
  eval3), here `Tomasz Rennick` for `"can hear tapping"`, whose words
  appear in that entry. `What we know so far` is a heading (and a
  signpost).
- Names and pronouns resolve in text order (the nearest mention in the text
  as it lies), not in time order: the company is named in full
  (`Veldhaven Mining Company`) in every entry that cites it, and
  `the company said` in the oldest entry (the last on the page) resolves to
  that name.
- Revised numbers: an updated number and the number it replaces are both
  FIGUREs where they are written as quantities (`to 11, down from the 14
  it gave this morning`; `it had earlier said about 600 metres`), and the
  superseded numbers in the oldest entry (`At least 14 miners`, `about 600
  metres`) are still FIGUREs and CLAIMs: the page reports what was said
  then. `All three` (the three men already counted) refers back to a
  known group: no FIGURE. `every one of them` is pronoun `one`.
- `twice` is no FIGURE (no number word; eval9, and sets A and B here).
  `three knocks and then three more`: the second
  `three` counts knocks with `more` ending the span (`three`, as `two more
  suspects` in eval10).
- Clock times written in words or without a unit are no FIGUREs:
  `half past five`, `about eight o'clock`, `until after ten`,
  `5 o’clock`, `7 p.m.`; `about 06:20 local time (04:20 GMT)` likewise.
  `No. 3` in the mine's name is a number inside a name.
- `The cause of the collapse is not yet known.` states only what is not
  known: no CLAIM, as `It was not immediately clear whether ...` in eval10.
- Organisation descriptions without a name keep the description without
  the article: `regional mine rescue service`, `regional health
  authority`, `county assessor’s office`.
- Q&A transcript: the speaker labels (`ASHDOWN:`, `MARRABLE:`) are their
  own items with no CLAIM, like the `A:` label in eval10, so a CLAIM starts
  at the answer proper. The answers carry no quotation marks, so they hold
  no QUOTE (QUOTE is defined by quotation marks); each answer sentence is
  judged like reported speech, a CLAIM with the interviewee as claimant
  (`Marrable`, the form the body uses) when it asserts something
  checkable, and no CLAIM when it is an opinion, a feeling, a hope or a
  fragment. The interviewer's questions are no CLAIMs; but a statement
  the interviewer makes as a prompt (`Visitor numbers have almost doubled
  since you arrived.`, `The council came close to closing the museum in
  2021.`) is a checkable assertion in the magazine's own voice (the
  interviewer works for the magazine): CLAIM with an empty claimant.
- A quotation inside an unquoted Q&A answer (`A councillor told me, “...”`)
  is not nested in another QUOTE, so it is a QUOTE; its speaker is the
  unnamed source's description without the article (`councillor`). The
  sentence passes on what Marrable says she was told: CLAIM, claimant
  `Marrable`.
- The magazine's present-tense tag `she says` works like `she said`.
  A quotation reporting what the speaker was told (`I was told in my
  first week that ...`) asserts a checkable speech event: CLAIM (as `I
  told him to ...` in eval10).
- `under 40` (an age threshold) keeps `under` in the span like an
  approximator (as `under two hours` in eval3): value 40. `aged 16 to 25`
  is one range FIGURE `16 to 25` (`16-25`), as `aged 16 to 24` in eval10.
  `a fortnight` has the article `a`: no FIGURE; `about half` has no number
  word.
- `three financial years`, `four branch libraries`, `14 police officer
  positions`: compound counted nouns stay in the span (as `three general
  elections`); `three neighbouring districts`, `Twenty-six other miners`:
  the adjective ends the span (`three`, `Twenty-six`).
- A hyphenated vote tally (`The vote was 5-2`) is one FIGURE with the
  value kept as written (`5-2`), as `7-2` in eval7; the worded form `by
  seven votes to two` (eval10) gives two FIGUREs. The two members who
  voted no are named, not counted, so there is no other tally FIGURE.
- A tax rate `$1.18 per $100 of assessed value` is two money FIGUREs
  (`$1.18`, `$100`): the base of the rate is itself a written amount,
  unlike `a year` / `a week`, which have the article.
- `according to a staff report` -> claimant `staff report` (a document
  with no named author: its description without the article, as `city
  records` in eval7); `the report said` in a later sentence resolves to
  it. The sentence after `according to ...` with no tag of its own is the
  outlet's voice (as `About half went to students.` in eval10).
- AP style: speakers and claimants have no honorific to keep; job titles
  before names (`Mayor`, `City Manager`, `council member`) are dropped;
  the mayor's partial quotation (`“responsible, not flashy”`) is a QUOTE by
  `Alicia Fenwick` inside a CLAIM with the same claimant; the AP full stop
  inside a closing mark stays inside the QUOTE (`“a lot harder than this
  one.”`).

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. mine_collapse_rescue: live-updates page, straight double quotes, "\n",
#    page label, headline, last-updated line, byline, timestamped entries
#    (newest first), an update revising earlier numbers
# ---------------------------------------------------------------------------
ARTICLES["mine_collapse_rescue"] = dict(nl="\n", paras=[
    [S('''Live''', N, why="Page label.")],
    [S('''Dunvarra mine collapse: 11 miners trapped 640 metres underground as rescuers hear tapping''',
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("11 miners", "11"), ("640 metres", "640")])],
    [S('''Last updated 21:47 GMT''', N, why="Timestamp line (a clock time).")],
    [S('''Edited by Rhian Castell, with reporting from Dunvarra by Mateo Grell''', N, why="Byline.")],

    # --- entry 21:47 ---
    [S('''21:47 GMT''', N, why="Live-entry timestamp (a clock time): no CLAIM, no FIGURE.")],
    [S('''Rescuers "can hear tapping" behind rockfall''',
       N, why="Entry heading: no CLAIM. The three-word quotation is presented as the rescue chief's words (they appear in the entry): a QUOTE, speaker as named in the entry.",
       q=[('''"can hear tapping"''', "Tomasz Rennick")])],
    [S('''Rescue teams have heard tapping on a steel pipe from behind the collapsed section of the tunnel, the head of the regional mine rescue service, Tomasz Rennick, told reporters at the pithead.''',
       "Tomasz Rennick", why="Passes on what he told reporters; job description dropped.")],
    {"s": [
        S('''"We can hear tapping, three knocks and then three more, repeated every few minutes since about eight o'clock," he said.''',
          "Tomasz Rennick", why="Quotation plus tag asserting a checkable event (the signal heard). 'he' resolves to Tomasz Rennick. 'three more': 'more' ends the span; 'every few minutes' has no number word; 'about eight o'clock' is a clock time.",
          q=[('''"We can hear tapping, three knocks and then three more, repeated every few minutes since about eight o'clock,"''', "Tomasz Rennick")],
          f=[("three knocks", "3"), ("three", "3", 2)]),
        S('''"It tells us that someone down there is alive.''',
          N, why="First sentence of a two-sentence continuation quotation: his inference from the signal, not a checkable fact."),
        S('''It does not tell us how many."''',
          N, why="Same quotation; a hedge (what is not known)."),
    ], "q": [('''"It tells us that someone down there is alive. It does not tell us how many."''', "Tomasz Rennick")]},
    [S('''Rennick said crews had cleared a path to within about 15 metres of the chamber where the men are thought to be sheltering, but that the last stretch would have to be dug by hand and could take another 10 to 12 hours.''',
       "Rennick", why="Reported speech (an estimate he gave is still reported speech). A range is one FIGURE; 'another' is not an approximator.",
       f=[("about 15 metres", "15"), ("10 to 12 hours", "10-12")])],
    [S('''The miners have now been underground for more than 17 hours.''',
       "", why="The page's own voice.",
       f=[("more than 17 hours", "17")])],

    # --- entry 20:15 ---
    [S('''20:15 GMT''', N, why="Live-entry timestamp.")],
    [S('''Company lowers number of missing miners from 14 to 11''',
       N, why="Entry heading: no CLAIM; 'from ... to ...' gives two FIGUREs.",
       f=[("14", "14"), ("11", "11")])],
    [
        S('''Veldhaven Mining Company has revised the number of miners unaccounted for to 11, down from the 14 it gave this morning, saying three men on its list had swapped onto a later shift and were never underground.''',
          "Veldhaven Mining Company", why="'saying' passes on the company's explanation. The new and the superseded number are both FIGUREs (two values, not a range).",
          f=[("11", "11"), ("14", "14"), ("three men", "3")]),
        S('''All three have been contacted and are safe, the company said.''',
          "Veldhaven Mining Company", why="'the company' resolves to its name. 'All three' refers back to the three men already counted: no FIGURE."),
    ],
    [
        S('''"We told families that 14 men were missing when the real number was 11, and I apologise to every one of them for that," said Aurel Benning, the company's operations director.''',
          "Aurel Benning", why="Quotation plus inverted tag; besides the apology it asserts a checkable fact (what families were told and the real number). Job description dropped. 'every one of them' is pronoun 'one'.",
          q=[('''"We told families that 14 men were missing when the real number was 11, and I apologise to every one of them for that,"''', "Aurel Benning")],
          f=[("14 men", "14"), ("11", "11")]),
        S('''He said the error came from a handwritten shift register that had not been updated when the men changed shifts.''',
          "Aurel Benning", why="Reported speech; 'He' resolves to Aurel Benning."),
    ],
    [S('''The company has also corrected the depth of the collapsed section to 640 metres below the surface; it had earlier said about 600 metres.''',
       "Veldhaven Mining Company", why="Passes on the company's corrected and earlier statements; both depths are FIGUREs.",
       f=[("640 metres", "640"), ("about 600 metres", "600")])],

    # --- entry 18:30 ---
    [S('''18:30 GMT''', N, why="Live-entry timestamp.")],
    [S('''Families keep vigil at the mine gates''', N, why="Entry heading.")],
    [S('''Around 300 people have gathered behind a police cordon at the mine gates, where the company has put up a tent and reads out its list of names every hour.''',
       "", why="The page's own voice; 'Around' is an approximator; 'every hour' has no number word.",
       f=[("Around 300 people", "300")])],
    [
        S('''Marta Kovel, 52, whose son Danylo, 24, is among the trapped men, said she had not slept since she heard about the collapse.''',
          "Marta Kovel", why="Reported speech; bare ages after names are FIGUREs of the number.",
          f=[("52", "52"), ("24", "24")]),
        S('''"He texted me at half past five this morning to say he was going down and he'd be home for dinner," she said.''',
          "Marta Kovel", why="Quotation plus tag asserting a checkable event (the text message). 'she' resolves to Marta Kovel; 'half past five' is a clock time.",
          q=[('''"He texted me at half past five this morning to say he was going down and he'd be home for dinner,"''', "Marta Kovel")]),
        S('''"That was the last I heard from him."''',
          "Marta Kovel", why="Continuation quotation; a checkable fact.",
          q=[('''"That was the last I heard from him."''', "Marta Kovel")]),
    ],
    [
        S('''Kovel said families had been told nothing for almost four hours after the collapse, and that she first learned of it from a message in a village chat group.''',
          "Kovel", why="Reported speech; 'almost' is an approximator; 'first' is not a number.",
          f=[("almost four hours", "4")]),
        S('''"Nobody from the company came out to speak to us until after ten," she said.''',
          "Kovel", why="Quotation plus tag asserting a checkable fact. 'after ten' is a clock time, not a FIGURE.",
          q=[('''"Nobody from the company came out to speak to us until after ten,"''', "Kovel")]),
        S('''"Is that how you treat people whose sons are under the ground?"''',
          N, why="A question (continuation quotation).",
          q=[('''"Is that how you treat people whose sons are under the ground?"''', "Kovel")]),
    ],

    # --- entry 16:40 ---
    [S('''16:40 GMT''', N, why="Live-entry timestamp.")],
    [S('''Union says it raised roof safety concerns twice this year''',
       N, why="Entry heading: no CLAIM; 'twice' is no FIGURE (no number word, as in eval9).")],
    [
        S('''The Harrow Miners' Federation said it had warned managers at least twice this year about roof supports in the section that collapsed.''',
          "Harrow Miners' Federation", why="Organisation as claimant. 'at least twice' holds no FIGURE (eval9)."),
        S('''Its regional secretary, Gregor Lindqvist, said state inspectors had ordered extra roof bolting along a 200-metre stretch of the tunnel in March, but that the work was "still not finished" when union representatives last raised it with managers in May.''',
          "Gregor Lindqvist", why="Reported speech with a partial quotation (three words: a QUOTE); job title dropped; months are dates.",
          q=[('''"still not finished"''', "Gregor Lindqvist")],
          f=[("200-metre", "200")]),
    ],
    [
        S('''"Our safety representative put it in writing in April, and we have kept a copy of that letter," Lindqvist said.''',
          "Lindqvist", why="Quotation plus tag asserting checkable facts (a written warning, a kept copy).",
          q=[('''"Our safety representative put it in writing in April, and we have kept a copy of that letter,"''', "Lindqvist")]),
        S('''"Those men should never have been sent into that section."''',
          N, why="Continuation quotation; an accusation/judgement, not a checkable fact.",
          q=[('''"Those men should never have been sent into that section."''', "Lindqvist")]),
    ],
    [S('''In a statement, Veldhaven Mining Company said the section had passed its most recent inspection in June and that it would "co-operate fully" with an investigation announced by the regional mining authority.''',
       "Veldhaven Mining Company", why="Organisation's statement; the two-word partial quotation is a QUOTE by the company.",
       q=[('''"co-operate fully"''', "Veldhaven Mining Company")])],

    # --- entry 14:05 ---
    [S('''14:05 GMT''', N, why="Live-entry timestamp.")],
    [S('''What we know so far''', N, why="Entry heading (a signpost).")],
    [S('''Part of a tunnel roof collapsed at about 06:20 local time (04:20 GMT) in the Dunvarra No. 3 mine, which employs about 1,400 people and is the largest coal mine in the Harrow basin.''',
       "", why="The event in the page's own voice. Clock times are no FIGUREs; 'No. 3' is a number inside a name.",
       f=[("about 1,400 people", "1400")])],
    [S('''At least 14 miners were working in the section when it came down, about 600 metres below the surface, the company said.''',
       "Veldhaven Mining Company", why="'the company' resolves to the name at its nearest mention in the text (the entries above). The numbers were later revised, but this entry reports what was said then: FIGUREs as written.",
       f=[("At least 14 miners", "14"), ("about 600 metres", "600")])],
    [
        S('''Twenty-six other miners working in nearby tunnels were brought to the surface during the morning.''',
          "", why="The page's own voice. The adjective 'other' ends the span.",
          f=[("Twenty-six", "26")]),
        S('''Four of them were taken to hospital with minor injuries, according to the regional health authority.''',
          "regional health authority", why="'according to' an unnamed authority: its description without the article. 'Four of them' counts miners not following: FIGURE of the number.",
          f=[("Four", "4")]),
    ],
    [
        S('''Mine rescue teams from three neighbouring districts have joined the operation, the regional mine rescue service said.''',
          "regional mine rescue service", why="An unnamed organisation keeps its description. The adjective 'neighbouring' ends the span.",
          f=[("three", "3")]),
        S('''The cause of the collapse is not yet known.''',
          N, why="States only what is not known (as 'It was not immediately clear whether ...' in eval10)."),
    ],
])

# ---------------------------------------------------------------------------
# 2. interview_museum_director: magazine interview feature, curly double
#    quotes, "\n\n", headline, dek, byline, third-person intro, Q&A in
#    transcript style (surname labels), closing paragraph
# ---------------------------------------------------------------------------
ARTICLES["interview_museum_director"] = dict(nl="\n\n", paras=[
    [S("“A museum is not a warehouse”: Lucinda Marrable on saving the Pellbridge City Museum",
       N, why="Headline: no CLAIM. The quotation is presented as Marrable's words (she says them in the Q&A): a QUOTE, speaker as the headline names her.",
       q=[("“A museum is not a warehouse”", "Lucinda Marrable")])],
    [
        S("In six years she has almost doubled visitor numbers and cleared a £1.3 million deficit.",
          N, why="Dek: no CLAIM; FIGUREs marked ('almost doubled' has no number).",
          f=[("six years", "6"), ("£1.3 million", "1300000")]),
        S("She tells Tom Ashdown how.", N, why="Dek."),
    ],
    [S("Interview by Tom Ashdown | Portraits by Elif Sandor", N, why="Byline and photo credit.")],
    [
        S("When Lucinda Marrable arrived at the Pellbridge City Museum in 2019, its roof leaked into two of its galleries, it was running a deficit of £1.3 million and the city council was openly discussing whether to close it.",
          "", why="The magazine's own voice. 'two of its galleries' counts galleries not directly following: FIGURE of the number; '2019' is a year.",
          f=[("two", "2"), ("£1.3 million", "1300000")]),
    ],
    [
        S("Last year the museum welcomed 391,000 visitors, up from 204,000 in her first full year, and it has ended each of the past three financial years in surplus.",
          "", why="'from ... up to' style change: two FIGUREs; '204,000' counts visitors (noun does not follow); 'first' an ordinal; 'financial years' a compound counted noun.",
          f=[("391,000 visitors", "391000"), ("204,000", "204000"), ("three financial years", "3")]),
        S("Its annual budget is £4.2 million, about 55% of which still comes from the council.",
          "", f=[("£4.2 million", "4200000"), ("about 55%", "55")]),
    ],
    [
        S("Marrable, 51, trained as a textile conservator and spent 14 years at the National Weaving Archive in Harlowe before moving into management.",
          "", why="Bare age after the name is a FIGURE.",
          f=[("51", "51"), ("14 years", "14")]),
        S("She is blunt about what she found.",
          N, why="The writer's characterisation (transition)."),
        S("“I was told in my first week that it was a museum of things nobody could bear to throw away,” she says.",
          "Marrable", why="Quotation plus present-tense tag; it asserts a checkable speech event (what she was told). 'she' resolves to Marrable; 'first' is an ordinal.",
          q=[("“I was told in my first week that it was a museum of things nobody could bear to throw away,”", "Marrable")]),
        S("“The trouble was, they were right.”",
          N, why="Continuation quotation; a judgement.",
          q=[("“The trouble was, they were right.”", "Marrable")]),
    ],
    [S("We spoke in her office, a former storeroom on the top floor, while builders finished a new learning centre downstairs.",
       N, why="Scene-setting by the writer.")],
    [
        S("ASHDOWN:", N, why="Q&A speaker label (furniture, like a dateline)."),
        S("Visitor numbers have almost doubled since you arrived.",
          "", why="The interviewer's statement prompt: a checkable assertion in the magazine's own voice (see docstring). 'almost doubled' has no number."),
        S("What changed?", N, why="A question."),
    ],
    [
        S("MARRABLE:", N, why="Q&A speaker label."),
        S("The first thing we did was make it free.",
          "Marrable", why="Q&A answer (no quotation marks: no QUOTE); a checkable fact asserted by the interviewee. 'first' is an ordinal."),
        S("We had been charging £7 for adults, and tickets were bringing in about £180,000 a year, but they were keeping out exactly the people who lived within walking distance.",
          "Marrable", why="Checkable amounts (with her view of their effect); 'a year' has the article.",
          f=[("£7", "7"), ("about £180,000", "180000")]),
        S("In the first month after we dropped the charge, we had more visitors than in the whole of the previous summer.",
          "Marrable", why="A checkable comparison; 'first' is an ordinal."),
    ],
    [
        S("ASHDOWN:", N, why="Q&A speaker label."),
        S("How did you make up the lost income?", N, why="A question."),
    ],
    [
        S("MARRABLE:", N, why="Q&A speaker label."),
        S("Partly from the café and the shop, which now make about £340,000 a year between them, and partly from hiring out the building in the evenings.",
          "Marrable", f=[("about £340,000", "340000")]),
        S("We do around 60 weddings a year now.",
          "Marrable", f=[("around 60 weddings", "60")]),
        S("The weddings alone paid for the new conservation studio.",
          "Marrable", why="A checkable fact about the museum's finances."),
        S("A museum is not a warehouse; it has to earn its keep like any other building in the city.",
          N, why="Her opinion (the words the headline quotes; here without quotation marks, so no QUOTE)."),
    ],
    [
        S("ASHDOWN:", N, why="Q&A speaker label."),
        S("The council came close to closing the museum in 2021.",
          "", why="The interviewer's statement prompt: a checkable assertion in the magazine's voice. '2021' is a year."),
        S("Did you think it would happen?", N, why="A question."),
    ],
    [
        S("MARRABLE:", N, why="Q&A speaker label."),
        S("For about a fortnight, yes.",
          N, why="What she believed at the time (not checkable); 'a fortnight' has the article."),
        S("The proposal was to cut our grant by 40% and move the collection into storage at the old bus depot on Mill Lane.",
          "Marrable", f=[("40%", "40")]),
        S("A councillor told me, “Nobody under 40 has set foot in there since they were at school.”",
          "Marrable", why="Passes on what she says she was told (checkable speech event). The quotation is not inside another QUOTE (the answer has no quotation marks), so it is a QUOTE; the unnamed source keeps its description. 'under 40' is an age threshold (see docstring).",
          q=[("“Nobody under 40 has set foot in there since they were at school.”", "councillor")],
          f=[("under 40", "40")]),
        S("So we counted, and 31% of our visitors that autumn were aged 16 to 25.",
          "Marrable", why="A checkable count; an age range is one FIGURE.",
          f=[("31%", "31"), ("16 to 25", "16-25")]),
        S("I took the figures to the next council meeting and the cut was dropped.",
          "Marrable", why="A checkable sequence of events."),
    ],
    [
        S("ASHDOWN:", N, why="Q&A speaker label."),
        S("What are you proudest of?", N, why="A question."),
    ],
    [
        S("MARRABLE:", N, why="Q&A speaker label."),
        S("Probably the Loom Room.", N, why="A fragment giving her preference (opinion)."),
        S("We spent £2.6 million turning the old boiler house into a gallery about the town’s weaving mills, and 11,000 people came through it in the first fortnight.",
          "Marrable", why="Checkable amounts; 'first fortnight' is an ordinal plus a unit without a number.",
          f=[("£2.6 million", "2600000"), ("11,000 people", "11000")]),
        S("Some of them found their own grandparents in the photographs on the walls.",
          "Marrable", why="An account of what visitors found: a checkable event."),
    ],
    [
        S("ASHDOWN:", N, why="Q&A speaker label."),
        S("And what keeps you awake at night?", N, why="A question."),
    ],
    [
        S("MARRABLE:", N, why="Q&A speaker label."),
        S("The roof, still.", N, why="A fragment (her worry)."),
        S("We patched it in 2019, but a proper replacement will cost at least £3 million, and we haven’t got it.",
          "Marrable", why="A checkable repair, estimate and funding gap; '2019' is a year.",
          f=[("at least £3 million", "3000000")]),
        S("If I’m still here in five years, I want it fixed.",
          N, why="A hope; the duration is still a FIGURE.",
          f=[("five years", "5")]),
    ],
    [
        S("Marrable’s contract runs until 2027.",
          "", why="A checkable fact in the magazine's voice; '2027' is a year."),
        S("Last month the council’s culture committee approved a £1.5 million grant towards the roof, leaving the museum to find the rest from donors and heritage funds.",
          "", f=[("£1.5 million", "1500000")]),
        S("As we walk back through the Loom Room, she stops to straighten a label that a child has knocked askew.",
          N, why="Present-tense scene-setting by the writer."),
        S("“Let them touch,” she says, pleased.",
          N, why="Three-word quotation (a QUOTE) plus tag; an exhortation, not a checkable fact. 'she' resolves to Marrable.",
          q=[("“Let them touch,”", "Marrable")]),
        S("“That’s the whole point.”",
          N, why="Continuation quotation; an opinion.",
          q=[("“That’s the whole point.”", "Marrable")]),
    ],
])

# ---------------------------------------------------------------------------
# 3. city_budget_council_vote: US local news, AP style, curly double
#    quotes, "\n\n", headline, byline, timestamp
# ---------------------------------------------------------------------------
ARTICLES["city_budget_council_vote"] = dict(nl="\n\n", paras=[
    [S("Redmarch council approves $412.6 million budget with 3% raises for city workers",
       N, why="Headline: no CLAIM; FIGUREs marked ('3% raises' ends at '%').",
       f=[("$412.6 million", "412600000"), ("3%", "3")])],
    [S("By Jenna Kowalczyk | Redmarch Ledger", N, why="Byline.")],
    [S("Published June 18, 2025, 10:42 p.m.", N, why="Timestamp (a date and a clock time).")],
    [S("The Redmarch City Council approved a $412.6 million budget late Tuesday that gives most city employees a 3% raise, adds 14 police officer positions and keeps the property tax rate flat for a third straight year.",
       "", why="The vote in the paper's own voice. 'police officer positions' is a compound counted noun; 'third' is an ordinal.",
       f=[("$412.6 million", "412600000"), ("3%", "3"), ("14 police officer positions", "14")])],
    [S("The vote was 5-2, with council members Teresa Villanueva and Doug Pruett voting no.",
       "", why="A hyphenated vote tally is one FIGURE, value as written (as '7-2' in eval7; see docstring).",
       f=[("5-2", "5-2")])],
    [
        S("The spending plan for the fiscal year that begins July 1 is 4.1% larger than the current budget of $396.4 million, according to a staff report presented to the council last week.",
          "staff report", why="'according to a staff report': a document with no named author keeps its description without the article. 'July 1' is a date.",
          f=[("4.1%", "4.1"), ("$396.4 million", "396400000")]),
        S("Most of the increase goes to salaries and to the police and fire departments.",
          "", why="No tag of its own: the paper's voice (as 'About half went to students.' in eval10)."),
    ],
    [
        S("Police officers and firefighters will get raises of 5% under contracts the council approved in April, while other employees will get 3%.",
          "", why="The budget's contents in the paper's voice.",
          f=[("5%", "5"), ("3%", "3")]),
        S("The raises will cost about $7.8 million in the first year, the report said.",
          "staff report", why="'the report' resolves to the staff report; 'first' is an ordinal.",
          f=[("about $7.8 million", "7800000")]),
    ],
    [
        S("Police Chief Renata Solis said the new officers would let the department restart a traffic unit it disbanded in 2022 and shorten response times in the fast-growing north end, where calls for service rose 11% last year.",
          "Renata Solis", why="Reported speech; 'Police Chief' dropped; '2022' is a year.",
          f=[("11%", "11")]),
    ],
    [
        S("Kevin Marsh, president of the Redmarch Professional Firefighters union, said his members had gone two years without a raise before the April contract.",
          "Kevin Marsh", why="Reported speech; job description dropped.",
          f=[("two years", "2")]),
    ],
    [
        S("Mayor Alicia Fenwick called the budget “responsible, not flashy” and said it would keep the city’s emergency reserve at 17% of general fund spending, above the 15% minimum set by council policy.",
          "Alicia Fenwick", why="'called ... and said' passes on her position; the partial quotation inside the sentence is a QUOTE; 'Mayor' dropped.",
          q=[("“responsible, not flashy”", "Alicia Fenwick")],
          f=[("17%", "17"), ("15%", "15")]),
        S("“It is not the budget anyone would write in a good year, but it is the right budget for this one,” Fenwick said.",
          N, why="Quotation plus tag; a judgement, not a checkable fact.",
          q=[("“It is not the budget anyone would write in a good year, but it is the right budget for this one,”", "Fenwick")]),
    ],
    [
        S("Villanueva, who represents the city’s east side, said the budget leaned too heavily on money that would not be there next year, including $6.2 million drawn from reserves.",
          "Villanueva", why="Reported speech.",
          f=[("$6.2 million", "6200000")]),
        S("“I support the raises, and I support the officers, but I can’t vote for a budget that spends money we don’t have,” said Pruett, who represents the Northgate district.",
          N, why="Quotation plus inverted tag; a stated stance and a characterisation, not a checkable fact.",
          q=[("“I support the raises, and I support the officers, but I can’t vote for a budget that spends money we don’t have,”", "Pruett")]),
    ],
    [
        S("More than 40 people signed up to speak during a public comment period that lasted nearly three hours.",
          "", f=[("More than 40 people", "40"), ("nearly three hours", "3")]),
        S("Many urged the council to restore $850,000 for branch library hours that City Manager Howard Lisk had proposed cutting.",
          "", why="An account of the meeting in the paper's voice; 'Many' is no number.",
          f=[("$850,000", "850000")]),
    ],
    [
        S("“My kids do their homework at the Eastfield branch because we don’t have internet at home, and now it’s going to close at 5 o’clock,” said Rosa Delgado-Hines, a school bus driver who lives in the Eastfield neighborhood.",
          "Rosa Delgado-Hines", why="Quotation plus inverted tag asserting checkable facts (where her children study, no internet at home, the proposed closing time). '5 o’clock' is a clock time. Job description dropped.",
          q=[("“My kids do their homework at the Eastfield branch because we don’t have internet at home, and now it’s going to close at 5 o’clock,”", "Rosa Delgado-Hines")]),
        S("“Where are they supposed to go?”",
          N, why="A question (continuation quotation).",
          q=[("“Where are they supposed to go?”", "Rosa Delgado-Hines")]),
    ],
    [
        S("The council put back about half of that money in a late amendment, keeping the city’s four branch libraries open until 7 p.m. on weekdays but closing them on Sundays.",
          "", why="'about half' has no number word; '7 p.m.' is a clock time; 'branch libraries' is a compound counted noun.",
          f=[("four branch libraries", "4")]),
        S("The amendment, proposed by council member Marcus Oyelaran, passed unanimously.",
          "", why="A checkable vote; 'unanimously' is no FIGURE."),
    ],
    [
        S("The budget also sets aside $2.4 million to resurface about 9 miles of streets and $1.1 million to reopen the Tolliver Park pool, which has been closed since a pipe burst in 2023.",
          "", why="The budget's contents in the paper's voice; '2023' is a year.",
          f=[("$2.4 million", "2400000"), ("about 9 miles", "9"), ("$1.1 million", "1100000")]),
    ],
    [
        S("Property owners will continue to pay $1.18 per $100 of assessed value, but rising assessments mean the owner of a median-priced home will pay about $96 more next year, according to the county assessor’s office.",
          "county assessor’s office", why="'according to' an unnamed office: its description without the article. The tax rate gives two money FIGUREs (see docstring); 'more' after the amount ends the span.",
          f=[("$1.18", "1.18"), ("$100", "100"), ("about $96", "96")]),
    ],
    [
        S("Lisk said sales tax revenue had grown just 1.2% this year after rising more than 6% in each of the previous two years, and warned that next year’s budget could be “a lot harder than this one.”",
          "Lisk", why="'said ... and warned' passes on his statement (the warning is reported speech); the partial quotation is a QUOTE with the AP full stop inside it. 'just' is not an approximator (it does not make the number inexact).",
          q=[("“a lot harder than this one.”", "Lisk")],
          f=[("1.2%", "1.2"), ("more than 6%", "6"), ("two years", "2")]),
    ],
    [S("The budget takes effect July 1.",
       "", why="A checkable fact (as 'The budget takes effect on Jan. 1.' in eval7); 'July 1' is a date.")],
])

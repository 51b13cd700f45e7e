"""Held-out articles, set B (writer b): three original news stories written
for the eleventh evaluation set, at ordinary newspaper politics-desk,
sports-desk and comment-page density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the judgement calls of eval7 to eval10.
`minister_resigns_expenses` is a British newspaper politics story (a rail
minister resigns after a standards report on his second-home expenses; the
prime minister's spokesman, an opposition spokeswoman and the minister's
resignation letter are quoted, the letter over two paragraphs with a
double-quoted phrase nested inside it) with curly single quotes (the
apostrophe being the same character as the closing mark) and "\\n", a
headline, a dek and a byline; `striker_transfer_record` is a sports-desk
transfer story (a club-record fee for a striker; both managers, the player
and the selling club quoted, present-tense `says` tags; goals, ages, fees,
contract years and a cup scoreline) with curly double quotes and "\\n\\n",
a headline, a standfirst and a byline; `opinion_column_housing` is a
comment-page column on housing (mostly the columnist's opinions,
predictions, hedges and rhetorical questions, with checkable statistics,
her own first-person facts, a housing-charity chief and the housing
minister quoted) with curly double quotes and "\\n\\n", a headline, a
standfirst, a byline and the author's bio line at the end.

Judgement calls made where the guidelines leave room (the conventions of
eval7 to eval10 are followed where they apply):
- Headline, dek/standfirst, byline and the columnist's bio line get no
  CLAIM; QUOTEs and FIGUREs inside them are still marked (the dek's
  `‘in good faith’` is a QUOTE by `Gareth Pellow`, the name in that dek;
  the standfirst's `“coming home”` by `Jamal Ferrier`, his nearest
  mention, in the headline). The book title in the bio line is no QUOTE.
- Honorifics stay in speaker/claimant, titles and job descriptions go:
  `Mr Pellow` keeps `Mr` as the guidelines and eval9 do (`Mr.`, `Mr`,
  `Ms` kept); `Dame` is kept like `Sir` (`Dame Alison Tranter`, and the
  British short form `Dame Alison` where that is the nearest mention);
  `rail minister`, `commissioner for parliamentary standards`, `transport
  spokeswoman`, `manager`, `housing minister`, `chief executive` are
  dropped. Present-tense `says` tags work like `said`.
- Pronouns resolve to the nearest naming mention: the letter's `he wrote`
  follows `Mr Pellow has repaid ...`, so its QUOTEs and CLAIM are `Mr
  Pellow`'s; the charity chief's `she told me` -> `Maya Desai`; the
  minister's `he told MPs` -> `Robert Ashcombe`.
- The lede `Gareth Pellow resigned ... after the parliamentary standards
  watchdog found that he had claimed ...` reports the resignation as an
  event in the paper's voice: claimant empty (the watchdog's finding is
  background in the `after` clause and is passed on with its own
  claimant in the report paragraph below).
- `A report by Dame Alison Tranter ... found` and `the report said` pass
  on the report's findings: the claimant is its author (`Dame Alison
  Tranter`), as a written report's author is in eval6; `Dame Alison
  recommended that ...` passes on her position (`Dame Alison`).
- The resignation letter (`In his letter, he wrote: ‘...`) runs over two
  paragraphs in the newspaper convention: two QUOTEs, the first from its
  opening mark to the paragraph's final full stop (no closing mark there),
  the second the whole next paragraph; both `Mr Pellow`'s. The first
  sentence is a CLAIM (his account of asking the fees office and being
  told it was acceptable is checkable); the admission `That was a
  mistake, and it is mine alone.` and the closing thanks/promise are not.
  The double-quoted `“perfectly acceptable”` nested inside the single-
  quoted letter is no separate QUOTE.
- An unnamed spokesman keeps his description without the article:
  `prime minister’s official spokesman` (also for the later `the
  spokesman said` / `the spokesman added`). `The fees office ... said`
  -> `fees office`; `Figures published by the commissioner’s office` ->
  `commissioner’s office` (the office, not Dame Alison, publishes
  them); `Local party officers said` -> `Local party officers`;
  `according to a source at Castlemoor` -> `source at Castlemoor`;
  `Castlemoor said in a statement` -> `Castlemoor` (the club's name as
  the body uses it).
- `told the BBC` and `told reporters` are tags like `said`: the broadcaster
  is an audience, never the speaker. (`the BBC` is the one real name in
  the set, kept because the brief asked for that tag.)
- A Commons vote `by 318 votes to 271` is two values: `318 votes` and
  `271` (eval9, eval10). `12 government MPs` and `146 expense claims`
  keep their noun modifiers (noun-noun compounds, as `57 polling
  stations`); `10 sitting days` likewise. `41 open investigations ...,
  up from 17`: the adjective ends the first span (`41`) and `17` counts
  investigations that do not follow (two FIGUREs, a change not a range).
  `Three weeks ago` in a quotation gives `Three weeks` (eval9).
- Football: a match score (`their 3-1 win`) is one FIGURE with the value
  written as printed (`3-1`), the convention of eval7, eval8 and eval9
  (the older eval4 call, no FIGURE, was not followed by later sets).
  The shirt number `No 9` is a number inside a name/label: no FIGURE.
  `hat-trick` has no number word and `twice` is no FIGURE (eval9). `He
  scored three past us` counts goals that do not follow the number:
  FIGURE `three`. `two summers ago` is a duration with its unit (`two
  summers`, as `two years ago`). `the option of a further 12 months`
  -> `12 months`. `at the age of nine`, `released at 15`, `debut at 17`
  are ages: FIGUREs of the number. `£42m` in the headline keeps `m` as
  the scale word (value 42000000, eval8). `41 league goals` keeps its noun
  modifier. `first-team`, `eighth`, `seventh`, `fourth signing`, `third
  round` and `second-highest` are ordinals. `goalscorers under 25` is an
  age with `under` as approximator, as eval9's `under five`: FIGURE
  `under 25` (25), nested inside the analyst's partial QUOTE.
- An opinion column: the columnist's own voice is the outlet's voice, so
  her checkable statements (her nephew's age, her 11 years as a housing
  officer, statistics without a tag) are CLAIMs with claimant empty;
  her opinions, prescriptions (`Councils should be allowed ...`),
  predictions (`I suspect the next government will ...`), hedges
  (`Perhaps ...`, `It might, though, ...`), concessions (`That is true, as
  far as it goes.`), rhetorical points (`But approvals are not homes.`)
  and rhetorical questions are not. A sentence that joins a checkable
  first-person fact to a rhetorical flourish (`I spent 11 years ... and I
  have never met a family that was housed by a press release.`) is a
  CLAIM, as a verdict mixed with a fact is in eval9. The framing sentence
  `Maya Desai ... is blunter than I would be.` is the columnist's
  characterisation: no CLAIM. `He is, statistically speaking, completely
  ordinary.` is her characterisation too (the checkable figures follow in
  their own sentence): no CLAIM.
- `The housing minister, Robert Ashcombe, insists that the corner has
  been turned.` is reported speech of a position: a CLAIM with him as
  claimant, although what he insists is itself a verdict.
- `8,900 social homes` and `300,000 new homes`: the adjective ends the
  span (`8,900`, `300,000`). `212,400 were completed` counts homes that do
  not follow: FIGURE `212,400`. `aged 25 to 34` is one range FIGURE
  (`25-34`); `from 59% to 36%`, `from 31 weeks to 36` are two FIGUREs
  each. `more than twice` holds no FIGURE; `five years ago` gives `five
  years`; `two-bedroom` is a hyphenated compound FIGURE.
- Not FIGUREs: years and decades (`2019`, `2021`, `2025`, `2028`, `2005`,
  `2020`, `the late 1960s`), `a decade`, `a month`, `a week`, `a year`
  (articles), `the next century`, `fortnightly`, ordinals (`third
  minister`, `ninth year`, `second home`).

Every person, organisation, club and place named here is invented, except
the broadcaster in `told the BBC` (see above).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. minister_resigns_expenses: British newspaper politics story, curly
#    single quotes (apostrophe = closing mark), "\n", headline, dek, byline
# ---------------------------------------------------------------------------
ARTICLES["minister_resigns_expenses"] = dict(nl="\n", paras=[
    [S("Rail minister quits after claiming £38,000 for flat let to brother-in-law",
       N, why="Headline: no CLAIM, but its FIGURE is marked.",
       f=[("£38,000", "38000")])],
    [S("Gareth Pellow says he acted ‘in good faith’ as standards report finds 146 expense claims broke the rules",
       N, why="Dek: no CLAIM. The two-word partial quotation is a QUOTE by the person the dek names; 'expense claims' is a compound counted noun.",
       q=[("‘in good faith’", "Gareth Pellow")],
       f=[("146 expense claims", "146")])],
    [S("By Helen Marsh, Political Correspondent", N, why="Byline.")],
    [
        S("Gareth Pellow resigned as rail minister last night after the parliamentary standards watchdog found that he had claimed more than £38,000 in expenses for a flat he was renting out to his brother-in-law.",
          "", why="The resignation reported as an event in the paper's voice; the watchdog's finding is background in the 'after' clause (see docstring).",
          f=[("more than £38,000", "38000")]),
    ],
    [
        S("Mr Pellow, the MP for Harrowdale and Fenby, had been a minister for 14 months.",
          "", f=[("14 months", "14")]),
        S("In a resignation letter to the prime minister, he said he had acted ‘in good faith throughout’ but accepted that he had ‘fallen short of the standards the public rightly expects’.",
          "Mr Pellow", why="Reported (written) speech with two partial quotations; 'he' resolves to 'Mr Pellow'. British punctuation: the full stop is outside the closing mark.",
          q=[("‘in good faith throughout’", "Mr Pellow"),
             ("‘fallen short of the standards the public rightly expects’", "Mr Pellow")]),
    ],
    [
        S("Mr Pellow had been overseeing the government’s £2.4 billion plan to electrify the Harrowdale line, which is due to be finished in 2028.",
          "", why="A checkable fact in the paper's voice (the completion date is the plan's published schedule, part of the fact); '2028' is a year.",
          f=[("£2.4 billion", "2400000000")]),
    ],
    [
        S("A report by Dame Alison Tranter, the commissioner for parliamentary standards, found that Mr Pellow made 146 claims for rent, council tax and utility bills on a flat in Harrowdale between 2021 and 2025, worth a total of £38,640.",
          "Dame Alison Tranter", why="Passes on the report's finding: its author is the claimant; 'Dame' kept like 'Sir', the job title dropped. Years are no FIGUREs.",
          f=[("146 claims", "146"), ("£38,640", "38640")]),
        S("For most of that time, the report said, the flat was let to his wife’s brother, who paid Mr Pellow £650 a month.",
          "Dame Alison Tranter", why="'the report said': the report's author. 'a month' is an article.",
          f=[("£650", "650")]),
    ],
    [
        S("MPs can claim up to £1,950 a month towards the cost of a second home, but the rules bar them from claiming for a property from which they receive rent.",
          "", why="The expenses rules stated in the paper's voice. 'up to' is an approximator; 'second home' is no FIGURE.",
          f=[("up to £1,950", "1950")]),
    ],
    [
        S("Mr Pellow has repaid the full amount.",
          "", why="A checkable fact in the paper's voice."),
        S("Dame Alison recommended that he be suspended from the Commons for 10 sitting days, a sanction that MPs must approve in a vote.",
          "Dame Alison", why="Passes on her recommendation (a position); the name as this sentence gives it. 'sitting days' is a compound counted noun.",
          f=[("10 sitting days", "10")]),
    ],
    {"s": [
        S("In his letter, he wrote: ‘When I was first elected, I asked the fees office whether the arrangement was allowed and was told it was “perfectly acceptable”.",
          "Mr Pellow", why="Tag plus quotation asserting a checkable account (he asked the fees office and was told it was acceptable). 'he' resolves to the nearest naming mention, 'Mr Pellow'. The nested double-quoted phrase is not a separate QUOTE."),
        S("That was a mistake, and it is mine alone.",
          N, why="An admission of fault (a judgement). The quotation runs over into the next paragraph: no closing mark here, so the QUOTE ends at this full stop."),
    ], "q": [("‘When I was first elected, I asked the fees office whether the arrangement was allowed and was told it was “perfectly acceptable”. That was a mistake, and it is mine alone.", "Mr Pellow")]},
    [
        S("‘It has been the greatest privilege of my life to serve in your government, and I will continue to support it from the back benches.’",
          N, why="Second paragraph of the letter (reopened with a new mark, no tag): a feeling and a promise.",
          q=[("‘It has been the greatest privilege of my life to serve in your government, and I will continue to support it from the back benches.’", "Mr Pellow")]),
    ],
    [
        S("The fees office, which administers MPs’ expenses, said it did not comment on advice given to individual members.",
          "fees office", why="Reported statement of an unnamed office: its description without the article."),
        S("His brother-in-law could not be reached for comment.",
          "", why="A checkable fact in the paper's voice (a failed attempt to reach him)."),
    ],
    [
        S("The prime minister’s official spokesman told reporters that Mr Pellow had ‘done the right thing’ and that his resignation had been accepted ‘with regret’.",
          "prime minister’s official spokesman", why="Reported speech of an unnamed source: the description without the article. Both partial quotations hold two or more words.",
          q=[("‘done the right thing’", "prime minister’s official spokesman"),
             ("‘with regret’", "prime minister’s official spokesman")]),
        S("Asked whether the prime minister had known about the flat when he appointed Mr Pellow, the spokesman said: ‘The prime minister was made aware of the commissioner’s findings on Monday evening, and not before.’",
          "prime minister’s official spokesman", why="Tag plus quotation asserting a checkable fact (when the prime minister learned of the findings). 'the spokesman' resolves to the description.",
          q=[("‘The prime minister was made aware of the commissioner’s findings on Monday evening, and not before.’", "prime minister’s official spokesman")]),
    ],
    [
        S("Lucy Amadi, a government whip, will replace him, the spokesman added.",
          "prime minister’s official spokesman", why="An announced appointment passed on from the spokesman: reported speech."),
    ],
    [
        S("Tamsin Reed, the Progressive Union MP for Carrow West and her party’s transport spokeswoman, said the resignation had come ‘weeks too late’.",
          "Tamsin Reed", why="Reported speech with a three-word partial quotation; the job descriptions are dropped.",
          q=[("‘weeks too late’", "Tamsin Reed")]),
        S("‘Three weeks ago the prime minister stood at the despatch box and told MPs he had full confidence in this minister,’ she told the BBC.",
          "Tamsin Reed", why="Quotation plus tag asserting a checkable event (what the prime minister told MPs). 'she' resolves to Tamsin Reed; the broadcaster is the audience, not the speaker.",
          q=[("‘Three weeks ago the prime minister stood at the despatch box and told MPs he had full confidence in this minister,’", "Tamsin Reed")],
          f=[("Three weeks", "3")]),
        S("‘Either he didn’t ask the right questions, or he didn’t like the answers.’",
          N, why="Continuation quotation; a jibe, not a checkable fact.",
          q=[("‘Either he didn’t ask the right questions, or he didn’t like the answers.’", "Tamsin Reed")]),
    ],
    [
        S("On Tuesday, the government defeated a Progressive Union motion calling for an independent audit of ministers’ expenses by 318 votes to 271, with 12 government MPs abstaining.",
          "", why="A Commons vote in the paper's voice. A tally is two values: two FIGUREs ('271' counts votes that do not follow). 'government MPs' is a compound counted noun.",
          f=[("318 votes", "318"), ("271", "271"), ("12 government MPs", "12")]),
    ],
    [
        S("Mr Pellow, 52, won Harrowdale and Fenby in 2019 with a majority of 4,870, which fell to 1,204 at the last general election.",
          "", why="Bare age after the name is a FIGURE; majorities count votes that do not follow; '2019' is a year.",
          f=[("52", "52"), ("4,870", "4870"), ("1,204", "1204")]),
        S("Local party officers said he still had their full support and would be their candidate at the next election.",
          "Local party officers", why="Reported speech of an unnamed group: its description is the claimant."),
    ],
    [
        S("Mr Pellow is the third minister to resign this year.",
          "", why="A checkable fact; 'third' is an ordinal."),
        S("Figures published by the commissioner’s office last month show 41 open investigations into MPs’ expenses, up from 17 a year earlier.",
          "commissioner’s office", why="'Figures published by' an office: the office (a description without the article) is the source. The adjective 'open' ends the span; 'up from' gives a second value, counting investigations that do not follow; 'a year' is an article.",
          f=[("41", "41"), ("17", "17")]),
        S("MPs are expected to vote on Mr Pellow’s suspension next week.",
          N, why="A forecast in the paper's voice."),
    ],
])

# ---------------------------------------------------------------------------
# 2. striker_transfer_record: sports-desk transfer story, curly double
#    quotes, "\n\n", headline, standfirst, byline
# ---------------------------------------------------------------------------
ARTICLES["striker_transfer_record"] = dict(nl="\n\n", paras=[
    [S("Kenwick smash club record with £42m move for Castlemoor striker Jamal Ferrier",
       N, why="Headline: no CLAIM; 'm' is the scale word of the FIGURE.",
       f=[("£42m", "42000000")])],
    [S("The 23-year-old, who scored 27 goals last season, signs a five-year deal and says he is “coming home”",
       N, why="Standfirst: no CLAIM. The two-word partial quotation is a QUOTE by the player, named as in the headline; hyphenated compounds are FIGUREs.",
       q=[("“coming home”", "Jamal Ferrier")],
       f=[("23-year-old", "23"), ("27 goals", "27"), ("five-year", "5")])],
    [S("By Leon Barratt, Football Correspondent", N, why="Byline.")],
    [
        S("Kenwick Athletic have signed striker Jamal Ferrier from Castlemoor Rovers for a club-record fee of £42 million, which could rise to £48 million with add-ons.",
          "", why="The signing reported in the paper's voice; the add-on ceiling is a term of the deal.",
          f=[("£42 million", "42000000"), ("£48 million", "48000000")]),
    ],
    [
        S("The 23-year-old has signed a five-year contract with the option of a further 12 months and will wear the No 9 shirt left vacant by the departure of Lewis Crane.",
          "", why="'No 9' is a shirt number (a label): no FIGURE.",
          f=[("23-year-old", "23"), ("five-year", "5"), ("12 months", "12")]),
    ],
    [
        S("The fee beats the £31.5 million Kenwick paid for midfielder Tomasz Wren two summers ago and is the highest ever paid for a player from outside the Premier Division, according to the transfer analysts Ledger Sports.",
          "Ledger Sports", why="'according to' the analysts. 'two summers ago' is a number with its unit (as 'two years ago').",
          f=[("£31.5 million", "31500000"), ("two summers", "2")]),
    ],
    [
        S("Nadia Osei, head of research at Ledger Sports, says the fee reflects a market in which “proven goalscorers under 25 are the scarcest commodity in the game”.",
          "Nadia Osei", why="Reported speech with a partial quotation; the job description is dropped. 'under 25' is an age with 'under' as approximator (eval9's 'under five'), a FIGURE inside the QUOTE.",
          q=[("“proven goalscorers under 25 are the scarcest commodity in the game”", "Nadia Osei")],
          f=[("under 25", "25")]),
    ],
    [
        S("Ferrier scored 27 goals in 44 appearances for Castlemoor last season, including a hat-trick in their 3-1 win over Kenwick in the third round of the Northern Counties Cup in January.",
          "", why="Season statistics in the paper's voice. The score is one FIGURE, value as printed (eval7-9); 'hat-trick' has no number word; 'third' is an ordinal.",
          f=[("27 goals", "27"), ("44 appearances", "44"), ("3-1", "3-1")]),
    ],
    [
        S("“Jamal is exactly the type of No 9 we have been looking for,” says Kenwick manager Pete Kilbride.",
          N, why="Quotation plus inverted present-tense tag; an opinion. 'manager' is dropped; 'No 9' is no FIGURE.",
          q=[("“Jamal is exactly the type of No 9 we have been looking for,”", "Pete Kilbride")]),
        S("“He scored three past us at Dunlin Road in January and I haven’t stopped thinking about it since.”",
          "Pete Kilbride", why="Continuation quotation asserting a checkable event (the hat-trick against his side), with a quip attached. 'three' counts goals that do not follow.",
          q=[("“He scored three past us at Dunlin Road in January and I haven’t stopped thinking about it since.”", "Pete Kilbride")],
          f=[("three", "3")]),
    ],
    [
        S("Kilbride, 47, says the club had been tracking Ferrier for more than 18 months and first made an offer in June, which Castlemoor rejected.",
          "Kilbride", why="Reported speech with a present-tense tag; bare age after the name is a FIGURE.",
          f=[("47", "47"), ("more than 18 months", "18")]),
    ],
    {"s": [
        S("“When my agent told me Kenwick had called, I didn’t need to think about it,” Ferrier says.",
          N, why="Quotation plus tag; his feeling about the move, not a checkable fact.",
          q=[("“When my agent told me Kenwick had called, I didn’t need to think about it,”", "Ferrier")]),
        S("“I grew up 20 minutes from this ground, and my dad brought me here for my eighth birthday.",
          "Ferrier", why="Continuation quotation (two sentences, one QUOTE) asserting checkable facts about his childhood; 'eighth' is an ordinal.",
          f=[("20 minutes", "20")]),
        S("For me, this is coming home.”",
          N, why="Same quotation; a feeling."),
    ], "q": [("“I grew up 20 minutes from this ground, and my dad brought me here for my eighth birthday. For me, this is coming home.”", "Ferrier")]},
    [
        S("Ferrier joined Kenwick’s academy at the age of nine but was released at 15 and moved to Castlemoor, where he made his first-team debut at 17.",
          "", why="Ages are FIGUREs of the number; 'first-team' is an ordinal.",
          f=[("nine", "9"), ("15", "15"), ("17", "17")]),
        S("He has scored 71 goals in 163 appearances for the club and won four caps for his country, scoring twice.",
          "", why="'twice' is no FIGURE.",
          f=[("71 goals", "71"), ("163 appearances", "163"), ("four caps", "4")]),
    ],
    [
        S("Castlemoor said in a statement that the fee was a record for the club and would be “reinvested in the first team and the academy”.",
          "Castlemoor", why="Reported statement of the club with a partial quotation; the name as the body uses it.",
          q=[("“reinvested in the first team and the academy”", "Castlemoor")]),
        S("Their manager, Ray Doughty, says he did everything he could to keep Ferrier but that the offer was “life-changing for the lad and for this club”.",
          "Ray Doughty", why="Reported speech with a partial quotation; 'manager' is a job description.",
          q=[("“life-changing for the lad and for this club”", "Ray Doughty")]),
        S("“You don’t stand in the way of a boy going home,” Doughty says.",
          N, why="Quotation plus tag; a maxim, not a checkable fact.",
          q=[("“You don’t stand in the way of a boy going home,”", "Doughty")]),
    ],
    [
        S("Kenwick will pay £30 million up front, with the remaining £12 million spread over three years, according to a source at Castlemoor.",
          "source at Castlemoor", why="'according to' an unnamed source: its description without the article. The payment terms are facts of the deal.",
          f=[("£30 million", "30000000"), ("£12 million", "12000000"), ("three years", "3")]),
        S("The deal also gives Castlemoor 15 per cent of any profit on a future sale.",
          "", why="A term of the deal in the paper's voice.",
          f=[("15 per cent", "15")]),
        S("Ferrier’s contract is worth about £85,000 a week, making him the club’s second-highest earner.",
          "", why="'about' is an approximator; 'a week' an article; 'second-highest' an ordinal.",
          f=[("about £85,000", "85000")]),
    ],
    [
        S("Ferrier is Kenwick’s fourth signing of the summer, taking their spending since June to more than £90 million.",
          "", why="'fourth' is an ordinal.",
          f=[("more than £90 million", "90000000")]),
        S("Kenwick finished seventh last season, scoring only 41 league goals, the fewest of any side in the top half of the table.",
          "", why="'seventh' is an ordinal; 'league goals' a compound counted noun; 'half' no FIGURE.",
          f=[("41 league goals", "41")]),
        S("“Forty-one goals isn’t good enough for a club with our ambitions,” Kilbride says.",
          N, why="Quotation plus tag; a judgement. The number still counts goals: a FIGURE.",
          q=[("“Forty-one goals isn’t good enough for a club with our ambitions,”", "Kilbride")],
          f=[("Forty-one goals", "41")]),
        S("“Jamal will help fix that, but he can’t do it on his own.”",
          N, why="Continuation quotation; a prediction and a caution.",
          q=[("“Jamal will help fix that, but he can’t do it on his own.”", "Kilbride")]),
    ],
    [
        S("Ferrier could make his debut against Brackwell Town on Saturday.",
          N, why="A hedged forecast in the paper's voice."),
    ],
])

# ---------------------------------------------------------------------------
# 3. opinion_column_housing: comment-page column, curly double quotes,
#    "\n\n", headline, standfirst, byline, author's bio line
# ---------------------------------------------------------------------------
ARTICLES["opinion_column_housing"] = dict(nl="\n\n", paras=[
    [S("Another missed housing target, another round of excuses. When do we stop pretending?",
       N, why="Headline (a verdict and a question): no CLAIM.")],
    [S("Ministers point to a rise in planning approvals. But the 1.3 million households on council waiting lists cannot live in a planning approval",
       N, why="Standfirst: no CLAIM; its FIGURE is marked.",
       f=[("1.3 million households", "1300000")])],
    [S("By Ruth Penhale", N, why="Byline.")],
    [
        S("My nephew is 31, works full-time as a paramedic and still sleeps in the bedroom he had when he was 12.",
          "", why="A checkable first-person fact in the columnist's (the outlet's) voice; both ages are FIGUREs of the number; 'full-time' is no FIGURE.",
          f=[("31", "31"), ("12", "12")]),
        S("He is, statistically speaking, completely ordinary.",
          N, why="The columnist's characterisation; the figures that bear it out follow in their own sentences."),
    ],
    [
        S("According to the Housing Statistics Board, 38% of adults aged 25 to 34 now live with their parents, up from 21% in 2005.",
          "Housing Statistics Board", why="'According to' the statistics body. An age range is one FIGURE; 'up from' gives a second value; '2005' is a year.",
          f=[("38%", "38"), ("25 to 34", "25-34"), ("21%", "21")]),
        S("Home ownership in the same age group has fallen from 59% to 36% over the same period.",
          "", why="No tag of its own: the column's voice. 'from ... to ...' is two FIGUREs.",
          f=[("59%", "59"), ("36%", "36")]),
    ],
    [
        S("We have become so used to numbers like these that they no longer shock us.",
          N, why="The columnist's opinion about readers."),
        S("They should.", N, why="An opinion."),
    ],
    [
        S("The government’s target is 300,000 new homes a year.",
          "", why="A checkable policy fact. The adjective 'new' ends the span; 'a year' is an article.",
          f=[("300,000", "300000")]),
        S("In the year to March, 212,400 were completed, according to the Department of Housing and Towns, the lowest total in a decade and the ninth year in a row that the target has been missed.",
          "Department of Housing and Towns", why="'according to' the department. '212,400' counts homes that do not follow; 'a decade' is an article, 'ninth' an ordinal.",
          f=[("212,400", "212400")]),
        S("How many more years of this before someone admits that the target is a slogan and not a plan?",
          N, why="A rhetorical question."),
    ],
    [
        S("To be fair to ministers, some of the causes are beyond their control.",
          N, why="The columnist's concession (an opinion)."),
        S("Building costs have risen by about 30% since 2020, and mortgage rates are still more than twice what they were five years ago.",
          "", why="Checkable facts in the column's voice. 'more than twice' holds no FIGURE; 'five years ago' gives 'five years'.",
          f=[("about 30%", "30"), ("five years", "5")]),
    ],
    [
        S("But the Planning and Infrastructure Act, passed 18 months ago with the promise of faster decisions, has so far done the opposite: the average time taken to decide a major application has risen from 31 weeks to 36.",
          "", why="A checkable statistic with its framing; 'from ... to ...' is two FIGUREs, the second counting weeks that do not follow.",
          f=[("18 months", "18"), ("31 weeks", "31"), ("36", "36")]),
        S("Perhaps the new rules simply need time to bed in.",
          N, why="A hedge."),
    ],
    [
        S("I spent 11 years as a housing officer in Kelsford, and I have never met a family that was housed by a press release.",
          "", why="A checkable first-person fact joined to a rhetorical flourish: a CLAIM in the columnist's voice (see docstring).",
          f=[("11 years", "11")]),
    ],
    [
        S("Maya Desai, who runs the housing charity Hearthway, is blunter than I would be.",
          N, why="The columnist's framing of the quotation that follows (a characterisation)."),
        S("“There are 1.3 million households on council waiting lists, and last year we built 8,900 social homes,” she told me.",
          "Maya Desai", why="Quotation plus tag asserting checkable figures. 'she' resolves to Maya Desai. The adjective 'social' ends the second span.",
          q=[("“There are 1.3 million households on council waiting lists, and last year we built 8,900 social homes,”", "Maya Desai")],
          f=[("1.3 million households", "1300000"), ("8,900", "8900")]),
        S("“At that rate, a family joining the list today will be waiting until the next century.”",
          N, why="Continuation quotation; a hyperbolic projection, not a checkable fact.",
          q=[("“At that rate, a family joining the list today will be waiting until the next century.”", "Maya Desai")]),
    ],
    [
        S("The housing minister, Robert Ashcombe, insists that the corner has been turned.",
          "Robert Ashcombe", why="Reported speech of a position: that he insists it is checkable. Job title dropped."),
        S("“Planning approvals rose 14 per cent in the last quarter, and approvals are the best leading indicator we have,” he told MPs last week.",
          "Robert Ashcombe", why="Quotation plus tag asserting a checkable statistic. 'he' resolves to Robert Ashcombe.",
          q=[("“Planning approvals rose 14 per cent in the last quarter, and approvals are the best leading indicator we have,”", "Robert Ashcombe")],
          f=[("14 per cent", "14")]),
    ],
    [
        S("That is true, as far as it goes.",
          N, why="The columnist's concession (a judgement)."),
        S("But approvals are not homes.",
          N, why="A rhetorical point."),
        S("Some 410,000 homes that already have planning permission have not yet been started, according to the Local Councils Association.",
          "Local Councils Association", why="'according to' the association; 'Some' is an approximator.",
          f=[("Some 410,000 homes", "410000")]),
    ],
    [
        S("Meanwhile, private rents rose 8.7% in the year to March, the fastest increase on record, while average pay grew by 4.1%.",
          "", why="Checkable statistics in the column's voice.",
          f=[("8.7%", "8.7"), ("4.1%", "4.1")]),
        S("In Kelsford, a two-bedroom flat now costs an average of £1,450 a month to rent.",
          "", why="'two-bedroom' is a hyphenated compound FIGURE; 'a month' is an article.",
          f=[("two-bedroom", "2"), ("£1,450", "1450")]),
        S("Is it any wonder that young people have given up?",
          N, why="A rhetorical question."),
    ],
    [
        S("What would help?", N, why="A rhetorical question."),
        S("Councils should be allowed to borrow to build again, and at scale.",
          N, why="A prescription (opinion)."),
        S("In the late 1960s they were completing more than 100,000 homes a year; last year the figure was 6,800.",
          "", why="Checkable history in the column's voice; 'the late 1960s' is a decade, not a FIGURE; '6,800' counts homes that do not follow.",
          f=[("more than 100,000 homes", "100000"), ("6,800", "6800")]),
        S("It would not fix everything, and it would not be quick.",
          N, why="A prediction."),
        S("It might, though, give the next generation something better to aim for than a box room in their parents’ house.",
          N, why="A hedged hope."),
    ],
    [
        S("I suspect the next government will make the same promise, in much the same words.",
          N, why="A prediction."),
        S("My nephew, for what it is worth, stopped looking at listings in the spring.",
          "", why="A checkable first-person fact in the columnist's voice."),
        S("I find it hard to blame him.", N, why="An opinion."),
    ],
    [
        S("Ruth Penhale is a former housing officer and the author of “Rooms of Our Own”, a history of council housing.",
          N, why="Author's bio line (boilerplate); the book title in quotation marks is no QUOTE."),
        S("She writes a fortnightly column on cities and public policy.",
          N, why="Author's bio line (boilerplate)."),
    ],
])

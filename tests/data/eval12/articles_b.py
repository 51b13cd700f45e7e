"""Held-out articles, set B (writer b): three original news stories written
for the twelfth evaluation set as they come off the web: scraped article
text with the page furniture a scraper keeps (cf. /work/shared/corpus).
Topic area: economy, business, technology and science. Real public
figures and institutions appear, as real outlets would name them, but
the events, and every quotation and statement attributed to them, are
invented (analysts' and reporters' names are invented too).

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the judgement calls of eval3 to eval11 where they apply.

`boj_rate_hike_wire` is a financial wire site's story (a Bank of Japan
rate hike to 0.75%, Kazuo Ueda's news conference, a dissent, CPI and GDP
data, market reaction with tickers such as (.N225) and (8306.T), a Mizuho
economist, Goldman Sachs' note, the finance minister, bond purchases in
yen) with straight double quotes in the body and single-quoted partial
quotes in the headline and the "Read next" line, "\n" line ends, a
byline, a date/"Updated" stamp, a "Summary" bullet box, a dateline, two
"Advertisement · Scroll to continue" slots, a "Reporting by ...; Editing
by ..." footer and a standards boilerplate line.
`meta_camera_roll_eu_pause` is a tech news site's story (Meta pauses the
EU launch of a camera-roll AI feature after Ireland's Data Protection
Commission steps in; the DPC's deputy commissioner, a Meta spokesperson,
Joel Kaplan, a Forrester analyst, noyb and Henna Virkkunen) with curly
double quotes (American punctuation inside the marks), "\n\n" between
paragraphs, a dek, a byline and timestamp, an image credit line, two
embedded X posts (post text, emoji, a bare URL, then the `— Name
(@handle) date` line), two "Related:" lines, a newsletter sign-up line and
an author bio.
`alpine_glacier_collapse_risk` is a public-broadcaster science page (an
ETH Zürich study mapping unstable Alpine glaciers, five months after the
Blatten collapse) with curly double quotes, "\n", a headline, a
"Published 5 hours ago" stamp, Share/Save buttons, a two-line byline, an
image credit and caption, a short explainer box with its own heading, a
quotation running over two paragraphs, a "Read more:" line and the
"Related topics" / "More on this story" footer.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: headline, dek, bylines, stamps
  (`Updated 18 min ago`, `Published 5 hours ago`: relative publication
  times, no FIGURE, as eval3), the wire's `Summary` box (a title block
  like a dek), dateline (its own item before the lede, as eval8/eval10),
  ad slots, image credits and captions, `Read next:` / `Related:` /
  `Read more:` lines, newsletter line, share/save buttons, topic tags, the
  author bio and the credit footer. QUOTEs and FIGUREs inside them are
  still marked (the headline's `'deeply negative'` -> `Ueda`; the
  Read-next line's `'a closer call'` -> `Bailey`, the only name that line
  gives; the dek's `“less than two weeks”` -> `Ireland’s Data Protection
  Commission`, as the dek names it; the bio's `eight years`; the summary
  bullets' figures, including `One board member`).
- Embedded X posts are shown as blocks, like captions (eval3): their text
  gets no CLAIM, holds no QUOTE (no quotation marks), but its FIGUREs are
  marked (`less than 2 weeks`); the `— Name (@handle) date` line is
  furniture. A feature name in quotation marks (`“cloud processing,”`,
  `'cloud processing'` in the post) is a name, not a QUOTE; `“recaps,”`
  is a single-word scare quote.
- Organisation claimants and speakers take the name at the nearest
  mention: `the BOJ said in a statement`, `The BOJ also said` -> `BOJ`
  (the abbreviation the wire uses there); `according to the internal
  affairs ministry` -> `internal affairs ministry` (a description without
  the article); `LSEG data showed` -> `LSEG`; `Economists at Goldman Sachs
  (GS.N) said` -> `Goldman Sachs` (the team named by its firm, as
  eval8/eval9); `the DPC said` -> `DPC` (the abbreviation the article
  uses there, introduced in the lede); `A Meta spokesperson` / `the
  spokesperson` -> `Meta spokesperson`; `noyb` as the text spells it. In
  the science story the study is attributed to the institution that led
  it (`a study led by researchers at ETH Zürich`, `The team ... found`,
  `The researchers say` -> `ETH Zürich`, as eval9's `researchers at the
  University of Harrowgate` -> `University of Harrowgate`); study facts
  restated with no tag of their own (`Of those 214, 37 sit directly above
  ...`, `The research ... is the first to ...`) are the outlet's voice
  (claimant empty), as eval9. `Switzerland’s Federal Office for the
  Environment` keeps the possessive like the guidelines' `Ukraine’s Air
  Force`.
- Titles and job descriptions go, honorifics stay: `Governor`, `Board
  member`, `Finance Minister`, `chief economist at ...`, `chief global
  affairs officer`, `deputy commissioner`, `principal analyst`,
  `executive vice-president` are dropped; `Prof` (kept, as eval9/eval11
  keep `Prof.`/`Professor`) and `Dr` are kept. Pronouns resolve to the
  nearest naming mention (`He expects` -> `Kenta Ōshima`; `he said` ->
  `Prof Daniel Farinotti`, `Dr Matthias Huss`; `She said` / `she added`
  -> `Dr Aoife Ní Bhriain`; `He said` -> `Nikolai Šťastný`).
- A company reporting its own results passes on its assertion: `The
  company reported ... revenue of $51.24 billion ... and said capital
  expenditure ...` -> claimant `Meta` (eval3, eval8; eval4/eval7 chose the
  outlet's voice, a known split). Market moves, index levels, share prices
  and data with no named source (`The economy shrank an annualised 1.8%
  ...`) are the outlet's voice (claimant empty), as are `Noguchi did not
  respond to a request for comment.` (as `could not be reached for
  comment` in eval11) and `Meta did not say when ...`.
- Reported forecasts and positions are CLAIMs (that they were said is
  checkable): Ueda's conditional plan to keep raising rates, Ōshima's 1%
  forecast, Goldman's note, Katayama's `"cushion households"`, noyb's
  stated plan, Virkkunen's `“must follow the rules, whatever their
  size,”`, the researchers' advice to update the map. `Others are less
  sure.` is a statement about what others think in the outlet's voice: a
  CLAIM (as eval10's `Not everyone was convinced.`). `The BOJ's next
  policy meeting is on Jan. 22-23, when the board will also publish ...`
  states the bank's published calendar: a CLAIM in the outlet's voice,
  not a forecast.
- Quotation plus tag is a CLAIM only when the quoted words assert a
  checkable fact: Ueda's spring-wage sentence, the DPC's `We have asked
  Meta to pause ... and Meta has agreed`, Huss's cameras on three glaciers
  / more than 30 glaciers. Not CLAIMs: `We are not on a pre-set path` (a
  stance on future policy), Ōshima's `a stop on the way` and `The bar for
  pausing ...` (judgements), Meta's `disappointing` complaint, the
  analyst's `testing how far it can push`, Farinotti's `not theoretical`
  and his question and answer, Huss's `main hazard` and `What they need is
  money`, Ní Bhriain's hypothetical `you could have a Blatten tomorrow`.
- The explainer box's heading (a question) gets no CLAIM; its sentences
  are general facts in the outlet's voice, checkable, so they are CLAIMs
  with claimant empty (a box of content, unlike eval9's address/prices
  information box).
- Huss's quotation runs over two paragraphs (newspaper convention): the
  first paragraph holds a tagged QUOTE and then a second QUOTE from its
  reopening mark to the paragraph's final full stop (no closing mark); the
  next paragraph is one QUOTE over two sentences. All are `Dr Matthias
  Huss`'s. Farinotti's continuation quotation (`“The question we asked
  was: ...? The answer is ...”`) is one QUOTE over two sentences.
- FIGUREs: basis points and `bps` are units (`25 basis points`, `25
  bps`, `3 bps` -> 25, 3); `156.20` (yen per dollar, the unit after `per`
  not joined) -> 156.2; `3.0%` keeps its written decimal (`3.0`); yen
  amounts take the scale word and currency (`21.3 trillion yen`, `about
  200 billion yen`, `roughly 2 trillion yen`); `about 300 million Swiss
  francs` and its conversion `(£280m)` are two FIGUREs; `between $70
  billion and $72 billion` is one range (70000000000-72000000000);
  `between 10 and 100 metres` -> 10-100; `nine-member`, `10-year` are
  hyphenated compounds; `One board member` (summary bullet) is a count.
  Counted nouns that do not follow give the bare number: `214 of them` ->
  `214`; `37 sit ...` -> `37`; `more than 30 of them` -> `more than 30`.
  `Of those 214` only refers back to the 214 glaciers already counted: no
  FIGURE. The adjective `Alpine` ends the headline's span (`More than
  80`); `30 years` (`the highest in 30 years`), `roughly 300 residents`,
  `more than 1 billion people`, `27 member states`, `three glaciers`,
  `more than 30 degrees`, `five months`, `five years`, `Ten years` (in
  `Ten years ago`) keep their nouns/units. Approximators inside the span:
  `about`, `around`, `roughly`, `more than`, `less than`, `up to`. A
  FIGURE inside a QUOTE is marked as well (`0.75%` in Ōshima's quotation,
  `less than two weeks`).
- Not FIGUREs: tickers, numeric ones included (`(.N225)`, `(8306.T)`,
  `(8411.T)`, `(GS.N)`), `the only dissenting vote` and `about a quarter`
  (no number word), years, dates and clock times (`2006`, `2027`, `Jan.
  22-23`, `July-September`, `4:12 PM GMT+9`, `Nov 4, 2025, 9:41 AM
  EST`), ordinals (`44th straight month`, `second half`,
  `third-quarter`, `the first to assess`), `one of` as a pronoun, `a few`
  and `a year`/`a month` with the article, `EU/EEA`, the URL and the X
  handles.
"""
from gold_script import N, S

# `boj_rate_hike_wire` is stored with "\r\n" line ends (set when the set was
# assembled), so that every held-out set keeps a CRLF article: offsets
# count the `\r`.
ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. boj_rate_hike_wire: financial wire site, straight double quotes,
#    single-quoted headline quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["boj_rate_hike_wire"] = dict(nl="\r\n", paras=[
    [S("BOJ lifts rates to 0.75%, highest in 30 years; Ueda says real rates still 'deeply negative'",
       N, why="Headline: no CLAIM; its FIGUREs and the single-quoted two-word partial quotation are marked.",
       q=[("'deeply negative'", "Ueda")],
       f=[("0.75%", "0.75"), ("30 years", "30")])],
    [S("By Yuki Tanabe and Padraig O'Hanlon", N, why="Byline.")],
    [S("December 19, 2025 4:12 PM GMT+9 Updated 18 min ago",
       N, why="Date and update stamp: a date, a clock time and a relative publication time, no FIGURE.")],
    [S("Summary", N, why="Heading of the summary box.")],
    [S("BOJ raises short-term rate target by 25 bps to 0.75%",
       N, why="Summary bullet (a title block like a dek): no CLAIM; 'bps' is the unit.",
       f=[("25 bps", "25"), ("0.75%", "0.75")])],
    [S("One board member dissents, wanted to wait",
       N, why="Summary bullet: no CLAIM; 'One board member' is a count.",
       f=[("One board member", "1")])],
    [S("Yen slips, 10-year JGB yield rises 3 bps to 2.01%",
       N, why="Summary bullet: no CLAIM; hyphenated compound, basis points and a level are FIGUREs.",
       f=[("10-year", "10"), ("3 bps", "3"), ("2.01%", "2.01")])],
    [
        S("TOKYO, Dec 19 (Marketline) -",
          N, why="Dateline: furniture, its own item before the lede."),
        S("The Bank of Japan raised its short-term interest rate target by 25 basis points to 0.75% on Friday, the highest in 30 years, as sustained wage gains convinced policymakers that inflation would hold around their 2% target.",
          "", why="The decision reported as an event in the wire's voice.",
          f=[("25 basis points", "25"), ("0.75%", "0.75"), ("30 years", "30"), ("2%", "2")]),
    ],
    [
        S("Governor Kazuo Ueda told reporters that real interest rates, adjusted for inflation, remained \"deeply negative\" and that the bank would keep raising rates if its forecasts were met.",
          "Kazuo Ueda", why="Reported speech with a two-word partial quotation; 'Governor' is a title and is dropped. A reported conditional plan is still reported speech.",
          q=[("\"deeply negative\"", "Kazuo Ueda")]),
    ],
    [
        S("\"We are not on a pre-set path,\" Ueda said.",
          N, why="Quotation plus tag; a stance on future policy, not a checkable fact.",
          q=[("\"We are not on a pre-set path,\"", "Ueda")]),
        S("\"Base pay rose around 3% in this year's spring wage talks, and companies are telling us they will do the same next year.\"",
          "Ueda", why="Continuation quotation asserting checkable facts (the pay settlements; what firms tell the bank): a CLAIM with the tag's speaker. 'around' is an approximator.",
          q=[("\"Base pay rose around 3% in this year's spring wage talks, and companies are telling us they will do the same next year.\"", "Ueda")],
          f=[("around 3%", "3")]),
    ],
    [S("Advertisement · Scroll to continue", N, why="Ad slot (boilerplate).")],
    [
        S("Japan's core consumer prices, which exclude volatile fresh food, rose 3.0% in November from a year earlier, according to the internal affairs ministry, staying above the BOJ's target for a 44th straight month.",
          "internal affairs ministry", why="'according to' the ministry, named by its description without the article. The value keeps its written decimal; '44th' is an ordinal.",
          f=[("3.0%", "3.0")]),
        S("The economy shrank an annualised 1.8% in the July-September quarter as U.S. tariffs hit car exports.",
          "", why="Data in the wire's voice; 'July-September' names months, not a FIGURE.",
          f=[("1.8%", "1.8")]),
    ],
    [
        S("The decision by the nine-member board was not unanimous.",
          "", why="A checkable fact in the wire's voice; 'nine-member' is a hyphenated compound.",
          f=[("nine-member", "9")]),
        S("Board member Asahi Noguchi cast the only dissenting vote, arguing that the bank should wait for clearer signs that consumer spending had recovered, the BOJ said in a statement.",
          "BOJ", why="'the BOJ said in a statement': the bank, by the abbreviation used at this mention. 'Board member' is a job description. 'the only' holds no number word."),
        S("Noguchi did not respond to a request for comment.",
          "", why="A failed attempt to reach him, in the wire's voice (as eval11)."),
    ],
    [
        S("The yen slipped 0.4% to 156.20 per dollar after the decision, while the yield on the 10-year Japanese government bond rose 3 basis points to 2.01%, its highest since 2006.",
          "", why="Market moves in the wire's voice. The exchange rate keeps its decimal; '2006' is a year.",
          f=[("0.4%", "0.4"), ("156.20", "156.2"), ("10-year", "10"), ("3 basis points", "3"), ("2.01%", "2.01")]),
        S("The Nikkei share average (.N225) closed up 1.1%, with banks leading the gains.",
          "", why="Market move in the wire's voice; the ticker's '225' is no FIGURE.",
          f=[("1.1%", "1.1")]),
        S("Mitsubishi UFJ Financial Group (8306.T) rose 3.4% and Mizuho Financial Group (8411.T) gained 2.9%, as investors bet that higher rates would widen the margins they earn on loans.",
          "", why="Share moves and their reason in the wire's voice; the numeric tickers are no FIGUREs.",
          f=[("3.4%", "3.4"), ("2.9%", "2.9")]),
    ],
    [
        S("Overnight index swaps now price in a roughly 40% chance of another hike by June, up from about 25% before Ueda's news conference, LSEG data showed.",
          "LSEG", why="'LSEG data showed': the data provider is the source. Two values, not a range.",
          f=[("roughly 40%", "40"), ("about 25%", "25")]),
    ],
    [
        S("\"The message is that 0.75% is a stop on the way, not the destination,\" said Kenta Ōshima, chief economist at Mizuho Research & Technologies.",
          N, why="Quotation plus inverted tag; an interpretation. The job description is dropped; the FIGURE inside the quotation is marked.",
          q=[("\"The message is that 0.75% is a stop on the way, not the destination,\"", "Kenta Ōshima")],
          f=[("0.75%", "0.75")]),
        S("\"The bar for pausing is now higher than the bar for hiking.\"",
          N, why="Continuation quotation; a judgement.",
          q=[("\"The bar for pausing is now higher than the bar for hiking.\"", "Kenta Ōshima")]),
        S("He expects the rate to reach 1% by the end of next year.",
          "Kenta Ōshima", why="A reported forecast is a position he took: CLAIM. 'He' resolves to the nearest naming mention.",
          f=[("1%", "1")]),
    ],
    [S("Advertisement · Scroll to continue", N, why="Ad slot (boilerplate).")],
    [
        S("Others are less sure.",
          "", why="A statement about what others think, in the wire's voice (as eval10's 'Not everyone was convinced.')."),
        S("Economists at Goldman Sachs (GS.N) said in a note to clients that weak consumer spending and pressure from Prime Minister Sanae Takaichi's government could keep the BOJ on hold until at least the second half of next year.",
          "Goldman Sachs", why="Reported forecast in a note; the team is named by its firm (eval8, eval9). The ticker is no FIGURE; 'second half' an ordinal."),
    ],
    [
        S("Finance Minister Satsuki Katayama told reporters she respected the central bank's independence and that the government's 21.3 trillion yen stimulus package, approved last month, would \"cushion households\" from higher borrowing costs.",
          "Satsuki Katayama", why="Reported speech with a two-word partial quotation; 'Finance Minister' is a title.",
          q=[("\"cushion households\"", "Satsuki Katayama")],
          f=[("21.3 trillion yen", "21300000000000")]),
    ],
    [
        S("The BOJ also said it would keep slowing its purchases of government bonds, cutting them by about 200 billion yen each quarter to roughly 2 trillion yen a month by early 2027, in line with a plan set out last year.",
          "BOJ", why="Reported statement of the bank. 'a month' is an article; '2027' a year.",
          f=[("about 200 billion yen", "200000000000"), ("roughly 2 trillion yen", "2000000000000")]),
    ],
    [
        S("The BOJ's next policy meeting is on Jan. 22-23, when the board will also publish new quarterly growth and price forecasts.",
          "", why="The bank's published calendar stated in the wire's voice: checkable, not a forecast. 'Jan. 22-23' is a date range, not a FIGURE."),
    ],
    [S("Read next: Bank of England cuts rates to 3.75%, Bailey says next move 'a closer call'",
       N, why="Related-story line: no CLAIM; its FIGURE and the single-quoted three-word partial quotation (by the name the line gives) are marked.",
       q=[("'a closer call'", "Bailey")],
       f=[("3.75%", "3.75")])],
    [S("(Reporting by Yuki Tanabe and Padraig O'Hanlon in Tokyo; Additional reporting by Naomi Achterberg in London; Editing by Mark Ellison)",
       N, why="Credit footer.")],
    [S("Our Standards: The Marketline Trust Principles.", N, why="Site boilerplate.")],
])

# ---------------------------------------------------------------------------
# 2. meta_camera_roll_eu_pause: tech news site, curly double quotes,
#    "\n\n", embedded X posts, Related/newsletter lines, author bio
# ---------------------------------------------------------------------------
ARTICLES["meta_camera_roll_eu_pause"] = dict(nl="\n\n", paras=[
    [S("Meta pauses EU launch of AI feature that scans your camera roll after Irish regulator steps in",
       N, why="Headline.")],
    [S("Ireland’s Data Protection Commission says Meta gave it “less than two weeks” of notice before the planned rollout",
       N, why="Dek: no CLAIM. The partial quotation is a QUOTE by the body the dek names; the FIGURE inside it is marked.",
       q=[("“less than two weeks”", "Ireland’s Data Protection Commission")],
       f=[("less than two weeks", "2")])],
    [S("by Priya Raman", N, why="Byline.")],
    [S("Nov 4, 2025, 9:41 AM EST", N, why="Timestamp (a date and a clock time).")],
    [S("Image: Marta Quintero / The Circuit; Getty Images", N, why="Image credit line.")],
    [
        S("Meta has paused the European launch of a Facebook feature that uses its AI to comb through the photos stored on people’s phones and suggest edits, collages and “recaps,” after Ireland’s Data Protection Commission (DPC) raised concerns about how the images would be processed.",
          "", why="The pause reported as an event in the site's voice; '“recaps,”' is a single-word scare quote."),
    ],
    [
        S("The feature, which Meta calls “cloud processing,” has been available to Facebook users in the US and Canada since the summer and was due to switch on this week across the European Union’s 27 member states, as well as Norway, Iceland and Liechtenstein.",
          "", why="The site's voice. The quoted feature name is a name, not a QUOTE; '27 member states' is a count.",
          f=[("27 member states", "27")]),
        S("Once a user opts in, the app uploads photos from their camera roll to Meta’s servers on a rolling basis, where they are analyzed for faces, objects, dates and locations.",
          "", why="How the feature works, stated as fact in the site's voice."),
    ],
    [
        S("In a statement on Monday, the DPC said Meta had told it about the launch “less than two weeks” before it was due to begin and had not yet handed over a data protection impact assessment, a document companies must prepare before processing sensitive data at scale.",
          "DPC", why="Reported statement of the regulator, named by the abbreviation the article uses at this mention. The partial quotation holds the FIGURE.",
          q=[("“less than two weeks”", "DPC")],
          f=[("less than two weeks", "2")]),
    ],
    [
        S("“We have asked Meta to pause the rollout while we examine the processing, and Meta has agreed to do so,” said Graham Doyle, the DPC’s deputy commissioner.",
          "Graham Doyle", why="Quotation plus inverted tag asserting checkable facts (the request and Meta's agreement); the job description is dropped.",
          q=[("“We have asked Meta to pause the rollout while we examine the processing, and Meta has agreed to do so,”", "Graham Doyle")]),
    ],
    [
        S("Statement on Meta's 'cloud processing' feature for Facebook: the DPC has asked Meta to pause the EU/EEA rollout pending our examination.",
          N, why="Embedded X post (a block like a caption): no CLAIM, and no QUOTE (no quotation marks); the single-quoted feature name is a name."),
        S("Meta has agreed.", N, why="Embedded X post."),
        S("Full statement 👇 dataprotection.ie/en/news-media", N, why="Embedded X post: link line."),
    ],
    [S("— Data Protection Commission (@DPCIreland) November 3, 2025",
       N, why="Embed credit line: name, handle and date.")],
    [
        S("A Meta spokesperson said the company had “engaged constructively” with the DPC for months and that the feature was “opt-in, off by default and never used to train our AI models.”",
          "Meta spokesperson", why="Reported speech of an unnamed source (description without the article) with two partial quotations; American punctuation puts the full stop inside the second.",
          q=[("“engaged constructively”", "Meta spokesperson"),
             ("“opt-in, off by default and never used to train our AI models.”", "Meta spokesperson")]),
        S("“It’s disappointing that people in Europe will once again get useful AI features later than everyone else,” the spokesperson said.",
          N, why="Quotation plus tag; a complaint and a prediction. 'the spokesperson' resolves to the description.",
          q=[("“It’s disappointing that people in Europe will once again get useful AI features later than everyone else,”", "Meta spokesperson")]),
    ],
    [S("Related: EU fines Apple and Meta a combined €700 million under the Digital Markets Act",
       N, why="Related-link line: no CLAIM; its FIGURE is marked.",
       f=[("€700 million", "700000000")])],
    [
        S("Joel Kaplan, Meta’s chief global affairs officer, went further in a post on X, calling the pause “another example of Europe regulating itself out of the AI race.”",
          "Joel Kaplan", why="Reported (written) speech: the position he took in the post. Job description dropped.",
          q=[("“another example of Europe regulating itself out of the AI race.”", "Joel Kaplan")]),
    ],
    [
        S("It is not the first time Meta has held back an AI product in Europe at the DPC’s request.",
          "", why="A checkable fact in the site's voice; 'first' is an ordinal."),
        S("In June 2024, the company shelved plans to train its Llama models on public Facebook and Instagram posts by European adults, before going ahead with a revised scheme in May 2025.",
          "", why="Past events in the site's voice; dates are no FIGUREs."),
    ],
    [
        S("The company reported third-quarter revenue of $51.24 billion last week, up 26% from a year earlier, and said capital expenditure this year would be between $70 billion and $72 billion, much of it on data centers for AI.",
          "Meta", why="A company reporting its own results and guidance passes on its assertion (eval3, eval8): 'The company' resolves to Meta. A money range is one FIGURE; 'third-quarter' an ordinal; 'a year' an article.",
          f=[("$51.24 billion", "51240000000"), ("26%", "26"),
             ("between $70 billion and $72 billion", "70000000000-72000000000")]),
        S("Meta says more than 1 billion people use its Meta AI assistant every month across Facebook, Instagram, WhatsApp and Messenger.",
          "Meta", why="Present-tense 'says' tag works like 'said'.",
          f=[("more than 1 billion people", "1000000000")]),
    ],
    [
        S("Under the EU’s General Data Protection Regulation, the DPC can fine a company up to 4% of its global annual turnover.",
          "", why="The law stated in the site's voice; 'up to' is an approximator.",
          f=[("up to 4%", "4")]),
        S("In 2023 it fined Meta a record €1.2 billion over transfers of Europeans’ Facebook data to the US.",
          "", why="A past event in the site's voice; '2023' is a year.",
          f=[("€1.2 billion", "1200000000")]),
    ],
    [
        S("Meta wants to upload your whole camera roll to its servers.",
          N, why="Embedded X post: no CLAIM, no QUOTE."),
        S("No DPIA, less than 2 weeks' notice, and the regulator finds out almost by accident 🙃",
          N, why="Embedded X post: no CLAIM; its FIGURE is marked.",
          f=[("less than 2 weeks", "2")]),
    ],
    [S("— noyb (@NOYBeu) November 3, 2025", N, why="Embed credit line: name, handle and date.")],
    [
        S("The Vienna-based privacy group noyb, founded by the Austrian activist Max Schrems, said it would file a complaint in every EU country if Meta relaunched the feature without changes.",
          "noyb", why="Reported speech (a stated plan) of the group, named as the text spells it."),
    ],
    [
        S("“Meta is testing how far it can push before a regulator pushes back,” said Nikolai Šťastný, a principal analyst at Forrester who covers European privacy.",
          N, why="Quotation plus inverted tag; a characterisation, not a checkable fact. Job description dropped.",
          q=[("“Meta is testing how far it can push before a regulator pushes back,”", "Nikolai Šťastný")]),
        S("He said photos were among the most sensitive data a platform could hold, because they can reveal a person’s health, religion or sexuality, and often show children who have not consented.",
          "Nikolai Šťastný", why="Reported speech; 'He' resolves to the nearest naming mention."),
    ],
    [
        S("Asked about the row at a press conference in Brussels, Henna Virkkunen, the European Commission’s executive vice-president for tech sovereignty, said companies “must follow the rules, whatever their size,” and that the Commission was in close contact with the Irish regulator.",
          "Henna Virkkunen", why="Reported speech of a position and a fact, with a partial quotation; the comma inside the closing mark is inside the QUOTE. Job title dropped.",
          q=[("“must follow the rules, whatever their size,”", "Henna Virkkunen")]),
    ],
    [
        S("Meta did not say when it expects to launch the feature in Europe.",
          "", why="A checkable fact in the site's voice (what the company did not say)."),
        S("Users in the US and Canada are not affected.",
          "", why="A checkable fact in the site's voice."),
    ],
    [S("Sign up for Circuit Breaker, our weekly newsletter on the people and policies shaping tech.",
       N, why="Newsletter sign-up line (boilerplate).")],
    [S("Related: Meta AI is coming to WhatsApp in Europe — here’s how to turn it off",
       N, why="Related-link line.")],
    [
        S("Priya Raman is a senior reporter at The Circuit covering privacy, platforms and AI policy.",
          N, why="Author bio line (boilerplate)."),
        S("She previously covered EU tech regulation from Brussels for eight years.",
          N, why="Author bio line: no CLAIM; its FIGURE is marked, as in bylines.",
          f=[("eight years", "8")]),
    ],
])

# ---------------------------------------------------------------------------
# 3. alpine_glacier_collapse_risk: public-broadcaster science page, curly
#    double quotes, "\n", captions with credit, explainer box
# ---------------------------------------------------------------------------
ARTICLES["alpine_glacier_collapse_risk"] = dict(nl="\n", paras=[
    [S("Glacier collapse: More than 80 Alpine villages at risk, study warns",
       N, why="Headline: no CLAIM; the adjective 'Alpine' ends the FIGURE span.",
       f=[("More than 80", "80")])],
    [S("Published 5 hours ago", N, why="Publication stamp: a relative time, no FIGURE (eval3).")],
    [S("Share", N, why="Share button (boilerplate).")],
    [S("Save", N, why="Save button (boilerplate).")],
    [S("Eleanor Whitby", N, why="Byline (name).")],
    [S("Science reporter", N, why="Byline (role).")],
    [S("Getty Images", N, why="Image credit.")],
    [S("Most of the Swiss village of Blatten was buried when the Birch glacier collapsed in May",
       N, why="Image caption.")],
    [
        S("More than 80 villages and towns in the Alps lie below glaciers that could collapse or unleash floods of meltwater as the climate warms, according to a study led by researchers at ETH Zürich.",
          "ETH Zürich", why="'according to a study led by researchers at ETH Zürich': the research team named by its institution (eval9).",
          f=[("More than 80 villages", "80")]),
    ],
    [
        S("The team mapped 4,012 glaciers in Switzerland, France, Italy and Austria and found that 214 of them showed signs of instability, such as widening crevasses, rapid thinning or rock piling up on the ice.",
          "ETH Zürich", why="The team's finding ('found that'): claimant named as for the lede. '214' counts glaciers that do not follow it.",
          f=[("4,012 glaciers", "4012"), ("214", "214")]),
        S("Of those 214, 37 sit directly above homes, roads or railway lines.",
          "", why="No tag of its own: the outlet's voice (eval9). 'Of those 214' refers back to the glaciers already counted: no FIGURE; '37' is a new count.",
          f=[("37", "37")]),
    ],
    [
        S("The research, published in the journal Nature Geoscience, is the first to assess the whole Alpine chain for this kind of hazard.",
          "", why="A checkable fact in the outlet's voice; 'first' is an ordinal."),
        S("It comes five months after a mass of ice and rock from the Birch glacier buried most of the village of Blatten in the canton of Valais.",
          "", why="A past event in the outlet's voice.",
          f=[("five months", "5")]),
        S("The village’s roughly 300 residents had been evacuated days earlier, after geologists spotted movement on the mountain above.",
          "", why="A past event in the outlet's voice; 'roughly' is an approximator.",
          f=[("roughly 300 residents", "300")]),
    ],
    {"s": [
        S("“Blatten showed us that these events are not theoretical,” said Prof Daniel Farinotti, a glaciologist at ETH Zürich and one of the study’s authors.",
          N, why="Quotation plus inverted tag; a characterisation, not a checkable fact. 'Prof' kept (eval9, eval11), the job description dropped; 'one of' is a pronoun.",
          q=[("“Blatten showed us that these events are not theoretical,”", "Prof Daniel Farinotti")]),
        S("“The question we asked was: how many other Blattens are out there?",
          N, why="Continuation quotation: a question."),
        S("The answer is more than we expected.”",
          N, why="Same quotation: a judgement relative to expectations."),
    ], "q": [("“The question we asked was: how many other Blattens are out there? The answer is more than we expected.”", "Prof Daniel Farinotti")]},
    [
        S("The team combined satellite images taken between 2015 and 2025 with laser surveys from aircraft and drones to measure how fast each glacier was moving and thinning, he said.",
          "Prof Daniel Farinotti", why="Reported speech; 'he' resolves to the nearest naming mention. A span of years is no FIGURE."),
        S("He said the glaciers of greatest concern sat on slopes of more than 30 degrees, where thawing permafrost was loosening the rock beneath and around the ice.",
          "Prof Daniel Farinotti", why="Reported speech.",
          f=[("more than 30 degrees", "30")]),
    ],
    [S("How do glaciers collapse?", N, why="Explainer box heading (a question).")],
    [
        S("Glaciers are slow-moving masses of ice built up over centuries from compacted snow.",
          "", why="Explainer box: a general fact in the outlet's voice (see docstring)."),
        S("Most move downhill by between 10 and 100 metres a year.",
          "", why="Explainer box: a checkable fact; a range is one FIGURE; 'a year' is an article.",
          f=[("between 10 and 100 metres", "10-100")]),
    ],
    [
        S("As temperatures rise, meltwater seeps into cracks and lubricates the base of the ice, while the permafrost that binds rock to steep mountain faces thaws.",
          "", why="Explainer box: a general mechanism stated as fact."),
        S("That can make a glacier slide suddenly, or send rock crashing onto it until the weight becomes too much, as happened at Blatten.",
          "", why="Explainer box: a general mechanism and a past event, checkable."),
    ],
    [
        S("Swiss glaciers lost 3% of their volume in 2025 alone and about a quarter over the past decade, according to the monitoring network Glamos.",
          "Glamos", why="'according to' the monitoring network. '2025' is a year; 'about a quarter' has no number word.",
          f=[("3%", "3")]),
    ],
    [
        S("Dr Matthias Huss, who heads Glamos, said the way mountain communities thought about ice had changed within a generation.",
          "Dr Matthias Huss", why="Reported speech; 'Dr' kept."),
    ],
    {"s": [
        S("“Ten years ago we had cameras on three glaciers in Switzerland,” he said.",
          "Dr Matthias Huss", why="Quotation plus tag asserting a checkable fact. 'Ten years ago' gives 'Ten years' (eval9).",
          q=[("“Ten years ago we had cameras on three glaciers in Switzerland,”", "Dr Matthias Huss")],
          f=[("Ten years", "10"), ("three glaciers", "3")]),
        S("“Today we watch more than 30 of them around the clock.",
          "Dr Matthias Huss", why="Continuation quotation asserting a checkable fact; 'more than 30' counts glaciers that do not follow.",
          f=[("more than 30", "30")]),
        S("In some valleys, the glacier is no longer a postcard, it is the main hazard.",
          N, why="Same quotation: a characterisation. The quotation runs on into the next paragraph, so no closing mark here."),
    ], "q": [("“Today we watch more than 30 of them around the clock. In some valleys, the glacier is no longer a postcard, it is the main hazard.", "Dr Matthias Huss")]},
    {"s": [
        S("“The communities know this.",
          N, why="Second paragraph of the running quotation: a vague characterisation."),
        S("What they need is money for monitoring and, in a few cases, the honesty to say that a village cannot stay where it is.”",
          N, why="Same quotation: an opinion. 'a few' is no FIGURE."),
    ], "q": [("“The communities know this. What they need is money for monitoring and, in a few cases, the honesty to say that a village cannot stay where it is.”", "Dr Matthias Huss")]},
    [
        S("Switzerland’s Federal Office for the Environment said it spends about 300 million Swiss francs (£280m) a year on protection against natural hazards such as avalanches, floods and rock falls, and that early-warning systems for glaciers were being expanded.",
          "Switzerland’s Federal Office for the Environment", why="Reported statement of the office, named with its possessive (as 'Ukraine’s Air Force'). The amount and its conversion are two FIGUREs; 'a year' is an article.",
          f=[("about 300 million Swiss francs", "300000000"), ("£280m", "280000000")]),
    ],
    [S("Read more: The village that was buried by a glacier — and the people trying to rebuild it",
       N, why="Related-story line.")],
    [
        S("Dr Aoife Ní Bhriain, a glaciologist at the University of Leeds who was not involved in the study, said the findings were “a wake-up call for every mountain country”.",
          "Dr Aoife Ní Bhriain", why="Reported speech with a partial quotation (British punctuation: full stop outside the mark).",
          q=[("“a wake-up call for every mountain country”", "Dr Aoife Ní Bhriain")]),
        S("She said similar risks existed in the Himalayas and the Andes, where far more people live below glaciers and monitoring is patchy.",
          "Dr Aoife Ní Bhriain", why="Reported speech; 'She' resolves to the nearest naming mention."),
        S("“In Nepal or Peru, you could have a Blatten tomorrow and nobody would see it coming,” she added.",
          N, why="Quotation plus tag; a hypothetical warning, not a checkable fact.",
          q=[("“In Nepal or Peru, you could have a Blatten tomorrow and nobody would see it coming,”", "Dr Aoife Ní Bhriain")]),
    ],
    [
        S("The researchers say their hazard map, which has been published online, should be updated every five years as the glaciers continue to retreat.",
          "ETH Zürich", why="Reported position of the research team, named by its institution as in the lede.",
          f=[("five years", "5")]),
        S("The study was funded by the Swiss National Science Foundation.",
          "", why="A checkable fact in the outlet's voice."),
    ],
    [S("Related topics", N, why="Topic-tag heading (boilerplate).")],
    [S("Climate change", N, why="Topic tag.")],
    [S("Switzerland", N, why="Topic tag.")],
    [S("Glaciers", N, why="Topic tag.")],
    [S("More on this story", N, why="Related-stories heading.")],
    [S("Swiss village of Blatten largely destroyed by glacier collapse", N, why="Related-story link.")],
])

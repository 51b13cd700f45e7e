"""Held-out articles, set C (writer c): three original news stories written
for the fourteenth evaluation set as text scraped off the English-language
services of European broadcasters and agencies (body plus the page
furniture a scraper keeps, cf. /work/shared/corpus), at ordinary
broadcaster and agency-copy density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
three real scraped articles in /work/shared/corpus and the conventions of
the earlier sets (eval3-eval13).

`merz_budget_gap_row` is a DW (Deutsche Welle) politics story (a row in
Friedrich Merz's CDU/CSU-SPD coalition over a gap in the 2027 federal
budget: Lars Klingbeil, Jens Spahn, Merz, a Finance Ministry paper,
Destatis, Alice Weidel of the AfD, an Infratest dimap poll for ARD,
Katharina Dröge of the Greens, Clemens Fuest of the Ifo Institute) with
straight double quotes and straight apostrophes and "\\n" line ends:
section line, headline, two-sentence dek, `Published: 14.03.2026`, a
caption with an `Image: Kay Nietfeld/dpa/picture alliance` credit, DW
subheadings (one with a single-quoted word), a `Read more:` line, the
agency sign-off `mf/rc (dpa, AFP, Reuters)` and an `Edited by:` line.
Quotes are translated from German and given to German media (`told public
broadcaster ZDF`, `told the German news agency dpa`, `told Deutschlandfunk
radio`, `told the Handelsblatt newspaper`); money in euros with a dollar
conversion in brackets; DW's American spelling (`center-left`, `defense`).
`eu_tiktok_dsa_fine` is a Euronews (Euronews Next) tech-policy story (the
European Commission fines TikTok under the Digital Services Act: Henna
Virkkunen, a TikTok spokesperson, Emmanuel Macron on X, Karsten Wildberger
to ARD, Dutch MEP Kim van Sparrentak, analysts on ByteDance) with curly
double quotes and curly apostrophes and "\\n\\n" line ends: section line,
headline, two-sentence dek, byline, `Published on 12/03/2026 - 13:04 GMT+1
• Updated ...` stamp, `Share this article`, a caption with a `Copyright AP
Photo` credit, an `ADVERTISEMENT` slot and a `Read more:` line; a
two-sentence quotation in one paragraph (paragraph dict).
`valais_avalanche_la_sage` is a swissinfo.ch (SWI) Keystone-SDA item (an
avalanche buries chalets in La Sage above Evolène, Valais: the Valais
cantonal police and their spokeswoman to RTS, MeteoSwiss, the SLF and its
forecaster to Keystone-SDA, Evolène's municipal president, Zermatt Tourism,
the Matterhorn Gotthard Bahn, Defence Minister Martin Pfister) with curly
double quotes and curly apostrophes and "\\n" line ends: site line,
headline, `This content was published on ...` stamp, a caption with a
`Keystone / ...` credit, a `You might also be interested in` box with a
linked title, the `Translated from French by DeepL/ts` line and the
external-editorial-team boilerplate; money in Swiss francs (`CHF 1.5
billion`), `per cent` spelled out, diacritics in names and places (`Evolène`, `Täsch`, `Métrailler`,
`Dürr`; `Dröge` in the DW story).

Real public figures and institutions appear (Friedrich Merz, Lars
Klingbeil, Jens Spahn, Alice Weidel, Katharina Dröge, Clemens Fuest,
Destatis, Infratest dimap, ARD, ZDF, dpa, Henna Virkkunen, Emmanuel Macron,
Karsten Wildberger, Kim van Sparrentak, TikTok, ByteDance, the European
Commission, Martin Pfister, MeteoSwiss, the SLF, RTS, Keystone-SDA, Air
Zermatt, Air-Glaciers, the Matterhorn Gotthard Bahn, Zermatt Tourism), as
those outlets would name them, but the events, figures and every quoted or
reported word are invented (the X fine of December 2025 and Evolène's 1999
avalanche are given as background); the reporters, editors, the police
spokeswoman, the SLF forecaster, the municipal president and the victims
are invented people.

Judgement calls (earlier sets' calls followed: approximators inside the
span; years, dates, clock times, ordinals not FIGUREs; titles and job
descriptions dropped from names, honorifics kept; a bare number counting a
noun that does not follow it is a FIGURE of the number alone; an adjective
between number and noun ends the span, a noun modifier stays; a numeral
referring back to a known group is no FIGURE; `a year` / `a few days` no
FIGURE; `per cent` is the unit of a percentage; headline, dek, byline,
stamps, captions and credits, `Read more` lines get no CLAIM, their QUOTEs
and FIGUREs are marked; the outlet's own reporting has an empty claimant;
quotation plus tag is a CLAIM only when the quoted words assert something
checkable). New calls:
- European broadcaster furniture gets no CLAIM: DW's section line and
  subheadings (`Conservatives rule out tax hikes`, `AfD accuses coalition
  of 'chaos'` - its single quoted word is a scare quote), the agency
  sign-off `mf/rc (dpa, AFP, Reuters)`, `Edited by: ...`; Euronews's
  `Share this article` and `ADVERTISEMENT`; swissinfo's `SWI swissinfo.ch`
  site line, `This content was published on ...` stamp, the `You might
  also be interested in` box and its linked title, `Translated from French
  by DeepL/ts`, and the external-editorial-team boilerplate (a note about
  the page, not about the world). Photo credits with agency and
  photographer (`Image: Kay Nietfeld/dpa/picture alliance`, `Copyright AP
  Photo`, `Keystone / Jean-Christophe Bott`) are caption furniture.
- `told public broadcaster ZDF`, `told the German news agency dpa`,
  `told broadcaster ARD`, `told Swiss public broadcaster RTS`, `told the
  Keystone-SDA news agency`: the medium is where the words were given, not
  the source; speaker and claimant are the person. Quotes the outlet
  translated (from German or French) are QUOTEs of the original speaker
  like any other.
- Money: the currency sign or code stays in the span, the value is the
  amount (`around €34 billion` -> 34000000000; `CHF 1.5 billion` with its
  space -> 1500000000). A conversion in brackets is a second FIGURE
  (`($37 billion)` -> `$37 billion`, `(€138 billion)`). `above €250,000`
  style thresholds keep `above` as an approximator (like `over`); in
  `children under 15` and `a user under 18` the age threshold is a FIGURE
  with `under` (value 15, 18).
- `level 4, "high", on its five-level scale` (SLF avalanche danger): the
  danger level is read like eval10's `magnitude 6.8`, a number after a
  scale word: FIGURE `4`; `five-level` is a hyphenated compound (value 5).
  The single quoted word `“high”` is a scare quote. `the second-highest
  danger level` is an ordinal.
- `60 working days`: `working days` is one compound noun (like `rescue
  helicopters`), so it stays in the span. `two Super Puma helicopters`:
  the model name is a noun modifier and stays (eval13's `two NH90
  helicopters`). `six avalanche dogs` likewise. `around 159 million
  monthly users`: the adjective `monthly` ends the span. `an average of 23
  people`: `an average of` is not an approximator and stays out (value
  23). `60-minute`, `13-year-old`, `seven-year-old`, `71-year-old` and
  the other ages are hyphenated compounds.
- Headline `two dead and one missing` (Swiss item): elided participles
  as eval11's `23 hurt`: the bare numbers `two` and `one` (here `one` is
  a count, not a pronoun). In the lede `one person is still missing` ->
  `one person` (value 1). `The two people who died` refers back to the
  two dead of the lede: no FIGURE; `nine of the 12 people` -> `nine` and
  `12 people`.
- Claimants: `according to a Finance Ministry paper seen by DW` and `the
  paper says` -> `Finance Ministry paper` (a document without a named
  author, as eval13's `budget papers`); `according to the Federal
  Statistical Office (Destatis)` -> `Federal Statistical Office` (without
  the bracketed abbreviation, eval13); `A survey by Infratest dimap for
  public broadcaster ARD ... put the AfD on 26%` -> the pollster
  `Infratest dimap` (eval9/eval13); `Most economists expect` -> `Most
  economists` (a description, as eval13's `Locals`); `The Commission
  said` -> `European Commission` (the name at its nearest full mention);
  `according to figures it reports to the Commission` -> `TikTok`;
  `analysts estimate` -> `analysts` (a sentence whose first clause is the
  outlet's voice and whose second passes on the estimate takes the
  estimate's source, eval9); `police said` / `police added` / `police
  said in a statement` -> `Valais cantonal police`; `The railway said`
  -> `Matterhorn Gotthard Bahn`; `the SLF said` / `According to the SLF`
  -> `SLF`, the form the sentence uses.
- Positions taken are CLAIMs of whoever took them (as the guidelines'
  `accused`): `Jens Spahn rejected the proposal out of hand`, `Macron ...
  welcomed the fine`, `Weidel ... accused the government of ... and called
  for a snap election`. `The European Commission ... fined TikTok ...,
  saying ...` mixes an act with its stated reasons: claimant `European
  Commission`. Acts reported without any statement (`The WSL Institute ...
  had raised the avalanche danger`) are in the outlet's voice.
- Scheduled events (`Coalition leaders are due to meet ... on Tuesday`,
  `The cabinet is set to adopt the draft 2027 budget at the end of June`)
  state a published calendar: CLAIMs in the outlet's voice, as eval12's
  BOJ meeting calendar. `Most economists expect growth of around 1%` is a
  reported forecast: a CLAIM (that it is expected is checkable).
- Speakers and claimants take the name the text uses at the nearest
  mention: `Klingbeil`, `Spahn` (also for the following `He said`),
  `Friedrich Merz` (also for `he said`), `Alice Weidel`, `Katharina Dröge`
  (for `she told`), `Clemens Fuest` (for `he said`), `Virkkunen` (the tag
  form), `TikTok spokesperson` (an unnamed spokesperson keeps the
  description without the article), `Emmanuel Macron` (for `he wrote on
  X`), `Karsten Wildberger`, `Kim van Sparrentak` (the particle `van` is
  part of the name), `Nathalie Crettenand` (also for `she said`), `Lukas
  Dürr`, `Damien Métrailler`, `Martin Pfister`. Dropped as titles or job
  descriptions: `Finance Minister`, `Chancellor`, `CDU/CSU parliamentary
  group leader`, `co-leader of ...`, `president of ...`, `the Commission's
  executive vice-president for ...`, `French President`, `Germany's
  Digital Minister`, `Dutch Greens MEP`, `police spokeswoman`, `SLF
  avalanche forecaster`, `Evolène's municipal president`, `Defence
  Minister`.
- Quotation plus tag: CLAIM for Spahn's `Tax increases are not in the
  coalition agreement` (a checkable fact alongside a pledge), Virkkunen's
  `TikTok knew about these risks for years and chose not to act`, the
  TikTok spokesperson's €2 billion and screen-time limit, Wildberger's
  `The investigation took more than two years.` and the police
  spokeswoman's snow depth. No CLAIM for Klingbeil's `We cannot save our
  way out ...` (a judgement and a pledge) and `Those who earn the most can
  carry a little more.`, Merz's `Germans did not elect us to argue in
  public`, Dröge's `The debt brake is strangling investment ...`, Fuest's
  two quotations (judgement, prediction), Virkkunen's `not test subjects`,
  TikTok's `This decision ignores the facts ...`, Macron's post, the
  second half of Wildberger's quotation, Dürr's generalisation, the
  municipal president's `The whole valley is in shock` and Pfister's
  pledge.
- Wildberger's two-sentence quotation is one QUOTE (paragraph dict), with
  a decision per inner sentence; the tag `he said` belongs to the second.
- `a decision that drew sharp criticism from the Trump administration`
  reports the criticism as an event inside the outlet's own background
  sentence: claimant empty. `ByteDance ... does not publish full financial
  results` is the outlet's fact, but its sentence goes on to pass on the
  analysts' estimate, so it takes `analysts` (see Claimants above).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. merz_budget_gap_row: DW politics story, straight quotes, "\n",
#    section line, dek, Published stamp, caption with dpa credit,
#    subheadings, Read more line, agency sign-off, Edited by line
# ---------------------------------------------------------------------------
ARTICLES["merz_budget_gap_row"] = dict(nl="\n", paras=[
    [S('''Politics | Germany''', N, why="Section line (furniture).")],
    [S('''Merz coalition split over €34 billion hole in 2027 budget''',
       N, why="Headline: no CLAIM; its FIGURE is marked ('2027' is a year).",
       f=[("€34 billion", "34000000000")])],
    [
        S('''Finance Minister Lars Klingbeil wants the highest earners to pay more, while Chancellor Friedrich Merz's conservatives are pushing for welfare cuts.''',
          N, why="Dek (title block): no CLAIM."),
        S('''The dispute is the sharpest since the coalition took office in May 2025.''',
          N, why="Dek (title block): no CLAIM; 'May 2025' is a date."),
    ],
    [S('''Published: 14.03.2026''', N, why="Publication stamp (a date).")],
    [
        S('''Lars Klingbeil (left) and Friedrich Merz have until the end of June to agree on a draft budget''',
          N, why="Photo caption: no CLAIM."),
        S('''Image: Kay Nietfeld/dpa/picture alliance''', N, why="Photo credit (part of the caption line)."),
    ],
    [S('''Germany's coalition government was locked in a bitter dispute on Saturday over how to close a gap of around €34 billion ($37 billion) in next year's federal budget, with leaders of the conservative CDU/CSU bloc and the center-left Social Democrats (SPD) trading blame in public.''',
       "", why="The lede in DW's own voice. The dollar conversion in brackets is a second FIGURE.",
       f=[("around €34 billion", "34000000000"), ("$37 billion", "37000000000")])],
    [S('''Finance Minister Lars Klingbeil, who is also vice chancellor and SPD co-leader, said on Friday that the shortfall could not be closed by spending cuts alone and proposed raising the income tax rate paid by the highest earners from 45% to 48%.''',
       "Lars Klingbeil", why="Reported speech and a proposal; the title goes. A before and an after: two FIGUREs.",
       f=[("45%", "45"), ("48%", "48")])],
    [
        S('''"We cannot save our way out of a hole of this size without cutting into pensions, schools or the armed forces, and we will not do that," Klingbeil told public broadcaster ZDF on Friday evening.''',
          N, why="Quotation plus tag; a judgement and a pledge, not a checkable fact. ZDF is where it was said, not the speaker.",
          q=[('''"We cannot save our way out of a hole of this size without cutting into pensions, schools or the armed forces, and we will not do that,"''', "Klingbeil")]),
        S('''"Those who earn the most can carry a little more."''',
          N, why="Continuation quotation; an opinion.",
          q=[('''"Those who earn the most can carry a little more."''', "Klingbeil")]),
    ],
    [S('''Conservatives rule out tax hikes''', N, why="Subheading (furniture).")],
    [
        S('''CDU/CSU parliamentary group leader Jens Spahn rejected the proposal out of hand.''',
          "Jens Spahn", why="A position taken (like 'accused'): CLAIM of Spahn; the job title goes."),
        S('''"Tax increases are not in the coalition agreement, and they will not happen with us," Spahn told the German news agency dpa.''',
          "Spahn", why="Quotation plus tag; asserts a checkable fact (what the coalition agreement says) besides a pledge. dpa is the medium, not the speaker.",
          q=[('''"Tax increases are not in the coalition agreement, and they will not happen with us,"''', "Spahn")]),
        S('''He said the government should instead save up to €12 billion by tightening the rules for welfare payments to long-term jobseekers and by scrapping subsidies that were no longer needed.''',
          "Spahn", why="Reported speech; 'He' resolves to Spahn (nearest naming mention).",
          f=[("up to €12 billion", "12000000000")]),
    ],
    [
        S('''Chancellor Friedrich Merz, who had so far stayed out of the row, told a CDU event in Stuttgart on Friday evening that the coalition would "find a solution together" before the summer break.''',
          "Friedrich Merz", why="Reported speech with a three-word partial quotation; 'Chancellor' is a title.",
          q=[('''"find a solution together"''', "Friedrich Merz")]),
        S('''"Germans did not elect us to argue in public," he said.''',
          N, why="Quotation plus tag; rhetoric, not a checkable fact. 'he' resolves to Friedrich Merz.",
          q=[('''"Germans did not elect us to argue in public,"''', "Friedrich Merz")]),
    ],
    [S('''Weak growth, higher interest costs''', N, why="Subheading (furniture).")],
    [
        S('''According to a Finance Ministry paper seen by DW, the gap is mainly the result of higher interest payments, rising contributions to the pension system and weaker-than-expected tax revenue.''',
          "Finance Ministry paper", why="Attributed to a document without a named author (as eval13's 'budget papers')."),
        S('''Interest costs alone are set to rise to €38.5 billion in 2027, up from €30 billion this year, the paper says.''',
          "Finance Ministry paper", why="'the paper' resolves to the Finance Ministry paper. An after and a before: two FIGUREs.",
          f=[("€38.5 billion", "38500000000"), ("€30 billion", "30000000000")]),
    ],
    [
        S('''Germany's economy grew by just 0.3% last year after two years of contraction, according to the Federal Statistical Office (Destatis).''',
          "Federal Statistical Office", why="'according to' names the office; the bracketed abbreviation is left out of the claimant (eval13).",
          f=[("0.3%", "0.3"), ("two years", "2")]),
        S('''Most economists expect growth of around 1% this year, helped by higher government spending on infrastructure and defense.''',
          "Most economists", why="A reported forecast of a described group: that it is expected is checkable.",
          f=[("around 1%", "1")]),
    ],
    [
        S('''In March 2025, even before Merz took office, the Bundestag approved a €500 billion special fund for infrastructure and exempted most defense spending from the debt brake, the constitutional limit on new borrowing.''',
          "", why="Background in DW's voice; 'March 2025' is a date. The adjective 'special' ends the span.",
          f=[("€500 billion", "500000000000")]),
        S('''But the debt brake still applies to the bulk of the regular budget, which is set to total around €520 billion next year.''',
          "", why="Background in DW's voice.",
          f=[("around €520 billion", "520000000000")]),
    ],
    [S('''Read more: German unemployment tops 3 million for first time in a decade''',
       N, why="Read-more line: no CLAIM; its FIGURE is marked ('first' is an ordinal, 'a decade' has the article).",
       f=[("3 million", "3000000")])],
    [S('''AfD accuses coalition of 'chaos\'''',
       N, why="Subheading (furniture); the single quoted word is a scare quote, not a QUOTE.")],
    [
        S('''Alice Weidel, co-leader of the far-right Alternative for Germany (AfD), accused the government of "chaos and broken promises" and called for a snap election.''',
          "Alice Weidel", why="'accused' passes on her position; a four-word partial quotation is a QUOTE.",
          q=[('''"chaos and broken promises"''', "Alice Weidel")]),
        S('''A survey by Infratest dimap for public broadcaster ARD, published on Thursday, put the AfD on 26%, ahead of the CDU/CSU on 24% and the SPD on 14%.''',
          "Infratest dimap", why="A poll's findings take the pollster as claimant (eval9/eval13), not the broadcaster that commissioned it.",
          f=[("26%", "26"), ("24%", "24"), ("14%", "14")]),
    ],
    [
        S('''Katharina Dröge, who co-leads the Greens' parliamentary group, said the coalition had spent months arguing instead of reforming the debt brake.''',
          "Katharina Dröge", why="Reported speech; 'months' has no number word."),
        S('''"The debt brake is strangling investment in this country, and everyone in this coalition knows it," she told Deutschlandfunk radio.''',
          N, why="Quotation plus tag; an opinion. 'she' resolves to Katharina Dröge.",
          q=[('''"The debt brake is strangling investment in this country, and everyone in this coalition knows it,"''', "Katharina Dröge")]),
    ],
    [
        S('''Clemens Fuest, president of the Munich-based Ifo Institute, told the Handelsblatt newspaper that a higher top tax rate would bring in at most €4 billion a year.''',
          "Clemens Fuest", why="Reported speech (an estimate he gave); the job description goes. 'at most' is an approximator; 'a year' has the article.",
          f=[("at most €4 billion", "4000000000")]),
        S('''"The gap is simply too big to be closed with a single instrument," he said.''',
          N, why="Quotation plus tag; a judgement. 'a single' is no FIGURE. 'he' resolves to Clemens Fuest.",
          q=[('''"The gap is simply too big to be closed with a single instrument,"''', "Clemens Fuest")]),
        S('''"It will take savings, it will take reforms, and it will probably take some revenue as well."''',
          N, why="Continuation quotation; a prediction.",
          q=[('''"It will take savings, it will take reforms, and it will probably take some revenue as well."''', "Clemens Fuest")]),
    ],
    [
        S('''Coalition leaders are due to meet at the chancellery in Berlin on Tuesday evening.''',
          "", why="A scheduled meeting stated as fact in DW's voice (as eval12's BOJ calendar)."),
        S('''The cabinet is set to adopt the draft 2027 budget at the end of June, before it goes to the Bundestag for debate in September.''',
          "", why="The published budget calendar in DW's voice; '2027' is a year."),
    ],
    [S('''mf/rc (dpa, AFP, Reuters)''', N, why="Agency sign-off (furniture).")],
    [S('''Edited by: Jonas Reinholt''', N, why="Editor line (furniture).")],
])

# ---------------------------------------------------------------------------
# 2. eu_tiktok_dsa_fine: Euronews Next story, curly quotes, "\n\n",
#    section line, dek, byline, stamp, share line, caption with credit,
#    ADVERTISEMENT slot, a two-sentence quotation, Read more line
# ---------------------------------------------------------------------------
ARTICLES["eu_tiktok_dsa_fine"] = dict(nl="\n\n", paras=[
    [S("Euronews Next | Tech News", N, why="Section line (furniture).")],
    [S("EU fines TikTok €530 million for failing to protect children under Digital Services Act",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("€530 million", "530000000")])],
    [
        S("The Commission says the platform’s age checks were easy to get around and its feed pushed minors towards harmful videos.",
          N, why="Dek (title block): no CLAIM."),
        S("TikTok says it will appeal.", N, why="Dek (title block): no CLAIM."),
    ],
    [S("By Marta Iglesias Roca", N, why="Byline.")],
    [S("Published on 12/03/2026 - 13:04 GMT+1 • Updated 15:37 GMT+1",
       N, why="Publication stamp: a date, clock times and a time zone, no FIGURE.")],
    [S("Share this article", N, why="Share button (furniture).")],
    [
        S("A teenager scrolls through TikTok on a smartphone.", N, why="Photo caption: no CLAIM."),
        S("Copyright AP Photo", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("The European Commission on Thursday fined TikTok €530 million for breaching the Digital Services Act (DSA), saying the video-sharing platform had failed to protect children from harmful content and from design features meant to keep them scrolling.",
          "European Commission", why="The act plus the reasons the Commission gave ('saying ...'): claimant the Commission.",
          f=[("€530 million", "530000000")]),
        S("It is the largest penalty imposed so far under the EU’s flagship content moderation law, which has applied to the biggest online platforms since August 2023.",
          "", why="Background in Euronews's voice; 'August 2023' is a date."),
    ],
    [S("Henna Virkkunen, the Commission’s executive vice-president for tech sovereignty, said the investigation had found that TikTok’s age checks could be bypassed by entering a false date of birth and that its recommendation system steered minors towards videos promoting extreme dieting and self-harm.",
       "Henna Virkkunen", why="Reported speech; the job description goes.")],
    [
        S("“Our children are not test subjects for the attention economy,” Virkkunen told reporters in Brussels.",
          N, why="Quotation plus tag; rhetoric, not a checkable fact.",
          q=[("“Our children are not test subjects for the attention economy,”", "Virkkunen")]),
        S("“TikTok knew about these risks for years and chose not to act.”",
          "Virkkunen", why="Continuation quotation asserting a checkable fact (what the company knew and did); 'years' has no number word.",
          q=[("“TikTok knew about these risks for years and chose not to act.”", "Virkkunen")]),
    ],
    [S("ADVERTISEMENT", N, why="Ad slot (furniture).")],
    [
        S("The Commission said TikTok must present a plan within 60 working days setting out how it will fix the problems, or face periodic penalty payments of up to 5% of its average daily worldwide turnover.",
          "European Commission", why="'The Commission' resolves to the name at its full mention. 'working days' is one compound noun and stays in the span.",
          f=[("60 working days", "60"), ("up to 5%", "5")]),
        S("Under the DSA, fines can reach 6% of a company’s global annual turnover.",
          "", why="A fact about the law in Euronews's voice.",
          f=[("6%", "6")]),
    ],
    [
        S("TikTok said it disagreed with the decision and would challenge it at the EU’s General Court in Luxembourg.",
          "TikTok", why="Reported speech of the company."),
        S("“We have invested more than €2 billion in trust and safety in Europe, and every account belonging to a user under 18 already has a 60-minute daily screen time limit by default,” a TikTok spokesperson said in a statement.",
          "TikTok spokesperson", why="Quotation plus tag asserting checkable facts (spending, a default setting). An unnamed spokesperson keeps the description without the article. 'under 18' is an age threshold FIGURE; '60-minute' a hyphenated compound.",
          q=[("“We have invested more than €2 billion in trust and safety in Europe, and every account belonging to a user under 18 already has a 60-minute daily screen time limit by default,”", "TikTok spokesperson")],
          f=[("more than €2 billion", "2000000000"), ("under 18", "18"), ("60-minute", "60")]),
        S("“This decision ignores the facts and the progress we have made.”",
          N, why="Continuation quotation; a characterisation of the decision.",
          q=[("“This decision ignores the facts and the progress we have made.”", "TikTok spokesperson")]),
    ],
    [S("TikTok has around 159 million monthly users in the EU, according to figures it reports to the Commission.",
       "TikTok", why="'according to figures it reports' attributes the number to TikTok. The adjective 'monthly' ends the span.",
       f=[("around 159 million", "159000000")])],
    [
        S("French President Emmanuel Macron, who has called for a ban on social media for children under 15, welcomed the fine.",
          "Emmanuel Macron", why="A position taken ('welcomed'); the title goes. 'under 15' is an age threshold FIGURE.",
          f=[("under 15", "15")]),
        S("“Europe is showing that it will not let platforms play with the mental health of our children,” he wrote on X.",
          N, why="Quotation plus tag; a political statement, not checkable. 'he' resolves to Emmanuel Macron.",
          q=[("“Europe is showing that it will not let platforms play with the mental health of our children,”", "Emmanuel Macron")]),
    ],
    {"s": [
        S("Germany’s Digital Minister Karsten Wildberger told broadcaster ARD that the decision was “an important signal” but that Brussels had to move faster.",
          "Karsten Wildberger", why="Reported speech with a three-word partial quotation; the title goes, ARD is the medium.",
          q=[("“an important signal”", "Karsten Wildberger")]),
        S("“The investigation took more than two years.",
          "Karsten Wildberger", why="First sentence of a two-sentence quotation: a checkable fact about the investigation's length.",
          f=[("more than two years", "2")]),
        S("For a 13-year-old, that is a very long time,” he said.",
          N, why="Second sentence of the quotation plus its tag; a judgement.",
          f=[("13-year-old", "13")]),
    ], "q": [("“The investigation took more than two years. For a 13-year-old, that is a very long time,”", "Karsten Wildberger")]},
    [
        S("Dutch Greens MEP Kim van Sparrentak, who sits on the European Parliament’s internal market committee, said the fine was “a drop in the ocean” for a company of TikTok’s size.",
          "Kim van Sparrentak", why="Reported speech with a four-word partial quotation; 'Dutch Greens MEP' is a description, the particle 'van' is part of the name.",
          q=[("“a drop in the ocean”", "Kim van Sparrentak")]),
        S("TikTok’s Chinese parent company, ByteDance, does not publish full financial results, but analysts estimate its revenue last year at more than $150 billion (€138 billion).",
          "analysts", why="The outlet's fact plus an attributed estimate: the estimate's source is the claimant (eval9). The conversion in brackets is a second FIGURE.",
          f=[("more than $150 billion", "150000000000"), ("€138 billion", "138000000000")]),
    ],
    [
        S("The Commission fined Elon Musk’s X €120 million in December over its paid-for blue checkmarks and a lack of advertising transparency, a decision that drew sharp criticism from the Trump administration.",
          "", why="Background in Euronews's voice; the criticism is reported as an event, not passed on.",
          f=[("€120 million", "120000000")]),
        S("Separate proceedings against Meta’s Facebook and Instagram over the protection of minors are still under way.",
          "", why="A state of affairs in Euronews's voice."),
    ],
    [S("Read more: Denmark and Spain push for EU-wide age limit on social media",
       N, why="Read-more line (furniture); no FIGURE.")],
])

# ---------------------------------------------------------------------------
# 3. valais_avalanche_la_sage: swissinfo.ch Keystone-SDA item, curly
#    quotes, "\n", site line, stamp, caption with Keystone credit,
#    "You might also be interested in" box, DeepL line, boilerplate
# ---------------------------------------------------------------------------
ARTICLES["valais_avalanche_la_sage"] = dict(nl="\n", paras=[
    [S("SWI swissinfo.ch", N, why="Site line (furniture).")],
    [S("Avalanche buries chalets in Valais hamlet, two dead and one missing",
       N, why="Headline: no CLAIM. 'dead' and 'missing' stand for elided participles (as eval11's '23 hurt'): the bare numbers are FIGUREs; 'one' is a count here, not a pronoun.",
       f=[("two", "2"), ("one", "1")])],
    [S("This content was published on March 14, 2026 - 11:20",
       N, why="Publication stamp (a date and a clock time).")],
    [
        S("Rescuers and avalanche dogs search the debris in La Sage, above Evolène, on Saturday morning.",
          N, why="Photo caption: no CLAIM."),
        S("Keystone / Jean-Christophe Bott", N, why="Photo credit (part of the caption line)."),
    ],
    [S("Two people were killed and one person is still missing after an avalanche swept into the hamlet of La Sage in the canton of Valais late on Friday, burying three chalets, the Valais cantonal police said on Saturday.",
       "Valais cantonal police", why="The lede passes on the police's account.",
       f=[("Two people", "2"), ("one person", "1"), ("three chalets", "3")])],
    [
        S("The avalanche came down from the slopes above the hamlet at around 10.40pm and buried the buildings under several metres of snow, police said in a statement.",
          "Valais cantonal police", why="'police' resolves to the name at the nearest mention. '10.40pm' is a clock time; 'several metres' has no number word."),
        S("Rescuers pulled nine of the 12 people who had been inside from the snow alive, among them a seven-year-old girl who was flown to Lausanne University Hospital (CHUV) with serious injuries.",
          "", why="No tag of its own: the outlet's voice. 'nine' counts people that do not follow it (bare number); '12 people' is a new count.",
          f=[("nine", "9"), ("12 people", "12"), ("seven-year-old", "7")]),
    ],
    [
        S("The two people who died were a 71-year-old man from the village and his 68-year-old wife, police said.",
          "Valais cantonal police", why="'The two people' refers back to the two dead of the lede: no FIGURE. Ages are hyphenated compounds.",
          f=[("71-year-old", "71"), ("68-year-old", "68")]),
        S("The missing person is a 45-year-old Belgian tourist who had rented one of the chalets for the week, police added.",
          "Valais cantonal police", why="Reported statement. 'one of' is a pronoun; 'the week' no FIGURE.",
          f=[("45-year-old", "45")]),
    ],
    [
        S("“The snow is very compact and up to four metres deep in places, which makes the search extremely difficult and dangerous for the rescuers,” police spokeswoman Nathalie Crettenand told Swiss public broadcaster RTS.",
          "Nathalie Crettenand", why="Quotation (translated from French) plus tag asserting a checkable snow depth; the job description goes, RTS is the medium.",
          q=[("“The snow is very compact and up to four metres deep in places, which makes the search extremely difficult and dangerous for the rescuers,”", "Nathalie Crettenand")],
          f=[("up to four metres", "4")]),
        S("Around 80 rescuers, six avalanche dogs and four helicopters from Air-Glaciers and Air Zermatt were taking part in the search, she said.",
          "Nathalie Crettenand", why="Reported speech; 'she' resolves to Nathalie Crettenand. 'avalanche dogs' is a noun-noun compound.",
          f=[("Around 80 rescuers", "80"), ("six avalanche dogs", "6"), ("four helicopters", "4")]),
    ],
    [S("The avalanche followed three days of heavy snowfall across the western Swiss Alps, with up to 1.8 metres of fresh snow above 2,000 metres in parts of Valais, according to the national weather service MeteoSwiss.",
       "MeteoSwiss", why="'according to' names the weather service; its description goes.",
       f=[("three days", "3"), ("up to 1.8 metres", "1.8"), ("above 2,000 metres", "2000")])],
    [
        S("The WSL Institute for Snow and Avalanche Research (SLF) in Davos had raised the avalanche danger for large parts of the canton to level 4, “high”, on its five-level scale on Thursday.",
          "", why="An act reported without a statement: the outlet's voice. The danger level is a number after a scale word (as eval10's 'magnitude 6.8'): FIGURE '4'; 'five-level' is a hyphenated compound; the single quoted word is a scare quote.",
          f=[("4", "4"), ("five-level", "5")]),
        S("It is the second-highest danger level and is usually issued on only a few days each winter.",
          "", why="A fact about the scale in the outlet's voice; 'second-highest' is an ordinal, 'a few days' has no number word."),
        S("Snow depths at the SLF’s measuring station in Arolla were 160 per cent of the long-term average for mid-March, the SLF said.",
          "SLF", why="Reported statement; the claimant is the form the tag uses. 'per cent' is the unit.",
          f=[("160 per cent", "160")]),
    ],
    [S("You might also be interested in", N, why="Related-content box heading (furniture).")],
    [S("How the Swiss avalanche bulletin is made", N, why="Linked title in the related box (furniture).")],
    [
        S("SLF avalanche forecaster Lukas Dürr told the Keystone-SDA news agency that the slope above La Sage had not produced an avalanche of this size since February 1999.",
          "Lukas Dürr", why="Reported speech; the job description goes, Keystone-SDA is the medium. 'February 1999' is a date."),
        S("“Fresh snow on top of a weak old snowpack, plus strong westerly winds: that is the most dangerous combination we know,” he said.",
          N, why="Quotation plus tag; a generalisation from experience, not a checkable fact. 'he' resolves to Lukas Dürr.",
          q=[("“Fresh snow on top of a weak old snowpack, plus strong westerly winds: that is the most dangerous combination we know,”", "Lukas Dürr")]),
    ],
    [S("In February 1999, an avalanche killed 12 people in Evolène’s hamlets of Villa and La Sage, one of the deadliest in Switzerland in recent decades.",
       "", why="Background in the outlet's voice. 'February 1999' is a date, 'one of' a pronoun, 'decades' has no number word.",
       f=[("12 people", "12")])],
    [
        S("Evolène’s municipal president, Damien Métrailler, said around 40 residents of La Sage and neighbouring Villa had been evacuated and had spent the night in the village school.",
          "Damien Métrailler", why="Reported speech; the office ('municipal president') is a title and goes.",
          f=[("around 40 residents", "40")]),
        S("“The whole valley is in shock,” he told RTS.",
          N, why="Quotation plus tag; a feeling. 'he' resolves to Damien Métrailler.",
          q=[("“The whole valley is in shock,”", "Damien Métrailler")]),
    ],
    [
        S("Elsewhere in Valais, around 12,000 guests were stranded in Zermatt after the Matterhorn Gotthard Bahn suspended trains between Täsch and Zermatt and the access road was closed, Zermatt Tourism said.",
          "Zermatt Tourism", why="Reported statement of the tourism office.",
          f=[("around 12,000 guests", "12000")]),
        S("The railway said it hoped to reopen the line on Sunday afternoon if the avalanche danger eased.",
          "Matterhorn Gotthard Bahn", why="Reported speech (a stated hope); 'The railway' resolves to the name at the nearest mention."),
        S("The Simplon Pass road between Brig and Italy also remained closed on Saturday.",
          "", why="A checkable fact in the outlet's voice."),
    ],
    [
        S("The army has sent two Super Puma helicopters to Valais to fly in supplies and evacuate people in need of medical care, Defence Minister Martin Pfister told Keystone-SDA.",
          "Martin Pfister", why="Reported speech; the title goes. The model name is a noun modifier and stays in the span (eval13's 'two NH90 helicopters').",
          f=[("two Super Puma helicopters", "2")]),
        S("“The cantons can count on us for as long as they need,” he said.",
          N, why="Quotation plus tag; a pledge. 'he' resolves to Martin Pfister.",
          q=[("“The cantons can count on us for as long as they need,”", "Martin Pfister")]),
    ],
    [
        S("According to the SLF, an average of 23 people die in avalanches in Switzerland each year, most of them skiers and mountaineers away from marked slopes.",
          "SLF", why="'According to the SLF': claimant in the form used. 'an average of' is not an approximator and stays out; 'each year' no FIGURE.",
          f=[("23 people", "23")]),
        S("Deaths inside buildings have become rare since the avalanche winter of 1999, after which the federal government and the cantons invested more than CHF 1.5 billion in avalanche barriers and protective forests.",
          "", why="Background in the outlet's voice; '1999' is a year. The currency code stays in the span.",
          f=[("more than CHF 1.5 billion", "1500000000")]),
    ],
    [S("Translated from French by DeepL/ts", N, why="Translation note (furniture).")],
    [
        S("This news story was written and checked by an external editorial team.",
          N, why="Boilerplate about the page, not about the world."),
        S("At SWI swissinfo.ch we select the news most relevant to an international audience and use automatic translation tools to publish it in English.",
          N, why="Boilerplate about the page."),
    ],
])

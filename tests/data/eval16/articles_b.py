"""Held-out articles, set B (writer b): three original technology and
consumer news stories written for the sixteenth evaluation set, as text
scraped off the web with the page furniture a scraper keeps (cf.
/work/shared/corpus), at ordinary tech-desk density. Real companies,
products, agencies and public figures appear as those outlets name them
(Samsung, TM Roh, Apple, Google, TrendForce; Ivanti, Mandiant, Charles
Carmakal, CISA, the Shadowserver Foundation, Jake Williams, Hunter
Strategy; the European Commission, Teresa Ribera, Lee-Anne Mulholland,
Sundar Pichai, BEUC, Agustín Reyna, Donald Trump, the US Trade
Representative), but the events, figures and every quoted or reported
word are invented; the reporters, the backdoor's name, the CVE number and
the breached health company (Northbeam Health Partners) are invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval15)
where they apply.

`galaxy_s26_unpacked_prices` is a Verge-style product-launch story
(Samsung's Galaxy S26 lineup at Unpacked: prices in dollars and pounds,
screen sizes, brightness, RAM and storage, battery and charging, cameras,
seven years of updates; TM Roh onstage, a Samsung spokesperson who "told
The Verge", TrendForce's memory prices, the iPhone 17 Pro Max and Pixel 10
Pro XL for comparison) with curly double quotes and curly apostrophes,
"\\n" line ends: headline, dek, `by ..., Senior Reporter` byline, an
`Updated ... UTC` stamp, a `54 Comments` counter, a caption with a `Photo
by ... / The Verge` credit, the affiliate disclosure and a `Related:` line.
`ivanti_connect_secure_zero_day` is an Ars Technica-style security story
(a China-linked group exploits an Ivanti Connect Secure zero-day,
CVE-2026-21345; Mandiant's findings and its CTO on LinkedIn, CISA's
48-hour order, Shadowserver's scan, a health company's SEC filing on 2.3
million patients' records, an Ivanti spokesperson's emailed statement, an
outside researcher) with curly double quotes and curly apostrophes,
"\\n\\n" line ends: section label, headline, dek, byline with `Senior
Reporter`, `Updated` stamp, a caption with a `Credit: Getty Images` line.
`google_dma_search_fine` is a BBC News Technology-style regulation story
(the European Commission fines Google €2.1bn under the Digital Markets Act;
Ribera at a news conference, Mulholland in a blog post, a Google
spokesperson who "told the BBC", Alphabet's revenue, Pichai on the
earnings call, past fines, BEUC, Trump's earlier threat, USTR) with
straight double quotes and straight apostrophes, "\\r\\n" (CRLF) line ends (set so by the engineer who added the set, for the CRLF check): headline,
a relative `2 hours ago` stamp, Share/Save buttons, a two-line byline, an
image credit and caption, and the `More on this story` / `Related topics`
footer.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: section label, headlines, deks, bylines
  (with `Senior Reporter` / `Technology reporter`), stamps, the comment
  counter, Share/Save buttons, captions and their credits (`Photo by ... /
  The Verge`, `Credit: Getty Images`, `Getty Images`), the affiliate
  disclosure, `Related:` / `More on this story` link lines and the
  `Related topics` tags. QUOTEs and FIGUREs inside them are still marked
  (headline `$100`, `€2.1bn`; dek prices, `48 hours`, `at least 1,700
  devices`; the caption's `thousands`, an inexact number word with an
  empty value as eval11/eval15; the link line's `€700m`).
- Not FIGUREs in page chrome: the relative stamp `2 hours ago` (eval3,
  eval12) and the comment counter `54 Comments`, which is a live widget
  count of the page like a relative stamp, not a quantity the article
  reports; `Updated Feb 25, 2026, 6:00 PM UTC` is a date and a clock time.
- Numbers inside product, chip, software and version names are no
  FIGUREs (eval10's `Orbit 360`): `Galaxy S26`, `S26 Plus`, `S25 Ultra`,
  `Galaxy S10`, `Snapdragon 8 Elite Gen 5`, `Android 16`, `One UI 8.5`,
  `iPhone 17 Pro Max`, `Pixel 10 Pro XL`, `Samsung.com`; nor are the CVE
  identifier `CVE-2026-21345`, the threat-group designation `UNC5221` or
  the firmware versions `22.7R2.9` and `22.8R1.2`.
- Specs are measures with units written onto the number: `12GB`, `16GB`,
  `256GB`, `512GB`, `1TB`, `5,000mAh`, `5,500mAh`, `60W`, `45W`, `up to
  120Hz` (approximator kept), `3,000 nits`, `2,600 nits` are FIGUREs of
  the number (`of RAM` / `of storage` are not joined, as `of` stops a span
  in eval14's `200 head of cattle`). Screen sizes and sensors are
  hyphenated compounds (`6.9-inch`, `6.3-inch`, `6.7-inch`,
  `200-megapixel`, `50-megapixel`). A zoom factor is a ratio, a FIGURE of
  its number like a percentage (`3x` -> 3). `upgraded from 10 to 12
  megapixels` is a before and an after: two FIGUREs (`10`, `12
  megapixels`), not a range. `up to 31 hours` keeps its approximator.
- `a severity rating of 9.8 out of a possible 10`: the rating is the
  FIGURE `9.8`; the `10` is the fixed top of the scale, not a second
  quantity (as eval14's `100 millilitres` denominator).
- Money: `$1,399.99` -> 1399.99 (cents kept as written); `£1,249`,
  `$1,199`; `$100 more` / `about $200 more expensive` end at the amount
  (`more` is not a noun); `€2.1bn (£1.8bn)` and `$403bn (£311bn)` give two
  FIGUREs each (amount and conversion, eval14/eval15), `bn` is the scale
  word (eval11's `£42m`); `up to $900` keeps its approximator.
- Adjectives end spans: `more than 3 billion monthly users` -> `more than
  3 billion` (`monthly` is an adjective); `more than 35 million units of
  the Galaxy S25 series` -> `more than 35 million units` (`of` stops);
  `about 2.3 million patients`, `14 organizations`, `two defense
  contractors` (noun-noun compound kept), `more than 20 changes`, `four
  colors`, `two flaws`, `at least 1,700 devices`. `five, two of which
  ...` count colours that do not follow: FIGUREs of the bare numbers.
  `its first 12 months on sale` -> `12 months` (`first` is an ordinal
  before the duration). `under 40 minutes` takes `under` as approximator
  (eval11's `under 25`). `nearly three weeks`, `48 hours`, `24 months`,
  `two years`, `60 days`, `seven years`. `less than 1 percent` inside a
  partial QUOTE is a FIGURE too.
- Not FIGUREs: dates and years (`March 13th`, `March 12th`, `mid-February`,
  `January 2024`, `May 2023`, `March 2025`, `2017`, `2024`, `2025`, `the
  end of 2027`), ordinals (`fifth time`, `first fine`, `first 12 months`,
  `final quarter`), `a limited number`, `almost a year` and `a year's
  sales` (the article), `each one`.
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (not `The Verge`, `Ars` or `BBC`). `told The
  Verge`, `told the BBC` and `a request for comment from Ars` make the
  outlet the audience, never the claimant: `A spokesperson for Samsung
  told The Verge` -> `spokesperson for Samsung`, `A Google spokesperson
  told the BBC` -> `Google spokesperson`, `an Ivanti spokesperson said in
  an emailed statement` / `The spokesperson said` -> `Ivanti spokesperson`
  (an unnamed spokesperson keeps the description without the article).
  `Northbeam did not respond to a request for comment from Ars.` is a
  checkable non-statement: CLAIM, empty (eval12).
- Company and agency acts reported as events are the outlet's voice
  (eval12, eval14, eval15): the Unpacked launch and prices, the release
  date and the preorder offer; `Ivanti disclosed the vulnerability ... and
  released patched versions`; CISA adding the bug to its catalog and
  ordering agencies to patch within 48 hours; Google being fined (no
  `saying`); Google's 60-day deadline and the DMA's penalty ceilings (the
  rules' terms). Statements are passed on with their source: `Samsung
  says` (present tense) / `The company says` / `Samsung is again
  promising` (a stated position) / `Samsung told reporters` -> `Samsung`;
  `In its advisory, the company said` -> `Ivanti` (its partial QUOTE too);
  `Ivanti says customers should run ...` (reported advice) -> `Ivanti`;
  `according to researchers at Google’s Mandiant unit`, `Mandiant said`,
  `the company said` (Mandiant, the nearest company) and `Mandiant has so
  far confirmed ... and expects` -> `Mandiant` (a research team named by
  its organisation, eval12's `ETH Zürich`); `Scans by the Shadowserver
  Foundation ... found` -> `Shadowserver Foundation` (as eval11's
  `Figures published by`); `according to market researcher TrendForce`
  -> `TrendForce`; `The Commission said` -> `European Commission` (the
  name at its nearest full mention); `Google said it would appeal` ->
  `Google`; `Alphabet, reported revenue of ...` -> `Alphabet` (a company
  reporting its own results, eval12), although the sentence goes on with
  the outlet's own sum (a mixed sentence takes its attributed part's
  claimant, eval9/eval14); `The European consumer organisation BEUC
  welcomed ... but said` -> `BEUC`; `A spokesperson for the US Trade
  Representative said` -> `spokesperson for the US Trade Representative`.
- A sentence mixing the outlet's facts with an attributed part takes the
  attributed part's claimant: the S26 Ultra display sentence (`and Samsung
  says a new anti-reflective coating cuts glare ...`) -> `Samsung`; the
  Ivanti spokesperson's `less than 1 percent` sentence with `a figure Ars
  could not independently verify` -> `Ivanti spokesperson`.
- Names, titles: `TM Roh` (the name as Samsung writes it; `president and
  head of Samsung’s Device eXperience division` dropped); `Charles
  Carmakal` (`Mandiant’s chief technology officer` dropped; `wrote in a
  post on LinkedIn` is a speech act); `Jake Williams` (and `he said`);
  `Teresa Ribera` (also for `she told a news conference`); `Lee-Anne
  Mulholland` (`she wrote`, a blog post); `Sundar Pichai` (`chief
  executive` dropped); `Agustín Reyna` (`BEUC's director general`
  dropped); `Donald Trump` (`US President` dropped). `threatened to launch
  a trade investigation ..., calling the penalty "very unfair"` is a
  position taken: CLAIM, `Donald Trump` (as the guidelines' `accused`).
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable: Roh's `biggest battery we’ve ever put in a Galaxy S phone`,
  Carmakal's `from the VPN to a domain controller in under 40 minutes`,
  Ribera's account of Google's conduct `For almost a year, Google chose
  to put its own services first ...` (a finding of fact, as eval14's
  Virkkunen), Mulholland's `more than 20 changes ...`. Not CLAIMs: Roh's
  marketing line `People told us ... that’s exactly what we built`,
  Carmakal's `very capable actor` characterisation, Ivanti's `we strongly
  urge ...`, Williams's metaphor and warning, Ribera's `The rules apply to
  everyone`, Reyna's generalisation.
- Not CLAIMs in the body: `We’ll have a full review ... in the coming
  weeks.` (the outlet's promise) and `The decision could reopen a row
  with Washington.` (a prediction).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. galaxy_s26_unpacked_prices: Verge-style product launch, curly quotes,
#    "\n", byline with Senior Reporter, Updated stamp, comments counter,
#    caption + photo credit, affiliate disclosure, Related line
# ---------------------------------------------------------------------------
ARTICLES["galaxy_s26_unpacked_prices"] = dict(nl="\n", paras=[
    [S("Samsung’s Galaxy S26 Ultra gets a brighter screen, a bigger battery, and a $100 price hike",
       N, why="Headline: no CLAIM; its FIGURE is marked ('S26' is part of a product name).",
       f=[("$100", "100")])],
    [S("The S26 and S26 Plus still start at $799.99 and $999.99, and all three phones go on sale March 13th.",
       N, why="Dek: no CLAIM; its FIGUREs are marked. 'March 13th' is a date.",
       f=[("$799.99", "799.99"), ("$999.99", "999.99")])],
    [S("by Owen Hartley, Senior Reporter", N, why="Byline.")],
    [S("Updated Feb 25, 2026, 6:00 PM UTC", N, why="Timestamp (a date and a clock time).")],
    [S("54 Comments", N, why="Comment counter: page chrome, a live widget count, no FIGURE (see docstring).")],
    [
        S("The Galaxy S26 Ultra in its new titanium silver finish.", N, why="Photo caption."),
        S("Photo by Owen Hartley / The Verge", N, why="Photo credit."),
    ],
    [
        S("If you buy something from a Verge link, Vox Media may earn a commission.", N, why="Affiliate disclosure (boilerplate)."),
        S("See our ethics statement.", N, why="Affiliate disclosure (boilerplate link)."),
    ],
    [
        S("Samsung announced the Galaxy S26, S26 Plus, and S26 Ultra at its Unpacked event in San Francisco on Wednesday, and the top model is the only one that got more expensive.",
          "", why="The launch reported as an event in the outlet's voice; numbers in product names are no FIGUREs."),
    ],
    [
        S("The Galaxy S26 Ultra starts at $1,399.99, $100 more than last year’s S25 Ultra, while the S26 and S26 Plus stay at $799.99 and $999.99.",
          "", why="Prices in the outlet's voice. '$100 more' ends at the amount.",
          f=[("$1,399.99", "1399.99"), ("$100", "100"), ("$799.99", "799.99"), ("$999.99", "999.99")]),
        S("Preorders open today, and the phones go on sale on March 13th.",
          "", why="A published release calendar stated as fact (eval12, eval14): CLAIM in the outlet's voice; the date is no FIGURE."),
        S("In the UK, the S26 Ultra costs £1,249 and the S26 starts at £799.",
          "", f=[("£1,249", "1249"), ("£799", "799")]),
    ],
    [
        S("The Ultra’s 6.9-inch display now peaks at 3,000 nits, up from 2,600 nits, and Samsung says a new anti-reflective coating cuts glare by 40 percent compared with the S25 Ultra.",
          "Samsung", why="The outlet's spec facts joined to an attributed claim ('Samsung says', present tense): the attributed part's claimant. A before and an after are two FIGUREs.",
          f=[("6.9-inch", "6.9"), ("3,000 nits", "3000"), ("2,600 nits", "2600"), ("40 percent", "40")]),
        S("It still refreshes at up to 120Hz.",
          "", why="Spec in the outlet's voice; 'up to' is an approximator.",
          f=[("up to 120Hz", "120")]),
        S("The S26 and S26 Plus get 6.3-inch and 6.7-inch screens, slightly larger than before.",
          "", why="Hyphenated compounds are FIGUREs.",
          f=[("6.3-inch", "6.3"), ("6.7-inch", "6.7")]),
    ],
    [
        S("Inside all three is a Snapdragon 8 Elite Gen 5 for Galaxy chip.",
          "", why="A spec in the outlet's voice; the chip's name holds no FIGURE."),
        S("The Ultra comes with 12GB of RAM and 256GB, 512GB, or 1TB of storage; the most expensive configuration gets 16GB of RAM.",
          "", why="Memory and storage sizes are measures: FIGUREs of the number with its unit ('of RAM' not joined).",
          f=[("12GB", "12", 1), ("256GB", "256"), ("512GB", "512"), ("1TB", "1"), ("16GB", "16")]),
        S("Its battery grows from 5,000mAh to 5,500mAh, and wired charging now tops out at 60W, up from 45W.",
          "", why="Before-and-after pairs: two FIGUREs each, not ranges.",
          f=[("5,000mAh", "5000"), ("5,500mAh", "5500"), ("60W", "60"), ("45W", "45")]),
        S("Samsung says the new battery lasts up to 31 hours of video playback.",
          "Samsung", why="Passes on Samsung's claim (present-tense tag).",
          f=[("up to 31 hours", "31")]),
    ],
    [
        S("The 200-megapixel main camera is unchanged, but the ultrawide gets a new 50-megapixel sensor, and the 3x telephoto has been upgraded from 10 to 12 megapixels.",
          "", why="Hyphenated compounds; a zoom factor is a ratio FIGURE; 'from 10 to 12 megapixels' is a before and an after (two FIGUREs).",
          f=[("200-megapixel", "200"), ("50-megapixel", "50"), ("3x", "3"), ("10", "10"), ("12 megapixels", "12")]),
    ],
    [
        S("All three phones ship with Android 16 and One UI 8.5, and Samsung is again promising seven years of OS and security updates.",
          "Samsung", why="A stated commitment (a position): Samsung's. Software version numbers are names.",
          f=[("seven years", "7")]),
        S("The company says its Galaxy AI features, which now include a call screening assistant and a Gemini-powered photo editor, will stay free “until at least the end of 2027.”",
          "Samsung", why="Reported statement with a partial quotation; 'The company' resolves to Samsung. 'at least the end of 2027' is a date, no FIGURE.",
          q=[("“until at least the end of 2027.”", "Samsung")]),
    ],
    [
        S("“People told us they want a phone that lasts all day and then some, and that’s exactly what we built,” TM Roh, president and head of Samsung’s Device eXperience division, said onstage.",
          N, why="Quotation plus tag; a marketing line, not a checkable fact. Job title dropped.",
          q=[("“People told us they want a phone that lasts all day and then some, and that’s exactly what we built,”", "TM Roh")]),
        S("“The S26 Ultra has the biggest battery we’ve ever put in a Galaxy S phone.”",
          "TM Roh", why="Continuation quotation asserting a checkable fact (the largest battery in the S line).",
          q=[("“The S26 Ultra has the biggest battery we’ve ever put in a Galaxy S phone.”", "TM Roh")]),
    ],
    [
        S("Samsung told reporters before the event that it had shipped more than 35 million units of the Galaxy S25 series in its first 12 months on sale, making it the company’s best-selling S lineup since the Galaxy S10.",
          "Samsung", why="Reported speech of the company. 'of' stops the first span; 'first' is an ordinal before the duration.",
          f=[("more than 35 million units", "35000000"), ("12 months", "12")]),
    ],
    [S("Related: Google’s Pixel 10 Pro review: the best camera on a phone right now",
       N, why="Related link line (a headline); the number is in a product name.")],
    [
        S("The Ultra’s price increase comes as memory has become much more expensive: contract prices for the DRAM used in phones rose by about 50 percent in the final quarter of 2025, according to market researcher TrendForce.",
          "TrendForce", why="'according to' the research firm; the description 'market researcher' is dropped. 'final quarter of 2025' is a date.",
          f=[("about 50 percent", "50")]),
        S("A spokesperson for Samsung told The Verge the company “had to make some difficult choices” on pricing this year, but did not say whether memory costs were the reason.",
          "spokesperson for Samsung", why="Reported speech of an unnamed spokesperson (description without the article); The Verge is the audience, not the claimant.",
          q=[("“had to make some difficult choices”", "spokesperson for Samsung")]),
    ],
    [
        S("That makes the S26 Ultra about $200 more expensive than both Apple’s iPhone 17 Pro Max and Google’s Pixel 10 Pro XL, which start at $1,199.",
          "", why="The outlet's own comparison: checkable. Product-name numbers are no FIGUREs.",
          f=[("about $200", "200"), ("$1,199", "1199")]),
        S("Samsung is offering up to $900 in trade-in credit and a free storage upgrade to anyone who preorders before March 12th.",
          "", why="The offer reported as fact in the outlet's voice.",
          f=[("up to $900", "900")]),
    ],
    [
        S("The S26 and S26 Plus come in four colors, and the Ultra comes in five, two of which are only sold on Samsung.com.",
          "", why="'five' and 'two' count colors that do not follow: FIGUREs of the bare numbers.",
          f=[("four colors", "4"), ("five", "5"), ("two", "2")]),
        S("We’ll have a full review of the S26 Ultra in the coming weeks.",
          N, why="The outlet's promise about the future."),
    ],
])

# ---------------------------------------------------------------------------
# 2. ivanti_connect_secure_zero_day: Ars Technica-style security story,
#    curly quotes, "\n\n", section label, byline, Updated stamp, caption +
#    credit
# ---------------------------------------------------------------------------
ARTICLES["ivanti_connect_secure_zero_day"] = dict(nl="\n\n", paras=[
    [S("SECURITY", N, why="Section label.")],
    [S("China-linked hackers exploited Ivanti VPN zero-day for weeks before a patch, Mandiant says",
       N, why="Headline: no CLAIM.")],
    [S("CISA gives federal agencies 48 hours to patch as at least 1,700 devices remain exposed.",
       N, why="Dek: no CLAIM; its FIGUREs are marked.",
       f=[("48 hours", "48"), ("at least 1,700 devices", "1700")])],
    [S("Mara Keating, Senior Reporter", N, why="Byline.")],
    [S("Updated Mar 12, 2026, 4:05 PM UTC", N, why="Timestamp (a date and a clock time).")],
    [
        S("Ivanti’s Connect Secure appliances are used by thousands of organizations to give staff remote access to internal networks.",
          N, why="Photo caption: no CLAIM. 'thousands' is an inexact number word: FIGURE with an empty value ('of' stops the span).",
          f=[("thousands", "")]),
        S("Credit: Getty Images", N, why="Photo credit."),
    ],
    [
        S("Hackers working on behalf of the Chinese government have been exploiting a critical vulnerability in Ivanti’s Connect Secure VPN appliances since at least mid-February, nearly three weeks before the company released a fix, according to researchers at Google’s Mandiant unit.",
          "Mandiant", why="'according to researchers at' the unit: the team named by its organisation (eval12). 'mid-February' is a date.",
          f=[("nearly three weeks", "3")]),
    ],
    [
        S("The flaw, tracked as CVE-2026-21345, allows an attacker to run malicious code on a vulnerable device without logging in.",
          "", why="A technical fact in the outlet's voice; the CVE identifier holds no FIGURE."),
        S("It carries a severity rating of 9.8 out of a possible 10.",
          "", why="The rating is the FIGURE; '10' is the top of the scale, not a second quantity (see docstring).",
          f=[("9.8", "9.8")]),
        S("Ivanti disclosed the vulnerability on Tuesday and released patched versions of Connect Secure, 22.7R2.9 and 22.8R1.2, the same day.",
          "", why="The company's acts reported as events in the outlet's voice; version numbers are no FIGUREs."),
        S("In its advisory, the company said it was “aware of a limited number of customers” whose appliances had been compromised before the disclosure.",
          "Ivanti", why="Reported statement of the company ('the company' resolves to Ivanti) with a partial quotation; 'a limited number' holds no number word.",
          q=[("“aware of a limited number of customers”", "Ivanti")]),
    ],
    [
        S("The Cybersecurity and Infrastructure Security Agency added the bug to its Known Exploited Vulnerabilities catalog on Tuesday and ordered federal civilian agencies to patch or disconnect affected devices within 48 hours.",
          "", why="The agency's acts (an order) reported as events in the outlet's voice.",
          f=[("48 hours", "48")]),
        S("Scans by the Shadowserver Foundation on Wednesday found at least 1,700 devices that were still unpatched and reachable from the internet, most of them in the US, Japan, and Germany.",
          "Shadowserver Foundation", why="'Scans by' the foundation found: it is the source (as 'Figures published by').",
          f=[("at least 1,700 devices", "1700")]),
    ],
    [
        S("Mandiant said the attackers belong to a group it tracks as UNC5221, which it has previously linked to attacks on Ivanti devices in 2024 and 2025.",
          "Mandiant", why="Reported speech; the group designation and the years are no FIGUREs."),
        S("The group installed a previously unseen backdoor, which Mandiant has named Sparkcoil, that lets the hackers keep their access even after a device has been patched and rebooted, the company said.",
          "Mandiant", why="'the company' resolves to the nearest company, Mandiant."),
        S("Mandiant has so far confirmed intrusions at 14 organizations, including two defense contractors and a European telecommunications provider, and expects the number to grow.",
          "Mandiant", why="Passes on Mandiant's findings and expectation. 'defense contractors' is a compound counted noun.",
          f=[("14 organizations", "14"), ("two defense contractors", "2")]),
    ],
    [
        S("“This is a very capable actor that knows these appliances better than some of the people running them,” Charles Carmakal, Mandiant’s chief technology officer, wrote in a post on LinkedIn.",
          N, why="Quotation plus tag; a characterisation. Job title dropped.",
          q=[("“This is a very capable actor that knows these appliances better than some of the people running them,”", "Charles Carmakal")]),
        S("“In one case we saw them go from the VPN to a domain controller in under 40 minutes.”",
          "Charles Carmakal", why="Continuation quotation asserting a checkable observation; 'under' is an approximator.",
          q=[("“In one case we saw them go from the VPN to a domain controller in under 40 minutes.”", "Charles Carmakal")],
          f=[("under 40 minutes", "40")]),
    ],
    [
        S("Separately, Pennsylvania-based Northbeam Health Partners said in a filing with the Securities and Exchange Commission on Wednesday that hackers had broken into its network through an Ivanti appliance and stolen files containing the names, dates of birth, and Social Security numbers of about 2.3 million patients.",
          "Northbeam Health Partners", why="Reported statement in a regulatory filing.",
          f=[("about 2.3 million patients", "2300000")]),
        S("The company said it had found no evidence that medical records or payment card data were accessed and would offer affected patients 24 months of free credit monitoring.",
          "Northbeam Health Partners", why="'The company' resolves to the nearest company, Northbeam Health Partners.",
          f=[("24 months", "24")]),
        S("Northbeam did not respond to a request for comment from Ars.",
          "", why="A checkable non-statement in the outlet's voice (eval12)."),
    ],
    [
        S("“We are working closely with CISA, Mandiant, and our customers, and we strongly urge everyone running Connect Secure to apply the patch immediately,” an Ivanti spokesperson said in an emailed statement.",
          N, why="Quotation plus tag; cooperation boilerplate and an appeal. An unnamed spokesperson keeps the description without the article.",
          q=[("“We are working closely with CISA, Mandiant, and our customers, and we strongly urge everyone running Connect Secure to apply the patch immediately,”", "Ivanti spokesperson")]),
        S("The spokesperson said the flaw had been exploited at “less than 1 percent” of Connect Secure customers, a figure Ars could not independently verify.",
          "Ivanti spokesperson", why="Reported speech with a partial quotation holding a FIGURE; the outlet's caveat does not change the claimant.",
          q=[("“less than 1 percent”", "Ivanti spokesperson")],
          f=[("less than 1 percent", "1")]),
    ],
    [
        S("It is at least the fifth time in two years that attackers have exploited a zero-day in Ivanti’s remote access products before a patch was available.",
          "", why="The outlet's own count; 'fifth' is an ordinal.",
          f=[("two years", "2")]),
        S("In January 2024, CISA took the unusual step of ordering agencies to disconnect all Connect Secure devices after two flaws were chained together in mass attacks.",
          "", why="A past event in the outlet's voice.",
          f=[("two flaws", "2")]),
    ],
    [
        S("Jake Williams, a former NSA hacker who is now vice president of research and development at Hunter Strategy, said VPNs and other edge devices had become the most popular way into corporate networks because they sit on the open internet and usually can’t run endpoint security software.",
          "Jake Williams", why="Reported speech; job descriptions dropped."),
        S("“Every one of these boxes is a front door with a guard who can’t see,” he said.",
          N, why="Quotation plus tag; a metaphor. 'he' resolves to Jake Williams.",
          q=[("“Every one of these boxes is a front door with a guard who can’t see,”", "Jake Williams")]),
        S("“You can patch today and still be compromised from last month.”",
          N, why="Continuation quotation; a general warning.",
          q=[("“You can patch today and still be compromised from last month.”", "Jake Williams")]),
    ],
    [
        S("Ivanti says customers should run its external Integrity Checker Tool after patching and look for the indicators of compromise that Mandiant published on Tuesday.",
          "Ivanti", why="Reported advice (present-tense tag): that the company said it is checkable."),
    ],
])

# ---------------------------------------------------------------------------
# 3. google_dma_search_fine: BBC News Technology-style regulation story,
#    straight quotes, "\r\n" (CRLF), relative stamp, Share/Save, two-line byline,
#    image credit + caption, More on this story / Related topics
# ---------------------------------------------------------------------------
ARTICLES["google_dma_search_fine"] = dict(nl="\r\n", paras=[
    [S("Google fined €2.1bn by EU for favouring its own services in search",
       N, why="Headline: no CLAIM; 'bn' is the scale word of the FIGURE.",
       f=[("€2.1bn", "2100000000")])],
    [S("2 hours ago", N, why="Relative timestamp: page chrome, no FIGURE (eval3, eval12).")],
    [S("Share", N, why="Share button (boilerplate).")],
    [S("Save", N, why="Save button (boilerplate).")],
    [S("Hannah Pryce", N, why="Byline (name).")],
    [S("Technology reporter", N, why="Byline (role).")],
    [S("Getty Images", N, why="Image credit.")],
    [S("Google says it will appeal against the European Commission's decision",
       N, why="Image caption.")],
    [
        S("Google has been fined €2.1bn (£1.8bn) by the European Commission for breaking the EU's digital competition rules by favouring its own services in search results.",
          "", why="The fine reported as an event in the outlet's voice (no 'saying'). Amount and conversion are two FIGUREs.",
          f=[("€2.1bn", "2100000000"), ("£1.8bn", "1800000000")]),
    ],
    [
        S("It is the first fine imposed on the tech giant under the Digital Markets Act (DMA), which has applied since May 2023 and is designed to stop the biggest online platforms from shutting out rivals.",
          "", why="Background facts in the outlet's voice; 'first' is an ordinal, 'May 2023' a date."),
    ],
    [
        S("The Commission said Google had kept placing its own shopping, hotel and flight results above those of competitors, and in bigger and more eye-catching formats, despite being warned in March 2025 that the practice broke the law.",
          "European Commission", why="Reported statement of the Commission, named as at its nearest full mention."),
        S("Google said it would appeal.",
          "Google", why="Reported statement of a stated intention."),
    ],
    [
        S("Teresa Ribera, the Commission's executive vice-president for competition, said the company had been given \"every opportunity\" to change its behaviour.",
          "Teresa Ribera", why="Reported speech with a two-word partial quotation; job title dropped.",
          q=[("\"every opportunity\"", "Teresa Ribera")]),
    ],
    [
        S("\"For almost a year, Google chose to put its own services first and its competitors second, and European businesses paid the price,\" she told a news conference in Brussels.",
          "Teresa Ribera", why="Quotation plus tag asserting Google's conduct (the regulator's finding of fact, checkable). 'she' resolves to Teresa Ribera; 'almost a year' has the article.",
          q=[("\"For almost a year, Google chose to put its own services first and its competitors second, and European businesses paid the price,\"", "Teresa Ribera")]),
        S("\"The rules apply to everyone, however big they are.\"",
          N, why="Continuation quotation; a general statement of principle.",
          q=[("\"The rules apply to everyone, however big they are.\"", "Teresa Ribera")]),
    ],
    [
        S("In a blog post, Google's vice-president for regulatory affairs, Lee-Anne Mulholland, said the decision would \"hurt European businesses and consumers\" by forcing the company to show less useful results.",
          "Lee-Anne Mulholland", why="Reported (written) speech with a partial quotation; job title dropped.",
          q=[("\"hurt European businesses and consumers\"", "Lee-Anne Mulholland")]),
    ],
    [
        S("\"We have already made more than 20 changes to Search in Europe to comply with the DMA, and each one has reduced the traffic we send to European hotels, airlines and restaurants,\" she wrote.",
          "Lee-Anne Mulholland", why="Quotation plus tag asserting checkable facts (the changes and their effect). 'she' resolves to Lee-Anne Mulholland; 'each one' is a pronoun.",
          q=[("\"We have already made more than 20 changes to Search in Europe to comply with the DMA, and each one has reduced the traffic we send to European hotels, airlines and restaurants,\"", "Lee-Anne Mulholland")],
          f=[("more than 20 changes", "20")]),
    ],
    [
        S("A Google spokesperson told the BBC the company would ask the EU's General Court to suspend the order while its appeal was heard.",
          "Google spokesperson", why="Reported speech of an unnamed spokesperson; the BBC is the audience."),
    ],
    [
        S("Under the DMA, the Commission can fine companies up to 10% of their global annual turnover, rising to 20% for repeated breaches.",
          "", why="The law's terms stated in the outlet's voice.",
          f=[("up to 10%", "10"), ("20%", "20")]),
        S("Google's parent company, Alphabet, reported revenue of $403bn (£311bn) for 2025, which means the fine amounts to about 0.6% of a year's sales.",
          "Alphabet", why="A company reporting its own results (eval12), joined to the outlet's own sum: the attributed part's claimant. The conversion is a second FIGURE.",
          f=[("$403bn", "403000000000"), ("£311bn", "311000000000"), ("about 0.6%", "0.6")]),
    ],
    [
        S("On the company's earnings call in February, chief executive Sundar Pichai said AI Overviews, the AI-generated summaries that now appear above many search results, had more than 3 billion monthly users.",
          "Sundar Pichai", why="Reported speech; title dropped. The adjective 'monthly' ends the span.",
          f=[("more than 3 billion", "3000000000")]),
    ],
    [
        S("Google has been fined more than €9bn by the EU in competition cases since 2017, including €2.42bn for promoting its own shopping service, a penalty the EU's top court upheld in 2024.",
          "", why="Background in the outlet's voice; years are no FIGUREs.",
          f=[("more than €9bn", "9000000000"), ("€2.42bn", "2420000000")]),
    ],
    [
        S("The European consumer organisation BEUC welcomed the fine, but said it had come \"far too late\" for many smaller comparison sites.",
          "BEUC", why="A position and reported speech of the organisation, with a three-word partial quotation.",
          q=[("\"far too late\"", "BEUC")]),
        S("\"Every month that a gatekeeper drags its feet is a month in which consumers pay more,\" said Agustín Reyna, BEUC's director general.",
          N, why="Quotation plus inverted tag; a generalisation. Job title dropped.",
          q=[("\"Every month that a gatekeeper drags its feet is a month in which consumers pay more,\"", "Agustín Reyna")]),
    ],
    [
        S("The decision could reopen a row with Washington.",
          N, why="A prediction in the outlet's voice."),
        S("In September, US President Donald Trump threatened to launch a trade investigation after the EU fined Google €2.95bn over its advertising technology business, calling the penalty \"very unfair\".",
          "Donald Trump", why="A position taken (threat, characterisation) with a two-word partial quotation; title dropped. British punctuation: the full stop is outside the mark.",
          q=[("\"very unfair\"", "Donald Trump")],
          f=[("€2.95bn", "2950000000")]),
        S("A spokesperson for the US Trade Representative said the office was \"reviewing the decision closely\".",
          "spokesperson for the US Trade Representative", why="Reported speech of an unnamed spokesperson: the description without the article.",
          q=[("\"reviewing the decision closely\"", "spokesperson for the US Trade Representative")]),
    ],
    [
        S("Google has 60 days to tell the Commission how it will change its search results, or it could face daily fines of up to 5% of its average daily worldwide turnover.",
          "", why="The decision's terms stated in the outlet's voice.",
          f=[("60 days", "60"), ("up to 5%", "5")]),
        S("Alphabet shares were down 1.2% in pre-market trading in New York.",
          "", why="A market move in the outlet's voice.",
          f=[("1.2%", "1.2")]),
    ],
    [S("More on this story", N, why="Footer heading.")],
    [S("Apple and Meta fined €700m under EU tech rules",
       N, why="Link line (a headline); its FIGURE is marked.",
       f=[("€700m", "700000000")])],
    [S("Related topics", N, why="Footer heading.")],
    [S("Google", N, why="Topic tag.")],
    [S("European Union", N, why="Topic tag.")],
])

"""Held-out articles, set A (writer a): three original news stories written
for the twelfth evaluation set, in the style of text scraped off news
websites (body plus the page furniture a scraper keeps), on international
politics, war and diplomacy. Real public figures and institutions appear,
as real outlets would name them, but the events, figures and quoted words
are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the earlier sets (eval3-eval11) and the corpus gold.
`kyiv_drone_blitz` is a British tabloid web page (a record Russian drone
and missile attack on Kyiv with a death toll; Ukrainian officials, a
resident, Zelensky, Trump's ALL-CAPS Truth Social post, Starmer, the
Kremlin) with curly double quotes in the body, curly single quotes in the
headline and dek, "\\n" line ends, "ARTICLE AD BOX" lines, a byline, a
relative timestamp, two image captions with "(Image: ...)" credits, an
embedded X post (header, handle, text with emoji, footer), a "Read more:"
line and a newsletter line. `canada_shadow_fleet_sanctions` is a North
American TV-network site story (Canada sanctions more Russian
shadow-fleet tankers and pledges air-defence money as NATO foreign
ministers meet; Carney, Anand, Kallas, Rubio, Barrot, Peskov, Sybiha, an
opposition critic, an analyst) with curly quotes, "\\n\\n" between
paragraphs, a site line, video lines ("Click to play video: '...'",
running time, title, description), byline, update stamp, an
"Advertisement" slot, a "READ MORE:" line, a quotation running over two
paragraphs and a "— With files from ..." footer. `uae_pow_exchange` is a
Gulf English-language outlet story (a UAE-mediated Russia-Ukraine
prisoner exchange, a leaders' phone call reported by the state news
agency, Erdogan's call with Putin) with straight double quotes in the
body, straight single quotes in the headline, "\\n", a dek, a "Last
updated" stamp, an agency byline, a caption with "Photo: AFP", an inline
"Abu Dhabi:" dateline, an "Also read:" line, a WhatsApp-channel line and
an "(With inputs from WAM and AFP)" footer.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: ad slots (`ARTICLE AD BOX`,
  `Advertisement`), site line, headline, dek, byline, timestamps, image
  captions and their credits, video lines, "Read more"/"Also read" lines,
  newsletter and WhatsApp lines, the embedded X post (header, handle, body
  and footer, as in eval3) and the agency/"With files from" footers.
  QUOTEs and FIGUREs inside them are still marked (headline `14`, `two
  children`, ‘biggest ever’, ‘NOT HAPPY’; dek ‘pure terror’, `more than
  600 drones`; the embed's `More than 600 drones`, `dozens`; the
  read-more lines' `30 days`, `470 drones`; the Gulf dek's `5,230` and
  the "Also read" line's `50 tonnes`). The video description under the player is a caption
  (as the corpus's Global News description line): its QUOTE is marked,
  no CLAIM.
- Not FIGUREs in page chrome: relative stamps (`Published 2 hours ago`,
  `Updated 3 hours ago`, as eval3's `Published 2 hours ago`), the video
  running time `2:31` (clock format, marks the clip like a timestamp),
  the X post's date, the `Last updated: Tue 9 Dec 2025, 7:12 PM` stamp.
- The video title in `Click to play video: '...'` is the title of a
  work (the clip), so its single quotes are no QUOTE.
- Headline and dek QUOTEs take the speaker as named at the nearest
  mention; when the headline names the speaker itself (`as Trump rages
  ‘NOT HAPPY’`, `Zelensky hails 'important step'`) that mention is used;
  otherwise the dek's or the body's (`Volodymyr Zelensky` for ‘pure
  terror’ in the dek, `Ukraine’s Air Force` for ‘biggest ever’).
- Single quoted words are scare quotes, not QUOTEs: `“barbaric”`
  (Starmer), `“illegal”` (Peskov). Multi-word ALL-CAPS partial quotes
  (`“STOP THE BLOODBATH”`, `“VERY SEVERE”`) are QUOTEs.
- Trump's three-sentence Truth Social quotation is one QUOTE (paragraph
  dict) with one decision per inner sentence: the feeling (`I AM NOT HAPPY
  WITH PUTIN.`) and the verdict (`NOT GOOD!` plus tag) are not CLAIMs; the
  sentence about the call and the 600 drones is (claimant `Donald Trump`,
  the name at the nearest mention; `the US president` resolves to it).
- `vented his fury on Truth Social` reports a speech act as an event (as
  `lashed out at` in the guidelines): CLAIM, claimant empty.
- The quotation over two paragraphs (O'Keefe, story 2) follows eval10's
  newspaper convention: the first QUOTE runs from its opening mark to its
  paragraph's final full stop, the next paragraph's is a separate QUOTE;
  both take the tag's speaker. `two or three times` is a range: one
  FIGURE, value `2-3`. `at least once`, `twice` are no FIGUREs.
- `112 more vessels` / `112 more shadow fleet tankers`: `more` stands
  between number and noun and ends the span (eval10's `two more
  suspects`): FIGURE `112`. `another 95 vessels`: `another` is not an
  approximator, FIGURE `95 vessels`. Adjectives end the span: `14
  suspected ...` -> `14`, `195 Russian servicemen` -> `195`.
- Bare counts whose noun does not follow are FIGUREs of the number:
  `kills 14`, `589` and `33` (of the drones/missiles), `six` (of the
  districts), `97`, `38`, `41`, `195 from each side`, `to 313`, `to
  5,230`; bare ages (`Olena Mar'yanenko, 46`, `a boy aged eight`, `was 61
  and the youngest 20` -> two ages, not a range). `dozens`, `thousands`
  are inexact: FIGURE with empty value. `the two leaders` refers back
  (no FIGURE). `18th` is an ordinal. `£150million` (tabloid spelling
  without a space) is one FIGURE, value 150000000; `$2B` -> 2000000000.
  `per cent` is the unit of a percentage (`around 70 per cent` -> 70).
  `between 10 and 15 people` is a range: one FIGURE, value `10-15`.
- A sentence whose main clause is in the outlet's voice with a
  subordinate attribution (`... that Ottawa says help Moscow ...`; `...
  a 30-day ceasefire, which Ukraine has said it is ready to accept`)
  keeps the outlet's voice: claimant empty (as eval4).
- `He declined to comment on Trump’s post.` is a checkable non-statement
  in the outlet's voice (as `did not respond to a request for comment`):
  CLAIM, claimant empty.
- `..., the state news agency WAM reported` -> claimant `WAM` (as
  `Bloomberg reported` in the corpus gold); a phrase WAM puts in quotation
  marks (`"peaceful and lasting solution"`) has speaker `WAM`.
- Speaker/claimant names: job titles go (`Prime Minister`, `Mayor`,
  `Foreign Affairs Minister`, `Secretary of State`, `Kremlin spokesman`,
  `head of the Kyiv City Military Administration`), honorifics stay
  (`Sir Keir Starmer`, `Mr Zelensky`, `Mr Al Hammadi`). In the Gulf story
  `President His Highness` is a title plus a style of address and is
  dropped, `Sheikh` is kept as part of the name (`Sheikh Mohamed bin
  Zayed Al Nahyan`; the later `His Highness Sheikh Mohamed` ->
  `Sheikh Mohamed`). Institutions keep the form the article uses
  (`Ukraine’s Air Force`, `Ukraine’s State Emergency Service`,
  `Russia's Defence Ministry`, `Ministry of
  Foreign Affairs`, `Global Affairs Canada`, `federal government`,
  `Kremlin`); `The ministry` / `It` resolve to the ministry's name. `a
  senior government official` keeps its description without the article.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (the two children among the dead; the resident's account and
  her neighbours under the rubble; Carney's description of how Russia
  pays for the war; Kallas's revenue figure; `We are bringing our people
  home`); characterisations, opinions, pledges and predictions (`This
  was not an accident of war ...`, `Putin’s contempt ...`, `The shadow
  fleet is not just a sanctions problem ...`, `Listing a ship is the
  easy part`, `This is an important step ...`, `they keep a door open`)
  are not.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. kyiv_drone_blitz: British tabloid web page, curly quotes (single in
#    headline/dek), "\n", ad-box lines, captions, embedded X post, ALL-CAPS
#    Truth Social quotation, read-more and newsletter lines
# ---------------------------------------------------------------------------
ARTICLES["kyiv_drone_blitz"] = dict(nl="\n", paras=[
    [S("ARTICLE AD BOX", N, why="Ad-slot boilerplate.")],
    [S("Putin’s ‘biggest ever’ drone blitz on Kyiv kills 14 including two children as Trump rages ‘NOT HAPPY’",
       N, why="Headline: no CLAIM; QUOTEs and FIGUREs marked. 'biggest ever' is attributed in the body to Ukraine’s Air Force; 'NOT HAPPY' to Trump, named in the headline itself. 'kills 14': the noun does not follow, bare number.",
       q=[("‘biggest ever’", "Ukraine’s Air Force"), ("‘NOT HAPPY’", "Trump")],
       f=[("14", "14"), ("two children", "2")])],
    [S("Volodymyr Zelensky said Russia had fired more than 600 drones in a night of ‘pure terror’ as rescuers dug through the rubble of a collapsed apartment block",
       N, why="Dek (standfirst): no CLAIM; its QUOTE and FIGURE are marked.",
       q=[("‘pure terror’", "Volodymyr Zelensky")],
       f=[("more than 600 drones", "600")])],
    [S("By James Whitfield, Foreign News Reporter", N, why="Byline.")],
    [S("Published 2 hours ago", N, why="Relative timestamp: page chrome, no FIGURE (eval3 convention).")],
    [S("Rescuers search the rubble of an apartment block in Kyiv’s Sviatoshynskyi district (Image: Getty)",
       N, why="Image caption with credit.")],
    [S("Vladimir Putin has unleashed the biggest drone attack of the war on Kyiv, killing at least 14 people including two children.",
       "", why="The lede in the outlet's own voice.",
       f=[("at least 14 people", "14"), ("two children", "2")])],
    [S("Russia fired 623 drones and 41 missiles at Ukraine overnight, Ukraine’s Air Force said, in what it called the “biggest ever” assault on the capital.",
       "Ukraine’s Air Force", why="Passes on the Air Force's account; the two-word partial quotation is a QUOTE.",
       q=[("“biggest ever”", "Ukraine’s Air Force")],
       f=[("623 drones", "623"), ("41 missiles", "41")])],
    [S("It said air defences shot down or jammed 589 of the drones and 33 of the missiles, but debris and direct hits damaged dozens of buildings in six of the city’s ten districts.",
       "Ukraine’s Air Force", why="'It' resolves to the Air Force. Bare counts whose noun does not follow are FIGUREs of the number; 'dozens' is inexact (empty value).",
       f=[("589", "589"), ("33", "33"), ("dozens", ""), ("six", "6"), ("ten districts", "10")])],
    [S("ARTICLE AD BOX", N, why="Ad-slot boilerplate.")],
    [S("Rescuers worked through the morning to pull survivors from a nine-storey apartment block in the western Sviatoshynskyi district, where an entire section of the building collapsed after a direct hit.",
       "", why="Scene reported as fact in the outlet's voice.",
       f=[("nine-storey", "9")]),
     S("Ukraine’s State Emergency Service said between 10 and 15 people could still be trapped under the debris.",
       "Ukraine’s State Emergency Service", why="Reported statement (an estimate it gave). A range is one FIGURE, value low-high.",
       f=[("between 10 and 15 people", "10-15")])],
    [
        S("Tymur Tkachenko, head of the Kyiv City Military Administration, said 14 people had been confirmed dead and 97 injured, 38 of whom were being treated in hospital.",
          "Tymur Tkachenko", why="Reported speech; the job description goes. The confirmed count is asserted anew (not a numeral naming a known group): FIGURE.",
          f=[("14 people", "14"), ("97", "97"), ("38", "38")]),
        S("“Among the dead are a boy aged eight and his 11-year-old sister,” he wrote on Telegram.",
          "Tymur Tkachenko", why="Quotation plus tag asserting a checkable fact; 'he' resolves to Tymur Tkachenko. Bare age and hyphenated age are FIGUREs.",
          q=[("“Among the dead are a boy aged eight and his 11-year-old sister,”", "Tymur Tkachenko")],
          f=[("eight", "8"), ("11-year-old", "11")]),
    ],
    [
        S("“We heard the drones for hours, and then there was a huge explosion and all our windows came in,” said Olena Mar'yanenko, 46, who lives in the next block.",
          "Olena Mar'yanenko", why="Quotation plus inverted tag: an eyewitness account (checkable). Bare age is a FIGURE; 'for hours' has no number.",
          q=[("“We heard the drones for hours, and then there was a huge explosion and all our windows came in,”", "Olena Mar'yanenko")],
          f=[("46", "46")]),
        S("“My neighbours on the fifth floor are still under there.”",
          "Olena Mar'yanenko", why="Continuation quotation asserting a checkable fact. 'fifth' is an ordinal.",
          q=[("“My neighbours on the fifth floor are still under there.”", "Olena Mar'yanenko")]),
    ],
    [S("Kyiv Mayor Vitali Klitschko said more than 27,000 people had spent the night sheltering in metro stations.",
       "Vitali Klitschko", why="Reported speech; 'Kyiv Mayor' is a title.",
       f=[("more than 27,000 people", "27000")])],
    [S("Read more: Ukraine war map reveals where Putin’s troops have advanced in past 30 days",
       N, why="Related-story line: no CLAIM; its FIGURE is marked.",
       f=[("30 days", "30")])],
    [
        S("Volodymyr Zelensky, who visited the collapsed building on Tuesday afternoon, called it a night of “pure terror” and accused Moscow of deliberately timing the attack to coincide with US efforts to broker a ceasefire.",
          "Volodymyr Zelensky", why="'called ... and accused' passes on his position; two-word partial quotation.",
          q=[("“pure terror”", "Volodymyr Zelensky")]),
        S("“This was not an accident of war, it was a message from Moscow,” he said.",
          N, why="Quotation plus tag; a characterisation, not a checkable fact.",
          q=[("“This was not an accident of war, it was a message from Moscow,”", "Volodymyr Zelensky")]),
    ],
    [S("Volodymyr Zelensky", N, why="Embedded X post: header (name).")],
    [S("@ZelenskyyUa", N, why="Embedded X post: handle.")],
    [
        S("Another night of terror for Kyiv.", N, why="Embedded X post: no CLAIM (a platform post shown as a block, as in eval3); no quotation marks, so no QUOTE."),
        S("More than 600 drones and dozens of missiles against our cities, against ordinary homes.", N,
          why="Embedded X post: no CLAIM; its FIGUREs are marked.",
          f=[("More than 600 drones", "600"), ("dozens", "")]),
        S("We need more Patriot systems – now. 🇺🇦", N, why="Embedded X post: an appeal."),
    ],
    [S("— Volodymyr Zelensky (@ZelenskyyUa) November 18, 2025", N, why="Embed footer: name, handle, date; no FIGUREs.")],
    [S("Donald Trump, who had spoken to Putin by phone for more than two hours just two days earlier, vented his fury on Truth Social.",
       "", why="A speech act reported as an event (as 'lashed out at'): claimant empty.",
       f=[("more than two hours", "2"), ("two days", "2")])],
    {"s": [
        S("“I AM NOT HAPPY WITH PUTIN.", N, why="First sentence of a three-sentence quotation: a feeling."),
        S("WE HAD A VERY GOOD CALL ON SUNDAY AND THEN HE SENDS 600 DRONES INTO KYIV, KILLING CHILDREN.",
          "Donald Trump", why="Inner sentence asserting checkable facts (the call, the drones); speaker resolved from the nearest mention.",
          f=[("600 DRONES", "600")]),
        S("NOT GOOD!” the US president wrote.", N, why="A verdict plus tag; 'the US president' resolves to Donald Trump."),
    ], "q": [("“I AM NOT HAPPY WITH PUTIN. WE HAD A VERY GOOD CALL ON SUNDAY AND THEN HE SENDS 600 DRONES INTO KYIV, KILLING CHILDREN. NOT GOOD!”", "Donald Trump")]},
    [S("He added that Putin must “STOP THE BLOODBATH” or face “VERY SEVERE” sanctions on Russian oil.",
       "Donald Trump", why="Reported speech ('He' resolves to Donald Trump) with two multi-word partial quotations (QUOTEs, not scare quotes).",
       q=[("“STOP THE BLOODBATH”", "Donald Trump"), ("“VERY SEVERE”", "Donald Trump")])],
    [S("Firefighters battle a blaze at a warehouse in the Darnytskyi district after the overnight strike (Image: AP)",
       N, why="Image caption with credit.")],
    [
        S("Prime Minister Sir Keir Starmer condemned the “barbaric” attack and said Britain would send a further £150million of air defence missiles to Ukraine within weeks.",
          "Sir Keir Starmer", why="Reported speech; 'Prime Minister' goes, 'Sir' stays. '“barbaric”' is a one-word scare quote. '£150million' is one FIGURE; 'further' is no approximator.",
          f=[("£150million", "150000000")]),
        S("“Putin’s contempt for peace is there for the whole world to see,” he said.",
          N, why="Quotation plus tag; an opinion.",
          q=[("“Putin’s contempt for peace is there for the whole world to see,”", "Sir Keir Starmer")]),
    ],
    [
        S("Kremlin spokesman Dmitry Peskov insisted the strikes had targeted only “military and military-industrial facilities” and were a response to Ukrainian “terrorist attacks” on Russian territory.",
          "Dmitry Peskov", why="'insisted' passes on his position; two multi-word partial quotations.",
          q=[("“military and military-industrial facilities”", "Dmitry Peskov"), ("“terrorist attacks”", "Dmitry Peskov")]),
        S("He declined to comment on Trump’s post.",
          "", why="A checkable non-statement in the outlet's voice (as 'did not respond to a request for comment')."),
    ],
    [S("The attack came as US special envoy Steve Witkoff prepared to travel to Moscow for fresh talks on a 30-day ceasefire, which Ukraine has said it is ready to accept.",
       "", why="Main clause in the outlet's voice; the subordinate 'Ukraine has said' does not make the sentence Ukraine's (eval4).",
       f=[("30-day", "30")])],
    [S("According to figures from Ukraine’s Air Force, Russia has launched more than 5,200 drones at Ukraine so far this month.",
       "Ukraine’s Air Force", why="'According to' the Air Force's figures.",
       f=[("more than 5,200 drones", "5200")])],
    [S("Sign up to our free World News newsletter for the biggest stories from around the globe, straight to your inbox",
       N, why="Newsletter boilerplate.")],
])

# ---------------------------------------------------------------------------
# 2. canada_shadow_fleet_sanctions: North American TV-network site, curly
#    quotes, "\n\n", site line, video lines, advertisement slot, read-more
#    line, quotation over two paragraphs, "With files from" footer
# ---------------------------------------------------------------------------
ARTICLES["canada_shadow_fleet_sanctions"] = dict(nl="\n\n", paras=[
    [S("Canada sanctions 112 more shadow fleet tankers, pledges $2B for Ukraine air defence",
       N, why="Headline: no CLAIM; FIGUREs marked. 'more' between number and noun ends the span (eval10 'two more suspects').",
       f=[("112", "112"), ("$2B", "2000000000")])],
    [S("CTV News", N, why="Site line.")],
    [S("Click to play video: 'Carney unveils new sanctions on Russia’s shadow fleet'",
       N, why="Video player line; the quoted clip title is the title of a work: no QUOTE.")],
    [S("2:31", N, why="Video running time in clock format: page chrome, no FIGURE.")],
    [S("Carney unveils new sanctions on Russia’s shadow fleet", N, why="Video title.")],
    [S("Prime Minister Mark Carney says Canada will “keep tightening the screws” on Moscow as NATO foreign ministers meet in Brussels.",
       N, why="Video description (a caption, as the corpus's Global News line): no CLAIM; its QUOTE is marked.",
       q=[("“keep tightening the screws”", "Mark Carney")])],
    [S("By Marissa Chen, CTV News", N, why="Byline.")],
    [S("Updated 3 hours ago", N, why="Relative timestamp: no FIGURE.")],
    [S("Canada is imposing sanctions on 112 more vessels in Russia’s so-called shadow fleet and will spend $2 billion on air defence for Ukraine, Prime Minister Mark Carney announced Wednesday.",
       "Mark Carney", why="The lede passes on Carney's announcement; title dropped. '112 more vessels' -> '112'.",
       f=[("112", "112"), ("$2 billion", "2000000000")])],
    [S("The measures, unveiled as NATO foreign ministers met in Brussels, also target 37 individuals and entities that Ottawa says help Moscow ship crude oil around a Western price cap.",
       "", why="Main clause in the outlet's voice; 'that Ottawa says' is subordinate. Counted noun of several words.",
       f=[("37 individuals and entities", "37")])],
    [
        S("“Russia is paying for this war with oil carried by old, uninsured tankers that sail under flags of convenience,” Carney told reporters in Ottawa.",
          "Carney", why="Quotation plus tag asserting a checkable state of affairs (how Russia's war is financed).",
          q=[("“Russia is paying for this war with oil carried by old, uninsured tankers that sail under flags of convenience,”", "Carney")]),
        S("“Every ship we take off the water is money that doesn’t reach the Kremlin’s war chest.”",
          N, why="Continuation quotation; an argument/generalisation, not a checkable fact.",
          q=[("“Every ship we take off the water is money that doesn’t reach the Kremlin’s war chest.”", "Carney")]),
    ],
    [S("Carney said Canada would “keep tightening the screws” on Moscow until Russia agreed to an unconditional ceasefire.",
       "Carney", why="Reported speech with a partial quotation.",
       q=[("“keep tightening the screws”", "Carney")])],
    [S("Advertisement", N, why="Ad slot.")],
    [
        S("Foreign Affairs Minister Anita Anand, speaking from Brussels, said the sanctions had been coordinated with the United Kingdom and the European Union, which announced measures against another 95 vessels on Tuesday.",
          "Anita Anand", why="Reported speech; title dropped. 'another' is no approximator.",
          f=[("95 vessels", "95")]),
        S("“The shadow fleet is not just a sanctions problem, it is a security problem,” she said.",
          N, why="Quotation plus tag; a characterisation. 'she' resolves to Anita Anand.",
          q=[("“The shadow fleet is not just a sanctions problem, it is a security problem,”", "Anita Anand")]),
    ],
    [S("According to Global Affairs Canada, the latest listings bring the number of vessels Canada has sanctioned to 313.",
       "Global Affairs Canada", why="'According to' the department. Bare number, the noun precedes.",
       f=[("313", "313")])],
    [
        S("The EU’s top diplomat, Kaja Kallas, told reporters in Brussels that about 600 tankers were now operating in the shadow fleet, carrying around 70 per cent of Russia’s seaborne crude exports.",
          "Kaja Kallas", why="Reported speech; the job description goes. 'per cent' is the unit.",
          f=[("about 600 tankers", "600"), ("around 70 per cent", "70")]),
        S("“Russia’s oil and gas revenues are down 22 per cent on last year, so this pressure is working,” Kallas said.",
          "Kallas", why="Quotation plus tag asserting a checkable figure.",
          q=[("“Russia’s oil and gas revenues are down 22 per cent on last year, so this pressure is working,”", "Kallas")],
          f=[("22 per cent", "22")]),
    ],
    [S("U.S. Secretary of State Marco Rubio told the meeting that Washington was “not taking anything off the table” on Russian oil.",
       "Marco Rubio", why="Reported speech; 'Secretary of State' is a title.",
       q=[("“not taking anything off the table”", "Marco Rubio")])],
    [S("French Foreign Minister Jean-Noël Barrot said European navies had boarded or inspected 14 suspected shadow fleet tankers since January, and that France would “not hesitate” to do so again.",
       "Jean-Noël Barrot", why="Reported speech; the adjective 'suspected' ends the FIGURE span; 'January' is a date. Two-word partial quotation.",
       q=[("“not hesitate”", "Jean-Noël Barrot")],
       f=[("14", "14")])],
    [S("READ MORE: Ukraine says Russia hit energy grid with 470 drones overnight",
       N, why="Related-story line: no CLAIM; its FIGURE is marked.",
       f=[("470 drones", "470")])],
    [S("In Moscow, Kremlin spokesperson Dmitry Peskov called the new sanctions “illegal” and said they would “not change Russia’s position” in talks on ending the war.",
       "Dmitry Peskov", why="Passes on his position. '“illegal”' is a one-word scare quote; the four-word partial quotation is a QUOTE.",
       q=[("“not change Russia’s position”", "Dmitry Peskov")])],
    [S("Ukrainian Foreign Minister Andrii Sybiha thanked Canada in a post on X, writing that “pressure on the aggressor is the shortest road to peace.”",
       "Andrii Sybiha", why="Reported (written) speech with a quotation: that he wrote it is checkable (as 'Trump said he hoped ...' in the corpus).",
       q=[("“pressure on the aggressor is the shortest road to peace.”", "Andrii Sybiha")])],
    [S("Canada has committed more than $22 billion in assistance to Ukraine since Russia’s full-scale invasion in February 2022, including more than $4.5 billion in military aid, according to the federal government.",
       "federal government", why="'according to the federal government': description without the article. 'February 2022' is a date.",
       f=[("more than $22 billion", "22000000000"), ("more than $4.5 billion", "4500000000")])],
    [S("The air defence money will be spent over two years, largely on U.S.-made systems bought through a NATO-run purchasing mechanism, a senior government official told reporters on background.",
       "senior government official", why="An unnamed source keeps its description without the article.",
       f=[("two years", "2")])],
    [S("Conservative foreign affairs critic Michael Chong said the sanctions were welcome but that the government had been “far too slow” to act against the shadow fleet.",
       "Michael Chong", why="Reported speech; the job description goes.",
       q=[("“far too slow”", "Michael Chong")])],
    [
        S("“Listing a ship is the easy part,” said Siobhan O'Keefe, a maritime security analyst at Carleton University.",
          N, why="Quotation plus inverted tag; a judgement.",
          q=[("“Listing a ship is the easy part,”", "Siobhan O'Keefe")]),
        S("“Many of these tankers have already changed their names and flags two or three times this year.",
          "Siobhan O'Keefe", why="Checkable assertion; the quotation runs on into the next paragraph (no closing mark): the QUOTE ends at the paragraph's final full stop. 'two or three times' is a range.",
          q=[("“Many of these tankers have already changed their names and flags two or three times this year.", "Siobhan O'Keefe")],
          f=[("two or three times", "2-3")]),
    ],
    [S("“Unless someone is prepared to stop them at sea, they will keep sailing.”",
       N, why="Second paragraph of the running quotation; a prediction.",
       q=[("“Unless someone is prepared to stop them at sea, they will keep sailing.”", "Siobhan O'Keefe")])],
    [S("— With files from The Associated Press and Reuters", N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 3. uae_pow_exchange: Gulf English-language outlet, straight quotes (single
#    in the headline), "\n", dek, stamp, agency byline, caption with credit,
#    inline dateline, "Also read:" line, WhatsApp line, agency footer
# ---------------------------------------------------------------------------
ARTICLES["uae_pow_exchange"] = dict(nl="\n", paras=[
    [S("UAE brokers swap of 390 prisoners between Russia and Ukraine; Zelensky hails 'important step'",
       N, why="Headline: no CLAIM; QUOTE (speaker named in the headline itself) and FIGURE marked.",
       q=[("'important step'", "Zelensky")],
       f=[("390 prisoners", "390")])],
    [S("Latest mediation brings total number of captives freed through UAE efforts to 5,230",
       N, why="Dek: no CLAIM; bare-number FIGURE (the noun precedes).",
       f=[("5,230", "5230")])],
    [S("Last updated: Tue 9 Dec 2025, 7:12 PM", N, why="Timestamp: a date and a clock time.")],
    [S("By WAM/AFP", N, why="Agency byline.")],
    [
        S("Ukrainian prisoners of war, freed in the exchange, celebrate after crossing into Ukraine near the Belarusian border.",
          N, why="Image caption."),
        S("Photo: AFP", N, why="Photo credit."),
    ],
    [
        S("Abu Dhabi:", N, why="Inline dateline: furniture, not part of the first sentence."),
        S("The UAE has succeeded in a new mediation between Russia and Ukraine that led to the release of 390 prisoners of war, 195 from each side, the Ministry of Foreign Affairs said on Tuesday.",
          "Ministry of Foreign Affairs", why="The lede passes on the ministry's statement. '195 from each side': bare number.",
          f=[("390 prisoners", "390"), ("195", "195")]),
    ],
    [S("The ministry said in a statement that the latest exchange brought the total number of captives released in UAE-mediated swaps to 5,230, and that it was the 18th such mediation since the beginning of the crisis.",
       "Ministry of Foreign Affairs", why="'The ministry' resolves to its name at the nearest mention. '18th' is an ordinal.",
       f=[("5,230", "5230")])],
    [S("It expressed the UAE's appreciation to both Russia and Ukraine for their cooperation, saying the success of the mediation reflected the \"mutual trust\" the country enjoyed with both sides.",
       "Ministry of Foreign Affairs", why="'It' resolves to the ministry; reported statement with a two-word partial quotation.",
       q=[("\"mutual trust\"", "Ministry of Foreign Affairs")])],
    [
        S("Ukrainian President Volodymyr Zelensky thanked President His Highness Sheikh Mohamed bin Zayed Al Nahyan for the UAE's role during a phone call on Tuesday, the state news agency WAM reported.",
          "WAM", why="'WAM reported' (as 'Bloomberg reported' in the corpus gold): the agency is the source."),
        S("During the call, the two leaders discussed the latest developments in the Ukrainian crisis and efforts to reach a \"peaceful and lasting solution\", WAM said.",
          "WAM", why="Reported by WAM; the phrase in quotation marks is WAM's. 'the two leaders' refers back: no FIGURE. Comma outside the closing mark.",
          q=[("\"peaceful and lasting solution\"", "WAM")]),
        S("His Highness Sheikh Mohamed affirmed the UAE's commitment to supporting all efforts aimed at easing the humanitarian impact of the war.",
          "Sheikh Mohamed", why="'affirmed' passes on his position; 'His Highness' is a style of address and is dropped, 'Sheikh' kept."),
    ],
    [
        S("Mr Zelensky said on Telegram that those returning home included soldiers who had defended Mariupol and the Azovstal steel plant, as well as 22 civilians.",
          "Mr Zelensky", why="Reported (written) speech; 'Mr' is an honorific and stays.",
          f=[("22 civilians", "22")]),
        S("\"We are bringing our people home,\" he wrote.",
          "Mr Zelensky", why="Quotation plus tag asserting a checkable fact (the return is happening).",
          q=[("\"We are bringing our people home,\"", "Mr Zelensky")]),
        S("\"This is an important step, and we will not stop until every one of our people is free.\"",
          N, why="Continuation quotation; a characterisation and a pledge. 'every one' is a pronoun.",
          q=[("\"This is an important step, and we will not stop until every one of our people is free.\"", "Mr Zelensky")]),
    ],
    [S("Russia's Defence Ministry said 195 Russian servicemen had been returned from territory controlled by Kyiv and were receiving psychological and medical assistance in Belarus before being transferred to Russia.",
       "Russia's Defence Ministry", why="Reported statement; the adjective 'Russian' ends the FIGURE span.",
       f=[("195", "195")])],
    [
        S("Ukraine's parliamentary human rights commissioner, Dmytro Lubinets, said some of the freed prisoners had been held in Russian captivity for more than three years and many needed urgent medical treatment.",
          "Dmytro Lubinets", why="Reported speech; the job description goes.",
          f=[("more than three years", "3")]),
        S("He said 41 of them were seriously ill or wounded.",
          "Dmytro Lubinets", why="'He' resolves to Dmytro Lubinets; bare number.",
          f=[("41", "41")]),
    ],
    [S("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said the oldest of the freed men was 61 and the youngest 20.",
       "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", why="Reported statement; two ages, not a range: two FIGUREs.",
       f=[("61", "61"), ("20", "20")])],
    [S("Also read: UAE sends 50 tonnes of medical supplies to Ukraine",
       N, why="Related-story line: no CLAIM; its FIGURE is marked.",
       f=[("50 tonnes", "50")])],
    [
        S("In a separate development, Turkish President Recep Tayyip Erdoğan told Russian President Vladimir Putin in a phone call on Tuesday that Türkiye was ready to host a fresh round of direct talks in Istanbul.",
          "Recep Tayyip Erdoğan", why="Reported speech; title dropped."),
        S("The Kremlin said the two leaders had discussed the Ukraine settlement and bilateral trade, but gave no details.",
          "Kremlin", why="Reported statement; 'the two leaders' refers back: no FIGURE."),
    ],
    [
        S("Russia and Ukraine have exchanged thousands of prisoners since Moscow launched its full-scale invasion in February 2022, most of them in deals brokered by the UAE, Türkiye and Saudi Arabia.",
          "", why="Background in the outlet's voice; 'thousands' is inexact (empty value); 'February 2022' is a date.",
          f=[("thousands", "")]),
        S("The largest single exchange, of 1,000 prisoners from each side, took place in May 2025 after talks in Istanbul.",
          "", why="Background in the outlet's voice; 'May 2025' is a date.",
          f=[("1,000 prisoners", "1000")]),
    ],
    [
        S("Khalid Al Hammadi, a political analyst based in Abu Dhabi, told AFP that the UAE's ties with both Moscow and Kyiv had made it \"one of the very few channels that still work\" between the warring sides.",
          "Khalid Al Hammadi", why="Reported speech with a partial quotation; 'one of' inside it is a pronoun, no FIGURE.",
          q=[("\"one of the very few channels that still work\"", "Khalid Al Hammadi")]),
        S("\"The exchanges are small compared with the scale of the war, but they keep a door open,\" Mr Al Hammadi said.",
          N, why="Quotation plus tag; a judgement. 'Mr' stays.",
          q=[("\"The exchanges are small compared with the scale of the war, but they keep a door open,\"", "Mr Al Hammadi")]),
    ],
    [S("(With inputs from WAM and AFP)", N, why="Agency credit footer.")],
    [S("Stay up to date with the latest news. Follow us on WhatsApp Channels.", N, why="Channel boilerplate (one item).")],
])
